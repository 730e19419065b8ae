// SPDX-License-Identifier: Apache-2.0
// Unsaved text survives a reload. Browsers do not reliably put typed text back into a form on reload (Chromium did
// not, on the segmentation rules page): each field marked data-draft keeps what is typed in it in sessionStorage (this
// tab only), and a reload puts it back and says so, with a way to discard it (data-draft="quiet": put back silently; a
// hidden field is kept when its form is sent). Sending the field's form ends the draft: the
// page that answers shows what was sent, saved or refused with its error. A form sent by htmx (hx-post: the project
// page's upload form) ends it only when its request succeeds; a refusal leaves the text, and its draft, on the page.
(function () {
  var fields = document.querySelectorAll('[data-draft]');
  if (fields.length === 0) {
    return;
  }
  function key(field) {
    return 'tandem-draft:' + location.pathname + ':' + field.id;
  }
  function read(field) {
    try {
      return sessionStorage.getItem(key(field));
    } catch (e) {
      return null; // storage off: nothing to restore
    }
  }
  function write(field, value) {
    try {
      if (value === null) {
        sessionStorage.removeItem(key(field));
      } else {
        sessionStorage.setItem(key(field), value);
      }
    } catch (e) {
      // storage full or off: the draft lives only on the page, as without this script
    }
  }
  var restored = [];
  fields.forEach(function (field) {
    var draft = read(field);
    if (draft !== null && draft !== field.defaultValue) {
      field.value = draft; // before htmx starts, so that its load triggers see the draft
      if (field.getAttribute('data-draft') !== 'quiet') {
        restored.push(field);
      }
    } else if (draft !== null) {
      write(field, null);
    }
    field.addEventListener('input', function () {
      write(field, field.value === field.defaultValue ? null : field.value);
    });
    if (field.type === 'hidden') {
      // set by the page, not typed: kept when its form is sent. The upload form's import key, so that the same texts
      // sent again after a reload while the first upload was on its way are that import, not a second document (found
      // by use: a reload during a 10-second upload, the form sent again, two documents). A refusal's answer replaces
      // the field with a new key (hx-swap-oob), hence the lookup by id.
      document.addEventListener('htmx:beforeRequest', function (event) {
        var current = document.getElementById(field.id);
        if (current && current.form && current.form.contains(event.detail.elt)) {
          write(current, current.value);
        }
      });
    }
    if (field.form && field.form.hasAttribute('hx-post')) {
      // Sent by htmx, the page stays: a refused upload keeps its text on the page, so the draft ends only when the
      // form's own request succeeded (a preview, sent by one of its buttons, does not end it).
      document.addEventListener('htmx:afterRequest', function (event) {
        var status = event.detail.xhr ? event.detail.xhr.status : 0; // detail.successful is unset on HX-Redirect
        if (event.detail.elt === field.form && status >= 200 && status < 300) {
          write(field, null);
        }
      });
    } else if (field.form) {
      field.form.addEventListener('submit', function () {
        write(field, null);
      });
    }
  });
  if (restored.length === 0) {
    return;
  }
  var notice = document.createElement('p');
  notice.className = 'notice';
  notice.id = 'draft-restored';
  notice.setAttribute('role', 'status');
  notice.textContent = 'Your unsaved changes were restored after the reload: save them, or ';
  var discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'secondary';
  discard.id = 'discard-draft';
  discard.textContent = 'Discard them';
  discard.addEventListener('click', function () {
    restored.forEach(function (field) {
      write(field, null);
      field.value = field.defaultValue;
      field.dispatchEvent(new Event('input', {bubbles: true}));
    });
    notice.remove();
  });
  notice.appendChild(discard);
  var form = restored[0].form;
  (form || restored[0]).parentNode.insertBefore(notice, form || restored[0]);
})();
