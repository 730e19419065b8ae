// SPDX-License-Identifier: Apache-2.0
// A button marked data-copy="id" copies the text of the field with that id and says so beside it. A secret shown once
// (a new API token) sits in a read-only field: selected whole by a click, never cut off or wrapped mid-copy.
(function () {
  function say(button, text) {
    const status = button.parentElement.querySelector('.copied');
    if (status) {
      status.textContent = text;
    }
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    const field = document.getElementById(button.dataset.copy);
    field.focus();
    field.select();
    const fallback = function () {
      // a page served over plain HTTP to another machine has no clipboard API: the browser's own copy still works
      say(button, document.execCommand('copy') ? 'Copied.' : 'Selected: press Ctrl+C (⌘C) to copy it.');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { say(button, 'Copied.'); }, fallback);
    } else {
      fallback();
    }
  });

  function selectSecret(element) {
    if (element && element.matches && element.matches('input.secret[readonly]')) {
      element.select();
    }
  }

  document.addEventListener('focusin', function (event) {
    selectSecret(event.target);
  });
  // autofocus may have come before this script
  selectSecret(document.activeElement);
}());
