// As you type on /zoeken: the results update after a short pause, the address bar keeps the
// search (so it can be shared and the back button works), and the count is announced: the new
// heading's text goes into #zoek-status, a live region that stays in place (a live region that is
// itself replaced is not read out). Without JavaScript the form simply submits.
(function () {
  'use strict';
  var form = document.querySelector('form[data-live-search]');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var input = form.querySelector('input[name="q"]');
  var target = document.getElementById('zoekresultaten');
  var status = document.getElementById('zoek-status');
  if (!input || !target) return;
  var timer = null;
  var latest = 0;

  function query() {
    var params = new URLSearchParams(new FormData(form));
    params.delete('pagina');
    return params;
  }

  function refresh() {
    var params = query();
    var shown = '/zoeken?' + params.toString();
    params.set('deel', 'resultaten');
    var ticket = ++latest;
    fetch('/zoeken?' + params.toString(), { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || ticket !== latest) return;  // an older answer that came late
        target.innerHTML = html;
        window.history.replaceState(null, '', shown);
        var heading = document.getElementById('resultaten-kop');
        if (status && heading) status.textContent = heading.textContent;
      })
      .catch(function () { /* keep the results we have; submitting still works */ });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 300);
  });
  form.addEventListener('change', function (event) {
    if (event.target && event.target.type === 'checkbox') refresh();
  });
})();
