// SPDX-License-Identifier: Apache-2.0
// The batch import form, sent with htmx so that the chosen zip stays chosen between showing its pairing and importing
// it. A refusal comes with its true status (400, 413) and the header Tandem-Form-Refusal, and is swapped into the
// pairing area like an answer (htmx swaps no 4xx answer by default); any other failure gets a generic message there.
(function () {
  function batchForm(element) {
    return element && element.closest ? element.closest('form.batch') : null;
  }

  function say(text) {
    var area = document.getElementById('batch-pairing');
    if (area) {
      var message = document.createElement('p');
      message.className = 'field-error';
      message.textContent = text;
      area.replaceChildren(message);
    }
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (batchForm(event.detail.elt) && xhr.status >= 400 && xhr.getResponseHeader('Tandem-Form-Refusal')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // The pairing (or the refusal) is scrolled into view once in place: it appears below the form.
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'batch-pairing' && event.detail.target.firstElementChild) {
      event.detail.target.scrollIntoView({ block: 'start' });
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    if (batchForm(event.detail.elt)) {
      var status = event.detail.xhr.status;
      say(status === 413 ? 'The zip is too large to upload (413): nothing was stored. Split it into several zips.'
        : 'Tandem could not take the zip (' + status + '): nothing was stored. Try again, or reload the page.');
    }
  });

  document.addEventListener('htmx:sendError', function (event) {
    if (batchForm(event.detail.elt)) {
      say('The zip did not reach Tandem (the connection failed): nothing was stored. Try again.');
    }
  });
})();
