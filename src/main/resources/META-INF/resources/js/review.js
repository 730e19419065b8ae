// SPDX-License-Identifier: Apache-2.0
// Tandem review page: the current row, the keyboard, the mouse, and what happens around htmx requests.
// Every key, menu item and handle presses the toolbar button of the same action for the current row, so keys and mouse
// go the same way. No inline scripts anywhere: this file and htmx are the page's only scripts.
(function () {
  'use strict';
  const review = document.getElementById('review');
  if (!review) {
    return;
  }
  const body = document.getElementById('rows');
  const toolbar = document.getElementById('toolbar');
  const menu = document.getElementById('pair-menu');
  const state = { position: null, side: 'source', sentence: 0, advance: false, pendingMove: 0 };

  const rows = () => Array.from(body.querySelectorAll('tr.pair'));
  const MAX_PINNED_SHARE = 0.4;

  // A typed but unsaved sentence is not lost to a reload or a link without the browser asking first.
  window.addEventListener('beforeunload', function (event) {
    if (unsavedEditor()) {
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

  /**
   * Beside the first and the last sentence of each side of the current row, a handle that moves that sentence into
   * the previous or the next row: a pair boundary moved with one click.
   */
  function addHandles(row) {
    body.querySelectorAll('.move-handle').forEach(function (handle) { handle.remove(); });
    if (!toolbar || row.querySelector('form.editor')) {
      return;
    }
    ['source', 'target'].forEach(function (side) {
      const sentences = sentencesOf(row, side);
      if (!sentences.length) {
        return;
      }
      const word = side === 'source' ? 'source' : 'target';
      if (Number(row.dataset.position) > 0) {
        sentences[0].before(handle('up', side, 'Move this ' + word + ' sentence to the previous pair'));
      }
      sentences[sentences.length - 1].after(handle('down', side, 'Move this ' + word + ' sentence to the next pair'));
    });
  }

  function handle(direction, side, title) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'move-handle ' + direction;
    button.tabIndex = -1;
    button.dataset.move = 'shift-' + side + '-' + direction;
    button.title = title;
    button.setAttribute('aria-label', title);
    button.textContent = direction === 'up' ? '↑' : '↓';
    return button;
  }

  /** The history and the risk queue, opened from here, lead back to the current pair (they led back to pair 1). */
  function linkBack(row) {
    document.querySelectorAll('#review-header a[data-back]').forEach(function (link) {
      const url = new URL(link.getAttribute('href'), window.location.href);
      url.searchParams.set('from', row.dataset.id);
      link.setAttribute('href', url.pathname + url.search);
    });
  }

  /** The address names the current row, so that a reload or a shared link opens the page where the reviewer is. */
  function keepInAddress(row) {
    const context = document.getElementById('context');
    const params = new URLSearchParams();
    ['status', 'below', 'flag', 'q'].forEach(function (name) {
      if (context.elements[name].value) {
        params.set(name, context.elements[name].value);
      }
    });
    if (!params.toString()) {
      params.set('page', String(Math.floor(Number(row.dataset.position) / 50) + 1));
    }
    params.set('focus', row.dataset.id);
    window.history.replaceState(window.history.state, '', window.location.pathname + '?' + params.toString());
  }

  function select(row, keepSentence, quiet) {
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
    addHandles(row);
    linkBack(row);
    row.scrollIntoView({ block: 'nearest' });
    if (!quiet) {
      keepInAddress(row);
    }
  }

  /** Moves the current row; past the rows loaded so far, loads the next ones and moves on once they are there. */
  function move(delta) {
    const all = rows();
    const at = all.indexOf(current());
    const next = at + delta;
    if (next >= 0 && next < all.length) {
      select(all[next]);
      announce(pairLabel(all[next]));
      return;
    }
    const more = body.querySelector(delta > 0 ? 'tr.more.after' : 'tr.more.before');
    if (more) {
      state.pendingMove = delta;
      window.htmx.trigger(more, 'more');
    } else {
      notice(delta > 0 ? 'This is the last pair.' : 'This is the first pair.');
    }
  }

  function notice(text) {
    const el = document.getElementById('notice');
    if (el) {
      el.textContent = text;
    }
  }

  /**
   * Tells a screen reader where a keyboard move went (found by a screen-reader user: j/k, o and ←/→ moved the
   * highlight and said nothing, so which sentence e or Split would act on was unknown): a hidden live region, apart
   * from the notices, so that moving does not wipe the result of the last action. {@code parts} are strings and
   * elements (a sentence in its own language).
   */
  function announce(...parts) {
    const el = document.getElementById('announce');
    if (el) {
      el.replaceChildren(...parts);
    }
  }

  function pairLabel(row) {
    const status = row.querySelector('.status-word');
    const meter = row.querySelector('td.conf meter');
    return 'Pair ' + (Number(row.dataset.position) + 1) + ', ' + (status ? status.textContent.trim() : '')
      + ', ' + (meter ? 'confidence ' + meter.textContent.trim() : 'no confidence') + '.';
  }

  function announceSentence(row) {
    const cell = row.querySelector('.side[data-side="' + state.side + '"]');
    const sentences = sentencesOf(row, state.side);
    const side = state.side === 'source' ? 'Source' : 'Target';
    if (!cell || !sentences.length) {
      announce(side + ': no sentence.');
      return;
    }
    const text = document.createElement('span');
    text.lang = cell.lang;
    text.textContent = sentences[state.sentence].textContent.trim();
    announce(side + ' sentence ' + (state.sentence + 1) + ' of ' + sentences.length + ': ', text);
  }

  /** Presses the toolbar button of {@code action} (or the header's, for confirm-confident). */
  function act(action) {
    const button = document.querySelector('#toolbar [data-action="' + action + '"], #review-header [data-action="'
      + action + '"]');
    if (!button) {
      return;
    }
    if (!current() && button.closest('#toolbar') && action !== 'undo' && action !== 'redo') {
      notice('Select a row first (j/k or a click).');
      return;
    }
    button.click();
  }

  /** Whether a click on {@code element} fell outside its box (on a modal dialog's backdrop, say). */
  function outside(element, event) {
    const box = element.getBoundingClientRect();
    return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
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
    if (event.isComposing || event.keyCode === 229) {
      // an input method (pinyin, kana, hangul) is composing: its Enter chooses the characters and its Esc drops the
      // composition; taken as ours, they saved the raw "nihao" into the sentence or closed the editor
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      form.querySelector('[data-action="cancel"]').click();
    } else if ((event.key === 'Enter' && (event.ctrlKey || event.metaKey)) || (event.altKey && event.code === 'KeyS')) {
      event.preventDefault();
      form.querySelector('[data-editor="split"]').click();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.querySelector('[data-editor="save"]').click();
    }
  }

  // Formats that carry no status cannot keep rejections: the export form does not offer them together.
  document.addEventListener('change', function (event) {
    const form = event.target.closest('form.export');
    if (!form || event.target.name !== 'status') {
      return;
    }
    if (event.target.value === 'confirmed' && form.dataset.confirmedPairs === '0') {
      // said before the download, not by an empty file after it (the sentence is also the select's description)
      notice('No confirmed pairs yet: “confirmed pairs only” would give a file with no pairs in it.');
    }
    const withStatus = event.target.value === 'with-rejected';
    form.querySelectorAll('select[name=format] option[data-no-status]').forEach(function (option) {
      option.disabled = withStatus;
    });
    if (withStatus && form.elements.format.selectedOptions[0].disabled) {
      form.elements.format.value = 'tmx';
    }
  });

  document.addEventListener('click', function (event) {
    const button = event.target.closest('form.editor [data-editor]');
    if (button) {
      // The button pressed names the operation (its name and value go with the form); a split cuts at the caret.
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
        form.elements.offset.value = textarea.selectionStart;
      }
      return;
    }
    if (event.target.closest('#conflict [data-dismiss]')) {
      // The reviewer read the conflict and goes on without reloading: the notice and the rows' "Not saved" go.
      document.querySelectorAll('#conflict, .row-message.conflict').forEach(function (m) { m.textContent = ''; });
      return;
    }
    const moveHandle = event.target.closest('.move-handle');
    if (moveHandle) {
      act(moveHandle.dataset.move);
      return;
    }
    if (event.target.closest('[data-keys]')) {
      toggleKeys();
      return;
    }
    if (event.target.id === 'keys' && outside(event.target, event)) {
      // a tap beside the list of keys closes it, as on a tablet one expects (it had only Esc and a Close at its foot)
      event.target.close();
      return;
    }
    const item = event.target.closest('#pair-menu [data-menu]');
    if (item) {
      closeMenu();
      const chosen = item.dataset.menu;
      act(chosen === 'move-up' || chosen === 'move-down'
        ? 'shift-' + state.side + '-' + (chosen === 'move-up' ? 'up' : 'down') : chosen);
      return;
    }
    if (menu && !menu.hidden && !event.target.closest('#pair-menu')) {
      closeMenu();
    }
    pointAt(event.target);
  });

  /** Makes the row, side and sentence under {@code target} the current ones; false when it is in no row. */
  function pointAt(target) {
    const row = target.closest('tr.pair');
    if (!row || !body.contains(row)) {
      return false;
    }
    const sentence = target.closest('.sentence');
    const cell = target.closest('.side');
    if (sentence) {
      state.side = sentence.dataset.side;
      state.sentence = sentencesOf(row, state.side).indexOf(sentence);
    } else if (cell) {
      state.side = cell.dataset.side;
    }
    select(row, Boolean(sentence || cell));
    return true;
  }

  // ---- the context menu: the actions on the sentence under the pointer ------------------------------------------

  function openMenu(x, y) {
    const row = current();
    if (!menu || !row) {
      return;
    }
    const sentences = sentencesOf(row, state.side);
    const first = state.sentence === 0;
    const last = state.sentence === sentences.length - 1;
    const shown = {
      'move-up': sentences.length > 0 && first && Number(row.dataset.position) > 0,
      'move-down': sentences.length > 0 && last,
      'split-pair': sentences.length > 1 && !last,
      'edit': sentences.length > 0,
      'merge-sentences': sentences.length > 0
    };
    menu.querySelectorAll('[data-menu]').forEach(function (button) {
      const name = button.dataset.menu;
      button.parentElement.hidden = name in shown && !shown[name];
    });
    menu.hidden = false;
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    menu.style.left = Math.max(0, Math.min(x, window.innerWidth - width - 4)) + 'px';
    menu.style.top = Math.max(0, Math.min(y, window.innerHeight - height - 4)) + 'px';
    const firstItem = menu.querySelector('li:not([hidden]) button');
    if (firstItem) {
      firstItem.focus();
    }
  }

  function closeMenu() {
    if (menu && !menu.hidden) {
      menu.hidden = true;
      const row = current();
      if (row && menu.contains(document.activeElement)) {
        row.focus({ preventScroll: true });
      }
    }
  }

  document.addEventListener('contextmenu', function (event) {
    if (!toolbar || event.target.closest('form.editor') || !pointAt(event.target)) {
      return;
    }
    event.preventDefault();
    openMenu(event.clientX, event.clientY);
  });

  function menuKey(event) {
    const items = Array.from(menu.querySelectorAll('li:not([hidden]) button'));
    const at = items.indexOf(document.activeElement);
    if (event.key === 'Escape') {
      closeMenu();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length].focus();
    } else {
      return;
    }
    event.preventDefault();
  }

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

  // ---- keys pressed while an action is on its way ----------------------------------------------------------
  // Which row an action leaves current is known only once its answer has settled (a confirm moves on, a merge takes
  // the next row in). A key pressed before that acted on the old row: found by use with 100 ms of latency, six presses
  // of "a" confirmed four pairs and said twice "Pair 1 is already confirmed." Such keys wait, in order, and go on one
  // at a time as answers settle; a failed answer drops them, since they were meant for a page that did not come.
  const waiting = { busy: false, keys: [], timer: null };
  const IGNORED_WHILE_BUSY = ['Shift', 'Control', 'Alt', 'Meta', 'Tab', 'Escape', 'CapsLock'];
  /** How long a successful answer may take to settle before the waiting keys go on without it. */
  const SETTLE_TIMEOUT_MS = 2000;

  function changes(event) {
    const request = event.detail.requestConfig;
    return request && request.verb !== 'get';
  }

  document.body.addEventListener('htmx:beforeRequest', function (event) {
    if (changes(event)) {
      waiting.busy = true;
      clearTimeout(waiting.timer);
    }
  });

  document.body.addEventListener('htmx:afterRequest', function (event) {
    if (!changes(event)) {
      return;
    }
    if (!event.detail.successful) {
      const dropped = waiting.keys.length;
      waiting.keys = [];
      waiting.busy = false;
      if (dropped) {
        // after the error's own notice, which says what went wrong
        setTimeout(function () {
          const said = document.getElementById('notice');
          notice(((said ? said.textContent : '') + ' ' + dropped + (dropped === 1 ? ' key' : ' keys')
            + ' pressed meanwhile were not applied.').trim());
        }, 0);
      }
      return;
    }
    waiting.timer = setTimeout(release, SETTLE_TIMEOUT_MS);
  });

  /**
   * The answer settled: the waiting keys go on, as if pressed now, up to the next one that sends an action (htmx
   * raises its beforeRequest within the key's handling, so that key makes the page busy again).
   */
  function release() {
    clearTimeout(waiting.timer);
    waiting.busy = false;
    while (!waiting.busy && waiting.keys.length) {
      const next = waiting.keys.shift();
      document.dispatchEvent(new KeyboardEvent('keydown', Object.assign({ bubbles: true, cancelable: true }, next)));
    }
  }

  document.addEventListener('keydown', function (event) {
    const target = event.target;
    const form = target.closest ? target.closest('form.editor') : null;
    if (form) {
      editorKey(event, form);
      return;
    }
    if (menu && !menu.hidden) {
      menuKey(event);
      return;
    }
    if (toolbar && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
      const focused = current() && current().querySelector('.sentence.focused, .side.focused');
      if (focused) {
        event.preventDefault();
        const box = focused.getBoundingClientRect();
        openMenu(box.left, box.bottom);
      }
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
    if (waiting.busy && !IGNORED_WHILE_BUSY.includes(event.key)) {
      event.preventDefault();
      waiting.keys.push({ key: event.key, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey });
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
      case 'o':
        // the other side; Tab is left to the browser, so that the toolbar, filters and forms stay in reach (WCAG 2.1.2)
        if (!row) {
          return;
        }
        state.side = state.side === 'source' ? 'target' : 'source';
        state.sentence = 0;
        markSentence(row);
        announceSentence(row);
        break;
      case 'ArrowLeft': case 'ArrowRight':
        if (!row) {
          return;
        }
        state.sentence += key === 'ArrowRight' ? 1 : -1;
        markSentence(row);
        announceSentence(row);
        break;
      case '?':
        toggleKeys();
        break;
      case 'g':
        window.location.href = '/documents/' + review.dataset.document + '/first-unreviewed';
        break;
      case 'x':
        window.location.href = '/documents/' + review.dataset.document + '/next-risky'
          + (state.position === null ? '' : '?after=' + state.position);
        break;
      default:
        if (key === 'Enter' && onControl) {
          return;
        }
        if (!actions[key]) {
          return;
        }
        state.advance = key === 'a' || key === 'Enter';
        if (state.advance && row && row.classList.contains('status-CONFIRMED')) {
          // re-reading confirmed pairs: the key that confirms goes on, as it would after confirming
          state.advance = false;
          move(1);
          break;
        }
        act(actions[key]);
    }
    event.preventDefault();
  });

  // ---- htmx ----------------------------------------------------------------------------------------------------

  /** The actions that change the next (1) or the previous (-1) pair as well as the current one. */
  const REACHES = {
    'merge-pairs': 1, 'shift-source-down': 1, 'shift-target-down': 1, 'shift-source-up': -1, 'shift-target-up': -1
  };

  function filtered() {
    return ['status', 'below', 'flag', 'q'].some(function (name) {
      const input = document.querySelector('#context input[name="' + name + '"]');
      return input && input.value;
    });
  }

  /**
   * Whether the action may go on: asked only when a filter hides the neighbour it changes. Found by use: with only
   * the unreviewed pairs shown, Merge merged the current pair with a hidden confirmed one, and the confirmation was
   * gone with a notice as the only sign.
   */
  function neighbourAgreed(row, action) {
    const step = REACHES[action];
    const position = Number(row.dataset.position);
    if (!step || !filtered() || position + step < 0) {
      return true;
    }
    const sibling = step > 0 ? row.nextElementSibling : row.previousElementSibling;
    if (sibling && sibling.matches('tr.pair') && Number(sibling.dataset.position) === position + step) {
      return true;
    }
    return window.confirm('A filter is on, and it hides pair ' + (position + step + 1) + ', which this '
      + (action === 'merge-pairs' ? 'merges the current pair with' : 'moves a sentence into')
      + ': you have not seen it here, and if it was confirmed it will be unreviewed. Go on?');
  }

  /** The top edge of what the reviewer sees of the rows: the foot of the pinned top and the table's head. */
  function rowsTop() {
    if (!review.classList.contains('pinned')) {
      return 0;
    }
    const head = document.querySelector('table.review-table thead');
    return Math.max(document.querySelector('.review-top').getBoundingClientRect().bottom,
      head ? head.getBoundingClientRect().bottom : 0);
  }

  /** Whether some of {@code row} is on screen, not under the pinned top nor beyond the window. */
  function onScreen(row) {
    const box = row.getBoundingClientRect();
    return box.bottom > rowsTop() + 4 && box.top < window.innerHeight - 4;
  }

  /** An editor holding typed text not yet saved, or null. */
  function unsavedEditor() {
    return Array.from(body.querySelectorAll('form.editor textarea'))
      .find(function (textarea) { return textarea.value !== textarea.defaultValue; }) || null;
  }

  /** Sentence operations act on the selected sentence; the split key splits after it. */
  document.body.addEventListener('htmx:configRequest', function (event) {
    const elt = event.detail.elt;
    if (elt.classList && elt.classList.contains('more')) {
      return;
    }
    const inToolbar = toolbar && toolbar.contains(elt);
    const row = inToolbar ? current() : elt.closest ? elt.closest('tr.pair') : null;
    const params = event.detail.parameters;
    const typed = unsavedEditor();
    if (typed && !typed.form.contains(elt)) {
      // found on a tablet: a merge of the pair above redrew the rows, the open editor with them, and the typing was gone
      event.preventDefault();
      state.advance = false;
      const pair = typed.closest('tr.pair');
      notice('Your change to pair ' + (Number(pair.dataset.position) + 1) + ' is not saved yet: press Enter (Save)'
        + ' to keep it or Esc (Cancel) to drop it, then go on.');
      pair.scrollIntoView({ block: 'nearest' });
      typed.focus();
      return;
    }
    if (inToolbar && !row && elt.dataset.action !== 'undo' && elt.dataset.action !== 'redo') {
      event.preventDefault();
      notice('Select a row first (j/k or a click).');
      return;
    }
    if (inToolbar && row && elt.dataset.action !== 'undo' && elt.dataset.action !== 'redo'
      && review.classList.contains('pinned') && !onScreen(row)) {
      // found on a tablet: scrolled away from the current pair, a tap on the pinned Confirm confirmed a pair out of
      // sight. Unpinned (a phone, 200 % zoom), the toolbar is reached by scrolling up from the row: not asked there.
      event.preventDefault();
      state.advance = false;
      row.scrollIntoView({ block: 'center' });
      notice('Pair ' + (Number(row.dataset.position) + 1) + ', which this acts on, was out of sight: here it is.'
        + ' Press again to go on with it, or pick another pair.');
      return;
    }
    if (inToolbar && row && !neighbourAgreed(row, elt.dataset.action)) {
      event.preventDefault();
      return;
    }
    if (row) {
      params.current = row.dataset.id;
      if (inToolbar && elt.dataset.action !== 'undo' && elt.dataset.action !== 'redo') {
        params.pair = row.dataset.id;
        event.detail.path = event.detail.path.replace('/pairs/current/', '/pairs/' + row.dataset.id + '/');
      }
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
    const other = state.side === 'source' ? 'target' : 'source';
    const fallback = sentencesOf(row, other)[0];
    if (uses === 'sentence' && (chosen || fallback)) {
      params.side = chosen ? state.side : other;
      params.index = (chosen || fallback).dataset.index;
    } else if (uses === 'counts' && chosen && state.sentence > 0) {
      params[state.side + 'Count'] = state.sentence + 1;
      params[other + 'Count'] = Math.min(1, sentencesOf(row, other).length);
    }
  });

  /** After an answer the current row is the one at the same position: the view stays where the reviewer is. */
  function restore() {
    const all = rows();
    const row = all.find(function (r) { return Number(r.dataset.position) === state.position; }) || all[all.length - 1];
    if (row) {
      row.classList.remove('current');
      select(row, true);
    }
  }

  // Every answer to an operation raises 'answered' once htmx has settled its rows (HX-Trigger-After-Settle, which
  // htmx sends to the body when the button that asked is gone with the rows it replaced).
  document.body.addEventListener('answered', function (event) {
    restore();
    const advance = state.advance;
    state.advance = false;
    if (event.detail.outcome === 'done' && advance) {
      move(1);
    }
    release();
  });

  // A row or an editor fetched in place: the current row again. More rows loaded: on to the row a move asked for,
  // else nowhere. The "more" row is replaced by the rows it loaded, and htmx settles each of them (elt is a new row,
  // not the "more" row): telling them apart by what asked, not by what settled, since restoring the current row
  // there threw a reviewer who scrolled ahead back to it, and took the focus from the field they had tabbed to.
  document.body.addEventListener('htmx:afterSettle', function (event) {
    const elt = event.detail.elt;
    const request = event.detail.requestConfig;
    if (!request || request.verb !== 'get') {
      return;
    }
    if (elt.classList.contains('more') || (request.elt && request.elt.classList.contains('more'))) {
      const delta = state.pendingMove;
      state.pendingMove = 0;
      if (delta) {
        move(delta);
      }
      return;
    }
    restore();
  });

  // Rows loaded above the view would push what the reviewer sees down (the browser does not hold a page scrolled to
  // its top in place): the row in view, the current one if it is, stays where it was on the screen. Found by a link
  // to pair 151: the page opened on it, then the 50 rows before it loaded and put it 7,000 px below the window.
  let held = null;
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    const elt = event.detail.elt;
    if (!elt.matches || !elt.matches('tr.more.before')) {
      return;
    }
    const shown = current() && onScreen(current()) ? current() : rows().find(onScreen);
    held = shown ? { row: shown, top: shown.getBoundingClientRect().top } : null;
  });
  document.body.addEventListener('htmx:afterSwap', function () {
    if (held && held.row.isConnected) {
      // measured after the swap's layout, so that a browser that did hold the view adds nothing
      window.scrollBy(0, held.row.getBoundingClientRect().top - held.top);
    }
    held = null;
  });

  document.body.addEventListener('htmx:responseError', function (event) {
    const status = event.detail.xhr.status;
    // 503: the server had no turn for the request, or its database is away; either way nothing was changed
    notice(status === 503
      ? 'The server is busy or cannot reach its database: nothing was changed. Try again in a few seconds.'
      : status === 404
        // a 404 does not tell a deleted document from a project one was removed from (nor may it, to others)
        ? 'This document is no longer there for you: someone deleted it or its project, or removed you from the'
          + ' project. Nothing was changed. Go back to the projects page to see what you can open now.'
        : status === 403
          ? 'You may no longer do this here: ' + problemDetail(event.detail.xhr) + ' Nothing was changed.'
          : 'The server refused the request (' + status + '). Reload the page to see the current state.');
  });

  /** What a refusal says (a role taken away meanwhile, say: pages get it as plain text), or a general line. */
  function problemDetail(xhr) {
    const type = xhr.getResponseHeader('Content-Type') || '';
    const text = (xhr.responseText || '').trim();
    if (type.startsWith('text/plain') && text && text.length < 500) {
      return text;
    }
    return 'your role in this project changed (reload the page to see what you may do).';
  }

  document.body.addEventListener('htmx:sendError', function () {
    notice('The server cannot be reached: nothing was changed. Try again when it is back.');
  });

  // ---- start ---------------------------------------------------------------------------------------------------

  /**
   * The toolbar and filters stay on screen while they take at most 40 % of the window; in a narrow or low window
   * (a phone, 200 % zoom) they scroll away with the page, or no pair would be left to see. Rows scrolled to the
   * current one stop below the sticky header, not under it.
   */
  function padForHeader() {
    const top = document.querySelector('.review-top');
    const head = document.querySelector('table.review-table thead');
    if (!top) {
      return;
    }
    const headHeight = head ? head.offsetHeight : 0;
    // Decided without the notice and the conflict: unpinned, they leave the top for the window's foot, the top then
    // fitted and was pinned again, took them back, grew too tall... and they flickered between the two 60 times a second.
    review.classList.add('measuring');
    const bare = top.offsetHeight + headHeight;
    review.classList.remove('measuring');
    const pinned = bare <= window.innerHeight * MAX_PINNED_SHARE;
    review.classList.toggle('pinned', pinned);
    document.documentElement.style.scrollPaddingTop = pinned ? top.offsetHeight + headHeight + 'px' : '';
    // unpinned, notices show at the foot of the window (app.css): rows scrolled to stop above them
    document.documentElement.style.scrollPaddingBottom = pinned ? '' : '4rem';
  }
  padForHeader();
  window.addEventListener('resize', padForHeader);
  if (window.ResizeObserver) {
    // a notice or a conflict message makes the top taller
    new ResizeObserver(padForHeader).observe(document.querySelector('.review-top'));
  }

  // "?uploaded=1" asks for what an uploader is told once (a namesake in the project): a reload or a bookmark not again
  const address = new URL(window.location.href);
  if (address.searchParams.has('uploaded')) {
    address.searchParams.delete('uploaded');
    window.history.replaceState(window.history.state, '', address.pathname + address.search);
  }

  // A reload or Back opens the page around the current pair (the address names it), not at the old scroll offset,
  // which in the rows around that pair pointed somewhere else (found on a tablet: 3,000 px away from it)
  if ('scrollRestoration' in window.history) {
    window.history.scrollRestoration = 'manual';
  }

  const all = rows();
  const focus = review.dataset.focus ? document.getElementById('pair-' + review.dataset.focus) : null;
  select(focus || (review.dataset.at === 'last' ? all[all.length - 1] : all[0]), false, true);
}());
