/*
 * Omzien — the event form: shows the address fields only for events at a place and the video link
 * only for online ones, following the "Hoe doen mensen mee?" choice. Without this file every field
 * is shown, with a hint when it is needed.
 */
(function () {
  'use strict';

  function start() {
    var form = document.querySelector('[data-event-form]');
    if (!form) return;
    var groups = form.querySelectorAll('[data-for-mode]');
    function update() {
      var chosen = form.querySelector('input[name="mode"]:checked');
      var mode = chosen ? chosen.value : '';
      Array.prototype.forEach.call(groups, function (group) {
        var modes = group.getAttribute('data-for-mode').split(' ');
        // A group that holds an error message stays visible, whatever is chosen.
        group.hidden = mode !== '' && modes.indexOf(mode) === -1 && !group.querySelector('[aria-invalid="true"]');
      });
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name="mode"]'), function (radio) {
      radio.addEventListener('change', update);
    });
    update();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
