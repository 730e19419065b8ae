// SPDX-License-Identifier: Apache-2.0
// A form marked data-busy="…" disables its submit button once sent and shows the text on it: an upload that takes
// seconds is not sent twice by an impatient second click.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var busy = form.getAttribute('data-busy');
  if (busy === null) {
    return;
  }
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    button.dataset.label = button.textContent;
    button.disabled = true;
    button.textContent = busy;
  });
  form.setAttribute('aria-busy', 'true');
});

// Back to a page the browser kept whole (back button): its forms are not busy any more.
window.addEventListener('pageshow', function (event) {
  if (!event.persisted) {
    return;
  }
  document.querySelectorAll('form[aria-busy=true]').forEach(function (form) {
    form.removeAttribute('aria-busy');
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      button.disabled = false;
      if (button.dataset.label) {
        button.textContent = button.dataset.label;
      }
    });
  });
});
