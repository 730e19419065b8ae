// SPDX-License-Identifier: Apache-2.0
// Tandem review page: the current row, the keyboard, and what happens around htmx requests.
// Every key presses the button of the same action on the current row, so keys and mouse go the same way.
// No inline scripts anywhere: this file and htmx are the page's only scripts.
(function () {
  'use strict';
  const review = document.getElementById('review');
  if (!review) {
    return;
  }
  const body = document.getElementById('rows');
  const state = { position: null, side: 'source', sentence: 0, advance: false };

  const rows = () => Array.from(body.querySelectorAll('tr.pair'));

  // A typed but unsaved sentence is not lost to a reload or a link without the browser asking first.
  window.addEventListener('beforeunload', function (event) {
    const unsaved = Array.from(body.querySelectorAll('form.editor textarea'))
      .some(function (textarea) { return textarea.value !== textarea.defaultValue; });
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  const current = () => body.querySelector('tr.pair.current');

  function sentencesOf(row, side) {
    return Array.from(row.querySelectorAll('.side[data-side="' + side + '"] .sentence'));
  }

  function markSentence(row) {
    body.querySelectorAll('.focused').forEach(function (el) { el.classList.remove('focused'); });
    const cell = row.querySelector('.side[data-side="' + state.side + '"]');
    if (cell) {
      cell.classList.add('focused');
    }
    const sentences = sentencesOf(row, state.side);
    if (sentences.length) {
      state.sentence = Math.max(0, Math.min(state.sentence, sentences.length - 1));
      sentences[state.sentence].classList.add('focused');
    }
  }

  function select(row, keepSentence) {
    if (!row) {
      return;
    }
    const previous = current();
    if (previous && previous !== row) {
      previous.classList.remove('current');
    }
    if (!keepSentence && previous !== row) {
      state.sentence = 0;
    }
    row.classList.add('current');
    state.position = Number(row.dataset.position);
    document.getElementById('current-pair').value = row.dataset.id;
    markSentence(row);
    const editor = row.querySelector('form.editor textarea');
    if (editor && document.activeElement !== editor) {
      editor.focus();
      editor.setSelectionRange(editor.value.length, editor.value.length);
      editor.form.elements.offset.value = editor.selectionStart;
    } else if (!row.contains(document.activeElement) || document.activeElement === document.body) {
      row.focus({ preventScroll: true });
    }
    row.scrollIntoView({ block: 'nearest' });
  }

  /** Moves the current row; past the ends of the page, opens the next or previous page. */
  function move(delta) {
    const all = rows();
    const at = all.indexOf(current());
    const next = at + delta;
    if (next >= 0 && next < all.length) {
      select(all[next]);
      return;
    }
    const link = document.querySelector(delta > 0 ? 'a[rel=next]' : 'a[rel=prev]');
    if (link) {
      window.location.href = link.href + (delta > 0 ? '&at=first' : '&at=last');
    }
  }

  function notice(text) {
    const el = document.getElementById('notice');
    if (el) {
      el.textContent = text;
    }
  }

  /** Presses the button of {@code action} on the current row (or the page's own, for undo and redo). */
  function act(action) {
    const row = current();
    const button = (row && row.querySelector('[data-action="' + action + '"]'))
      || document.querySelector('#global-actions [data-action="' + action + '"]');
    if (!button) {
      notice('Select a row first (j/k or a click).');
      return;
    }
    button.click();
  }

  function toggleKeys() {
    const dialog = document.getElementById('keys');
    if (dialog.open) {
      dialog.close();
    } else {
      dialog.showModal();
    }
  }

  // ---- the editor ------------------------------------------------------------------------------------------

  function editorKey(event, form) {
    const textarea = form.querySelector('textarea');
    if (event.key === 'Escape') {
      event.preventDefault();
      form.querySelector('[data-action="cancel"]').click();
    } else if ((event.key === 'Enter' && (event.ctrlKey || event.metaKey)) || (event.altKey && event.code === 'KeyS')) {
      event.preventDefault();
      form.querySelector('[data-editor="split"]').click();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.querySelector('[data-editor="save"]').click();
    } else if (textarea) {
      window.setTimeout(function () { form.elements.offset.value = textarea.selectionStart; }, 0);
    }
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('form.editor [data-editor]');
    if (button) {
      const form = button.form;
      const textarea = form.querySelector('textarea');
      if (button.dataset.editor === 'split') {
        if (textarea.value !== textarea.defaultValue) {
          event.preventDefault();
          event.stopImmediatePropagation();
          const message = form.closest('tr').querySelector('.row-message');
          message.textContent = 'Split cuts the saved text: press Enter to save your change first, or Esc to drop it.';
          return;
        }
        form.elements.op.value = 'split-sentence';
        form.elements.offset.value = textarea.selectionStart;
      } else {
        form.elements.op.value = 'edit-text';
      }
      return;
    }
    const row = event.target.closest('tr.pair');
    if (row && body.contains(row)) {
      const sentence = event.target.closest('.sentence');
      const cell = event.target.closest('.side');
      if (sentence) {
        state.side = sentence.dataset.side;
        state.sentence = sentencesOf(row, state.side).indexOf(sentence);
      } else if (cell) {
        state.side = cell.dataset.side;
      }
      select(row, Boolean(sentence || cell));
    }
  });

  document.addEventListener('dblclick', function (event) {
    if (event.target.closest('tr.pair .sentence')) {
      act('edit');
    }
  });

  // ---- keys --------------------------------------------------------------------------------------------------

  const actions = {
    'a': 'confirm', 'Enter': 'confirm', 'A': 'confirm-through', 'r': 'reject', 'e': 'edit', 'J': 'merge-sentences',
    'm': 'merge-pairs', 's': 'split-pair', 'u': 'shift-source-up', 'd': 'shift-source-down',
    'U': 'shift-target-up', 'D': 'shift-target-down', 'n': 'unlink-source', 'N': 'unlink-target', 'R': 'realign',
    'z': 'undo', 'Z': 'redo'
  };

  document.addEventListener('keydown', function (event) {
    const target = event.target;
    const form = target.closest ? target.closest('form.editor') : null;
    if (form) {
      editorKey(event, form);
      return;
    }
    const dialog = document.getElementById('keys');
    if (dialog.open) {
      if (event.key === '?') {
        event.preventDefault();
        dialog.close();
      }
      return;
    }
    if (target.matches && target.matches('input, textarea, select')) {
      return;
    }
    const onControl = target.matches && target.matches('button, a, summary');
    if (event.ctrlKey || event.metaKey) {
      if (event.key === 'z' || event.key === 'Z') {
        event.preventDefault();
        act(event.shiftKey ? 'redo' : 'undo');
      }
      return;
    }
    if (event.altKey) {
      return;
    }
    const row = current();
    let key = event.key;
    switch (key) {
      case 'j': case 'ArrowDown':
        move(1);
        break;
      case 'k': case 'ArrowUp':
        move(-1);
        break;
      case 'Tab':
        if (onControl || !row) {
          return;
        }
        state.side = state.side === 'source' ? 'target' : 'source';
        state.sentence = 0;
        markSentence(row);
        break;
      case 'ArrowLeft': case 'ArrowRight':
        if (!row) {
          return;
        }
        state.sentence += key === 'ArrowRight' ? 1 : -1;
        markSentence(row);
        break;
      case '?':
        toggleKeys();
        break;
      case 'g':
        window.location.href = '/documents/' + review.dataset.document + '/first-unreviewed';
        break;
      default:
        if (key === 'Enter' && onControl) {
          return;
        }
        if (!actions[key]) {
          return;
        }
        state.advance = key === 'a' || key === 'Enter';
        act(actions[key]);
    }
    event.preventDefault();
  });

  // ---- htmx ----------------------------------------------------------------------------------------------------

  /** Sentence operations act on the selected sentence; the split key splits after it. */
  document.body.addEventListener('htmx:configRequest', function (event) {
    const elt = event.detail.elt;
    const row = elt.closest ? elt.closest('tr.pair') : null;
    const params = event.detail.parameters;
    if (row) {
      params.current = row.dataset.id;
    }
    const shown = rows();
    if (shown.length) {
      params.firstPosition = shown[0].dataset.position;
      params.lastPosition = shown[shown.length - 1].dataset.position;
    }
    const uses = elt.dataset ? elt.dataset.usesFocus : null;
    if (!uses || !row || !row.classList.contains('current')) {
      return;
    }
    const sentences = sentencesOf(row, state.side);
    const chosen = sentences[state.sentence];
    if (uses === 'sentence' && chosen) {
      params.side = state.side;
      params.index = chosen.dataset.index;
    } else if (uses === 'counts' && chosen && state.sentence > 0) {
      const other = state.side === 'source' ? 'target' : 'source';
      params[state.side + 'Count'] = state.sentence + 1;
      params[other + 'Count'] = Math.min(1, sentencesOf(row, other).length);
    }
  });

  // The element that sent a request is often inside a row the answer replaces, so events on it after the swap
  // no longer reach the page. The page therefore notes the outcome before the swap and restores the current row
  // once htmx has settled the new content (htmx copies attributes back while settling).
  let pending = null;
  let answers = 0;

  /** A structural change redraws the page from a position on: drop the old rows from there first. */
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    const xhr = event.detail.xhr;
    const from = xhr.getResponseHeader('X-Tandem-From');
    if (from !== null) {
      rows().forEach(function (row) {
        if (Number(row.dataset.position) >= Number(from)) {
          row.remove();
        }
      });
      body.querySelectorAll('tr.no-pairs').forEach(function (row) { row.remove(); });
    }
    const token = ++answers;
    pending = { outcome: xhr.getResponseHeader('X-Tandem-Outcome'), token: token };
    // A provisional restore keeps the highlight while a slow swap is still under way; the settled one (or, if
    // the settle event never reaches the page, the late fallback) finishes the action. Each timer belongs to
    // its own answer, so a late timer never finishes the next action.
    window.setTimeout(function () { restore(false, token); }, 80);
    window.setTimeout(function () { restore(true, token); }, 1500);
  });

  document.body.addEventListener('htmx:afterSettle', function () {
    const token = pending ? pending.token : 0;
    window.setTimeout(function () { restore(true, token); }, 0);
  });

  /** After every answer the current row is the one at the same position: the view stays where the reviewer is. */
  function restore(final, token) {
    if (!pending || pending.token !== token) {
      return;
    }
    const outcome = pending.outcome;
    if (final) {
      pending = null;
    }
    const all = rows();
    let row = all.find(function (r) { return Number(r.dataset.position) === state.position; });
    if (!row && all.length) {
      row = all[all.length - 1];
    }
    const header = document.getElementById('review-header');
    if (header) {
      review.dataset.version = header.dataset.version;
    }
    if (row) {
      row.classList.remove('current');
      select(row, true);
    }
    if (!final) {
      return;
    }
    if (outcome === 'done' && state.advance) {
      move(1);
    }
    state.advance = false;
  }

  document.body.addEventListener('htmx:responseError', function (event) {
    notice('The server refused the request (' + event.detail.xhr.status + '). Reload the page to see the current state.');
  });

  document.body.addEventListener('htmx:sendError', function () {
    notice('The server cannot be reached: nothing was changed. Try again when it is back.');
  });

  // ---- start ---------------------------------------------------------------------------------------------------

  const all = rows();
  const focus = review.dataset.focus ? document.getElementById('pair-' + review.dataset.focus) : null;
  review.dataset.version = document.getElementById('review-header').dataset.version;
  select(focus || (review.dataset.at === 'last' ? all[all.length - 1] : all[0]));
}());
