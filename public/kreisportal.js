// Kreisportal's enhancements. Every page works without this file; it only adds what needs a
// browser: the progress of an upload, announced to screen readers in steps of ten per cent, the
// re-check of a field that had an error as soon as it is corrected (the server decides, as for
// the post; fields are never judged before the applicant has tried to continue), and the
// warning before a login times out (WCAG 2.2.1), which extends it in one action.
(function () {
  'use strict';

  function chosenFiles(form) {
    var inputs = form.querySelectorAll('input[type="file"]');
    for (var i = 0; i < inputs.length; i += 1) {
      if (inputs[i].files && inputs[i].files.length > 0) return true;
    }
    return false;
  }

  // Shows the answer of a post that was not a redirect (a step with errors) as the page.
  function replaceDocument(html) {
    document.open();
    document.write(html);
    document.close();
    var summary = document.querySelector('.error-summary');
    if (summary) summary.focus();
  }

  // The names of the inputs in a field's container, and whether an error key belongs to them
  // (`birth_date` to `birth_date.day`, `boreholes` to `boreholes.0.depth`).
  function concerns(container, key) {
    var inputs = container.querySelectorAll('[name]');
    for (var i = 0; i < inputs.length; i += 1) {
      var name = inputs[i].getAttribute('name');
      if (name === key || name.indexOf(key + '.') === 0) return true;
    }
    return false;
  }

  function settle(container, errors) {
    var keys = Object.keys(errors).filter(function (key) { return concerns(container, key); });
    var message = Array.prototype.find.call(container.querySelectorAll('.field__error'), function (candidate) {
      return candidate.closest('.field') === container;
    });
    if (keys.length > 0) {
      // Still wrong, perhaps differently: the new message after the hidden "Error:" prefix.
      var prefix = message && message.querySelector('.visually-hidden');
      if (prefix) {
        while (prefix.nextSibling) prefix.nextSibling.remove();
        message.appendChild(document.createTextNode(errors[keys[0]]));
      }
      return;
    }
    container.classList.remove('field--error');
    if (message) {
      var id = message.id;
      message.remove();
      container.querySelectorAll('[aria-describedby]').forEach(function (input) {
        var rest = input.getAttribute('aria-describedby').split(' ').filter(function (part) { return part !== id; });
        if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
        else input.removeAttribute('aria-describedby');
      });
    }
    container.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
  }

  function settleSummary(errors) {
    var summary = document.querySelector('.error-summary');
    if (!summary) return;
    summary.querySelectorAll('li').forEach(function (item) {
      var link = item.querySelector('a');
      var target = link ? decodeURIComponent((link.getAttribute('href') || '').replace(/^#/, '')) : '';
      var open = Object.keys(errors).some(function (key) { return key === target || target.indexOf(key + '.') === 0 || key.indexOf(target + '.') === 0; });
      if (!open) item.remove();
    });
    if (!summary.querySelector('li')) summary.remove();
  }

  document.addEventListener('change', function (event) {
    var container = event.target.closest && event.target.closest('.field--error');
    var form = container && container.closest('form[data-check]');
    if (!form || !window.fetch || !window.URLSearchParams) return;
    var fields = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== '_aktion') fields.append(name, value);
    });
    fetch(form.getAttribute('data-check'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer || !answer.errors) return;
        form.querySelectorAll('.field--error').forEach(function (open) { settle(open, answer.errors); });
        settleSummary(answer.errors);
      })
      .catch(function () { /* the post will check it */ });
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var status = form.querySelector('[data-upload-status]');
    if (!status || !chosenFiles(form) || !window.FormData || !window.XMLHttpRequest) return;
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    form.setAttribute('aria-busy', 'true');

    var data = new FormData(form);
    var submitter = event.submitter;
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var template = status.getAttribute('data-template') || '{percent} %';
    var announced = -1;
    function show(percent) {
      var step = Math.floor(percent / 10) * 10;
      if (step === announced) return;
      announced = step;
      status.textContent = template.replace('{percent}', String(step));
    }

    var request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('action') || window.location.href);
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) show((progress.loaded * 100) / progress.total);
    });
    // A step post answers with a redirect (followed here, so 200 at the new address) or with
    // the step and its errors.
    request.addEventListener('load', function () {
      if (request.status === 200 && request.responseURL) {
        window.location.assign(request.responseURL);
      } else {
        replaceDocument(request.responseText);
      }
    });
    // Without an answer, fall back to the plain form post, with the button that was pressed.
    request.addEventListener('error', function () {
      if (submitter && submitter.name) {
        var pressed = document.createElement('input');
        pressed.type = 'hidden';
        pressed.name = submitter.name;
        pressed.value = submitter.value;
        form.appendChild(pressed);
      }
      HTMLFormElement.prototype.submit.call(form);
    });
    show(0);
    request.send(data);
  });

  // The timeout warning: opened 150 seconds before the session would end. "Angemeldet bleiben"
  // extends it without leaving the page; the absolute end cannot be extended, so then the
  // dialog only says so.
  var WARN_BEFORE_SECONDS = 150;
  var timeoutDialog = document.getElementById('sitzung-warnung');
  if (timeoutDialog && typeof timeoutDialog.showModal === 'function') {
    var idleSeconds = Number(timeoutDialog.getAttribute('data-idle-seconds'));
    var endsAt = Date.now() + Number(timeoutDialog.getAttribute('data-seconds-left')) * 1000;
    var warning = null;

    var showVariant = function (variant) {
      timeoutDialog.querySelectorAll('[data-variant]').forEach(function (part) {
        part.hidden = part.getAttribute('data-variant') !== variant;
      });
      timeoutDialog.showModal();
      var first = timeoutDialog.querySelector('[data-variant="' + variant + '"] button, button[data-variant="' + variant + '"]');
      if (first) first.focus();
    };

    var schedule = function () {
      window.clearTimeout(warning);
      var untilIdleWarning = idleSeconds - WARN_BEFORE_SECONDS;
      var untilEndWarning = (endsAt - Date.now()) / 1000 - WARN_BEFORE_SECONDS;
      var variant = untilEndWarning <= untilIdleWarning ? 'end' : 'idle';
      var wait = Math.max(0, Math.min(untilIdleWarning, untilEndWarning));
      warning = window.setTimeout(function () { showVariant(variant); }, wait * 1000);
    };

    var stay = timeoutDialog.querySelector('form[action="/sitzung/verlaengern"]');
    stay.addEventListener('submit', function (event) {
      event.preventDefault();
      fetch(stay.action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(new FormData(stay)),
        credentials: 'same-origin',
      }).then(function (response) {
        if (response.status === 401) {
          window.location.assign('/anmelden?weiter=' + encodeURIComponent(window.location.pathname));
          return;
        }
        if (!response.ok) throw new Error('not extended');
        timeoutDialog.close();
        schedule();
      }).catch(function () {
        // Offline or refused: the plain form post still works.
        HTMLFormElement.prototype.submit.call(stay);
      });
    });
    timeoutDialog.querySelector('[data-close]').addEventListener('click', function () {
      timeoutDialog.close();
    });
    schedule();
  }
})();
