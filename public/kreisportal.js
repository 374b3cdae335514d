// Kreisportal's enhancements. Every page works without this file; it only adds what needs a
// browser: the progress of an upload, announced to screen readers in steps of ten per cent.
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
})();
