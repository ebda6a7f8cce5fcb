/*
 * Omzien — checking people in on the organiser's phone. Without this file every button is a plain
 * form that reloads the page; with it, a tap sends the same form in the background, turns the row
 * green (or back), updates the count at the top and says so to screen readers. A filter box finds
 * a name in a long list.
 */
(function () {
  'use strict';

  var TEXT = {
    present: 'Aanwezig',
    notYet: 'Is er',
    count: function (present, expected) { return present + ' van de ' + expected + ' aanwezig'; },
    failed: 'Dat lukte niet. Probeer het nog eens, of herlaad de pagina.'
  };

  function announce(message) {
    if (window.omzien && typeof window.omzien.announce === 'function') window.omzien.announce(message);
  }

  function updateRow(form, attended, name) {
    var row = form.closest('.omzien-checkin__person');
    var field = form.querySelector('input[name="attended"]');
    var button = form.querySelector('button');
    if (row) row.classList.toggle('omzien-checkin__person--present', attended);
    if (field) field.value = attended ? 'nee' : 'ja';
    if (!button) return;
    button.className = 'utrecht-button ' + (attended ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action') +
      ' omzien-checkin__button';
    button.setAttribute('aria-pressed', attended ? 'true' : 'false');
    button.textContent = attended ? TEXT.present : TEXT.notYet;
    var hidden = document.createElement('span');
    hidden.className = 'omzien-visually-hidden';
    hidden.textContent = ' (' + name + ')';
    button.appendChild(hidden);
  }

  function updateCount(present, expected) {
    var count = document.querySelector('[data-checkin-count]');
    if (!count) return;
    count.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = String(present);
    count.appendChild(strong);
    count.appendChild(document.createTextNode(TEXT.count(present, expected).slice(String(present).length)));
  }

  function enhanceForm(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button');
      if (button) button.disabled = true;
      var row = form.closest('.omzien-checkin__person');
      var name = row ? row.getAttribute('data-name') : '';
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }).then(function (answer) {
        updateRow(form, answer.attended, name);
        updateCount(answer.present, answer.expected);
        announce(answer.message);
      }).catch(function () {
        announce(TEXT.failed);
      }).then(function () {
        if (button) button.disabled = false;
      });
    });
  }

  function enhanceFilter() {
    var holder = document.querySelector('[data-checkin-filter]');
    if (!holder) return;
    var input = holder.querySelector('input');
    holder.hidden = false;
    input.addEventListener('input', function () {
      var wanted = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(document.querySelectorAll('.omzien-checkin__person'), function (row) {
        var name = (row.getAttribute('data-name') || '').toLowerCase();
        row.hidden = wanted !== '' && name.indexOf(wanted) === -1;
      });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-checkin-form]'), enhanceForm);
    enhanceFilter();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
