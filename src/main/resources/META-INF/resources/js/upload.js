// SPDX-License-Identifier: Apache-2.0
// The project page's upload form, sent with htmx so that a refused upload leaves the chosen files in their inputs.
// The server answers a refusal with its true status (400, 409, 413) and the header Tandem-Form-Refusal; htmx swaps no
// 4xx answer by default, so such an answer is let through here: the upload's messages arrive out of band, a
// preview's refusal goes into the preview area. Any other failure (a proxy's answer, a server error, a lost
// connection) carries no message for the form: a generic one is put on top of it instead.
(function () {
  function uploadForm(element) {
    return element && element.closest ? element.closest('form.upload') : null;
  }

  function say(text) {
    var slot = document.getElementById('upload-error-form');
    if (!slot) {
      return;
    }
    var message = document.createElement('p');
    message.className = 'field-error';
    message.textContent = text;
    slot.replaceChildren(message);
    slot.scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (uploadForm(event.detail.elt) && xhr.status >= 400 && xhr.getResponseHeader('Tandem-Form-Refusal')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // A new request (an upload or a preview: both check everything again) clears what the last one said.
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (uploadForm(event.detail.elt)) {
      document.querySelectorAll('form.upload .form-message, #upload-error-form').forEach(function (slot) {
        slot.replaceChildren();
      });
    }
  });

  /**
   * Marks the fields whose message slot (their aria-describedby) holds an error as invalid, the others as valid, and
   * returns the first invalid one.
   */
  function markInvalid(form) {
    var first = null;
    form.querySelectorAll('[aria-describedby]').forEach(function (field) {
      var slot = document.getElementById(field.getAttribute('aria-describedby'));
      if (slot && slot.querySelector('.field-error')) {
        field.setAttribute('aria-invalid', 'true');
        first = first || field;
      } else {
        field.removeAttribute('aria-invalid');
      }
    });
    return first;
  }

  // Once the answer is in place (swapping runs before this event): the first message of a refusal, or the preview,
  // is scrolled into view. A refusal also puts the focus on the first field it names (or the upload button), where a
  // keyboard or screen reader user hears the message: it was left on the page's body.
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = uploadForm(event.detail.elt);
    if (!form) {
      return;
    }
    var error = document.querySelector('#upload-error-form .field-error, form.upload .form-message .field-error');
    var preview = document.getElementById('upload-preview');
    var invalid = markInvalid(form);
    if (error) {
      error.scrollIntoView({ block: 'nearest' });
      (invalid || form.querySelector('button.upload')).focus({ preventScroll: true });
    } else if (event.detail.elt.matches('button.preview') && preview && preview.firstChild) {
      preview.scrollIntoView({ block: 'start' });
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    if (uploadForm(event.detail.elt)) {
      var status = event.detail.xhr.status;
      say(status === 413 ? 'The files are too large to upload (413): nothing was stored. Split the document into parts.'
        : 'Tandem could not take the upload (' + status + '): nothing was stored. Try again, or reload the page.');
    }
  });

  document.addEventListener('htmx:sendError', function (event) {
    if (uploadForm(event.detail.elt)) {
      say('The upload did not reach Tandem (the connection failed): nothing was stored. Try again.');
    }
  });
})();
