/*
 * Omzien — "Gebruik mijn plek" for near me (the filters of /initiatieven and /kaart). The browser
 * asks for the visitor's position only after a click on the button. The position is rounded to
 * about 100 metres before it goes into the address bar, and the server never stores it.
 * Without this file (or without geolocation) a place or postcode works the same way.
 */
(function () {
  'use strict';

  var TEXT = {
    asking: 'Je plek wordt opgezocht…',
    denied: 'Je browser geeft je plek niet door. Vul een plaats of postcode in.',
    failed: 'Je plek kon niet worden gevonden. Vul een plaats of postcode in.'
  };

  function hiddenInput(form, name) {
    var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      form.appendChild(input);
    }
    return input;
  }

  function removeHidden(form, name) {
    var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
    if (input) input.parentNode.removeChild(input);
  }

  function enhance(fieldset) {
    var form = fieldset.closest('form');
    var button = fieldset.querySelector('[data-near-locate]');
    var status = fieldset.querySelector('[data-near-status]');
    var place = fieldset.querySelector('input[name="bij"]');
    if (!form || !button) return;

    // Typing a place replaces "my position".
    if (place) {
      place.addEventListener('input', function () {
        removeHidden(form, 'lat');
        removeHidden(form, 'lon');
      });
    }

    if (!('geolocation' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      status.textContent = TEXT.asking;
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        hiddenInput(form, 'lat').value = position.coords.latitude.toFixed(3);
        hiddenInput(form, 'lon').value = position.coords.longitude.toFixed(3);
        if (place) place.value = '';
        // A sort order from before ("Nieuwste eerst") would hide what is closest.
        var sort = form.querySelector('select[name="sorteer"]');
        if (sort) sort.value = 'afstand';
        if (typeof form.requestSubmit === 'function') form.requestSubmit(); else form.submit();
      }, function (error) {
        button.disabled = false;
        status.textContent = error && error.code === 1 ? TEXT.denied : TEXT.failed;
      }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-near]'), enhance);
})();
