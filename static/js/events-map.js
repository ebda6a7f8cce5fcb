/*
 * Omzien — the small map of an event's venue. The page works without it: the address is written
 * out above, with a link to a map elsewhere. This script draws one marker with Leaflet on the
 * configured tiles; when the tiles cannot load, the marker and the address still stand.
 */
(function () {
  'use strict';

  var TEXT = {
    label: 'Kaartje van de plek van de bijeenkomst',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen'
  };

  function start() {
    var holder = document.querySelector('[data-event-map]');
    if (!holder || typeof window.L === 'undefined') return;
    var point = [parseFloat(holder.getAttribute('data-lat')), parseFloat(holder.getAttribute('data-lon'))];
    if (isNaN(point[0]) || isNaN(point[1])) return;
    holder.hidden = false;
    var map = L.map(holder, { zoomControl: false, scrollWheelZoom: false, keyboard: true }).setView(point, 16);
    L.control.zoom({ zoomInTitle: TEXT.zoomIn, zoomOutTitle: TEXT.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    holder.setAttribute('role', 'region');
    holder.setAttribute('aria-label', TEXT.label);
    L.tileLayer(holder.getAttribute('data-tiles'), {
      attribution: holder.getAttribute('data-attribution') || '',
      maxZoom: 19
    }).addTo(map);
    // Not a control of its own: the address above says the same in words.
    L.marker(point, { interactive: false, keyboard: false, alt: holder.getAttribute('data-label') || '' }).addTo(map);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
