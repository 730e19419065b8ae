// SPDX-License-Identifier: Apache-2.0
// A form marked data-busy="…" disables its submit buttons once sent and shows the text on the button that sent it
// (its own data-busy, or the form's): an upload that takes seconds is not sent twice by an impatient second click.
function tandemFormIdle(form) {
  form.removeAttribute('aria-busy');
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    button.disabled = false;
    if (button.dataset.label) {
      button.textContent = button.dataset.label;
      delete button.dataset.label;
    }
  });
}

document.addEventListener('submit', function (event) {
  var form = event.target;
  var busy = form.getAttribute('data-busy');
  if (busy === null) {
    return;
  }
  var sender = event.submitter;
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    button.disabled = true;
    if (button === sender || (!sender && !button.hasAttribute('formaction'))) {
      button.dataset.label = button.textContent;
      button.textContent = button.getAttribute('data-busy') || busy;
    }
  });
  form.setAttribute('aria-busy', 'true');
});

// A form sent with htmx stays on the page: when its answer is a refusal (no HX-Redirect) or the request failed, the
// form is idle again, so the user can fix it and send it again.
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.detail.elt;
  if (!form || form.tagName !== 'FORM' || form.getAttribute('data-busy') === null) {
    return;
  }
  var xhr = event.detail.xhr;
  if (event.detail.successful && xhr && xhr.getResponseHeader('HX-Redirect')) {
    return; // the browser is going to the document or its import job
  }
  tandemFormIdle(form);
});

// Back to a page the browser kept whole (back button): its forms are not busy any more.
window.addEventListener('pageshow', function (event) {
  if (!event.persisted) {
    return;
  }
  document.querySelectorAll('form[aria-busy=true]').forEach(tandemFormIdle);
});

// A button outside such a form that sends an htmx request and has data-busy="…" (confirm confident, realign, undo:
// seconds on a long document) is disabled and says what it is doing until the answer comes: the page does not look
// idle, and a second click or key press does not send the change again.
document.addEventListener('htmx:beforeRequest', function (event) {
  var button = event.detail.elt;
  if (!button || button.tagName !== 'BUTTON' || button.getAttribute('data-busy') === null
      || (button.form && button.form.getAttribute('data-busy') !== null)) {
    return;
  }
  if (button.getAttribute('aria-busy') === 'true') {
    event.preventDefault(); // already sent (a key pressed while the click's answer is awaited)
    return;
  }
  button.dataset.label = button.textContent;
  button.dataset.wasDisabled = String(button.disabled);
  button.setAttribute('aria-busy', 'true');
  button.disabled = true;
  // most answers come within a blink: only a slow one changes the label (no flicker, no toolbar that jumps)
  button.dataset.busyTimer = String(window.setTimeout(function () {
    if (button.getAttribute('aria-busy') === 'true') {
      button.textContent = button.getAttribute('data-busy');
    }
  }, 300));
});

document.addEventListener('htmx:afterRequest', function (event) {
  var button = event.detail.elt;
  if (!button || button.tagName !== 'BUTTON' || button.getAttribute('aria-busy') !== 'true'
      || button.dataset.label === undefined) {
    return;
  }
  window.clearTimeout(Number(button.dataset.busyTimer));
  button.textContent = button.dataset.label;
  button.disabled = button.dataset.wasDisabled === 'true';
  button.removeAttribute('aria-busy');
  delete button.dataset.label;
  delete button.dataset.wasDisabled;
  delete button.dataset.busyTimer;
});
