/*
 * Omzien — the small map in the profile form. When a beheerder fills in the address, postcode or
 * place, the server looks the spot up (PDOK, else the gazetteer) and a pin shows it; the pin can be
 * dragged, or moved with the arrow keys, to correct it. The pin's spot goes along in two hidden
 * fields (pin_lat, pin_lon). Without this file the server looks the spot up when the form is saved.
 */
(function () {
  'use strict';

  var TEXT = {
    mapLabel: 'Kaartje met de plek van je initiatief',
    pinLabel: 'Speld op de plek van je initiatief. Verplaats hem met de pijltjestoetsen.',
    looking: 'De plek wordt opgezocht…',
    dragHint: ' Staat de speld niet goed? Sleep hem naar de goede plek.',
    moved: 'De speld staat op de plek die je koos. Bewaar het formulier om die plek vast te leggen.',
    failed: 'De plek opzoeken lukt nu niet. Als je het formulier bewaart, proberen we het opnieuw.',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen'
  };
  var PROVINCE = [52.085, 5.18];
  var STEP = 0.0001; // about 10 m per arrow key press

  function announce(message) {
    if (window.omzien && typeof window.omzien.announce === 'function') window.omzien.announce(message);
  }

  function enhance(box) {
    var form = box.closest('form');
    if (!form || !window.L) return;
    var field = function (name) { return form.querySelector('[name="' + name + '"]'); };
    var address = field('address');
    var postcode = field('postcode');
    var place = field('place');
    var municipality = field('municipality_code');
    var pinLat = box.querySelector('[data-location-lat]');
    var pinLon = box.querySelector('[data-location-lon]');
    var status = box.querySelector('[data-location-status]');
    var holder = box.querySelector('[data-location-map]');
    var lookupUrl = box.getAttribute('data-lookup-url');

    holder.hidden = false;
    holder.setAttribute('role', 'region');
    holder.setAttribute('aria-label', TEXT.mapLabel);
    var map = L.map(holder, { zoomControl: false, minZoom: 7, maxZoom: 19 }).setView(PROVINCE, 9);
    L.control.zoom({ zoomInTitle: TEXT.zoomIn, zoomOutTitle: TEXT.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(box.getAttribute('data-tiles'), {
      attribution: box.getAttribute('data-attribution') || '', maxZoom: 19, minZoom: 7
    }).addTo(map);
    // The details element may open after the map was made: let Leaflet measure again.
    var details = box.closest('details');
    if (details) details.addEventListener('toggle', function () { map.invalidateSize(); });

    var pin = null;
    function remember(latlng) {
      pinLat.value = latlng.lat.toFixed(6);
      pinLon.value = latlng.lng.toFixed(6);
    }
    function forget() {
      pinLat.value = '';
      pinLon.value = '';
    }
    function placePin(latlng, zoom) {
      if (!pin) {
        pin = L.marker(latlng, {
          draggable: true,
          keyboard: true,
          title: TEXT.pinLabel,
          icon: L.divIcon({ className: 'omzien-location__pin', iconSize: [32, 32], iconAnchor: [16, 32] })
        }).addTo(map);
        pin.on('dragend', function () {
          remember(pin.getLatLng());
          status.textContent = TEXT.moved;
        });
        var element = pin.getElement();
        element.setAttribute('aria-label', TEXT.pinLabel);
        element.addEventListener('keydown', function (event) {
          var moves = { ArrowUp: [STEP, 0], ArrowDown: [-STEP, 0], ArrowLeft: [0, -STEP], ArrowRight: [0, STEP] };
          var move = moves[event.key];
          if (!move) return;
          event.preventDefault();
          event.stopPropagation();
          var here = pin.getLatLng();
          pin.setLatLng([here.lat + move[0], here.lng + move[1]]);
          remember(pin.getLatLng());
          status.textContent = TEXT.moved;
        });
      } else {
        pin.setLatLng(latlng);
      }
      map.setView(latlng, zoom);
    }

    var lat = parseFloat(box.getAttribute('data-lat'));
    var lon = parseFloat(box.getAttribute('data-lon'));
    if (!isNaN(lat) && !isNaN(lon)) placePin([lat, lon], 16);

    var asked = 0;
    function lookUp() {
      var query = new URLSearchParams({
        adres: address ? address.value : '',
        postcode: postcode ? postcode.value : '',
        plaats: place ? place.value : '',
        gemeente: municipality ? municipality.value : ''
      });
      if (!query.get('adres') && !query.get('postcode') && !query.get('plaats')) return;
      var mine = ++asked;
      status.textContent = TEXT.looking;
      fetch(lookupUrl + '?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (mine !== asked) return; // an older answer arriving late
          if (answer.found) {
            placePin([answer.lat, answer.lon], query.get('adres') ? 17 : 14);
            remember(pin.getLatLng());
            status.textContent = (answer.notice || '') + TEXT.dragHint;
          } else {
            forget();
            status.textContent = answer.notice || answer.error || TEXT.failed;
          }
          announce(status.textContent);
        })
        .catch(function () {
          if (mine !== asked) return;
          forget();
          status.textContent = TEXT.failed;
        });
    }

    // Suggestions while typing the address (PDOK /suggest), in a native datalist.
    var suggestions = {};
    if (address) {
      var list = document.createElement('datalist');
      list.id = 'adres-suggesties';
      form.appendChild(list);
      address.setAttribute('list', list.id);
      var timer = null;
      address.addEventListener('input', function () {
        window.clearTimeout(timer);
        var text = address.value.trim();
        if (suggestions[text]) return useSuggestion(suggestions[text]);
        if (text.length < 4) return;
        timer = window.setTimeout(function () {
          var q = text + (place && place.value ? ' ' + place.value : '');
          fetch(lookupUrl + '?q=' + encodeURIComponent(q), { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : { results: [] }; })
            .then(function (answer) {
              list.textContent = '';
              suggestions = {};
              (answer.results || []).forEach(function (result) {
                var option = document.createElement('option');
                option.value = result.label;
                list.appendChild(option);
                suggestions[result.label] = result;
              });
            })
            .catch(function () {});
        }, 300);
      });
    }

    // A chosen suggestion fills the address fields and puts the pin on it.
    function useSuggestion(result) {
      if (result.street) address.value = result.street + (result.house_number ? ' ' + result.house_number : '');
      if (postcode && result.postcode) postcode.value = result.postcode;
      if (place && result.place) place.value = result.place;
      if (municipality && result.municipality_code &&
          municipality.querySelector('option[value="' + result.municipality_code + '"]')) {
        municipality.value = result.municipality_code;
      }
      placePin([result.lat, result.lon], 17);
      remember(pin.getLatLng());
      status.textContent = result.label + '.' + TEXT.dragHint;
    }

    [address, postcode, place, municipality].forEach(function (input) {
      if (input) input.addEventListener('change', lookUp);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-location]'), enhance);
})();
