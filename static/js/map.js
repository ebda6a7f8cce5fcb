/*
 * Omzien — the map of initiatives (/kaart and /embed/kaart). The page works without this file:
 * the same initiatives stand in the list below the map. This script draws them with Leaflet and
 * markercluster from the page's GeoJSON (the same filters as the list), on the configured tiles.
 * When tiles cannot load (a closed network) the markers and the list still work.
 *
 * Markers are keyboard buttons (Tab, Enter opens the popup, Escape closes it) named after their
 * initiative; clusters say how many initiatives they hold and zoom in on Enter or click.
 */
(function () {
  'use strict';

  var PROVINCE = [52.085, 5.18];
  var TEXT = {
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    close: 'Sluiten',
    mapLabel: 'Kaart met initiatieven. Gebruik de pijltjestoetsen om te schuiven en plus en min om te zoomen.',
    approximate: 'Plek ongeveer',
    approximateAt: 'De plek is ongeveer: het midden van ',
    cluster: function (n) { return n + ' initiatieven dicht bij elkaar. Druk op Enter om in te zoomen.'; },
    loaded: function (n) { return n === 1 ? '1 initiatief op de kaart.' : n + ' initiatieven op de kaart.'; },
    none: 'Er staan geen initiatieven op de kaart die bij deze filters passen.',
    failed: 'De initiatieven konden niet op de kaart worden gezet. De lijst werkt wel.',
    tilesFailed: 'De achtergrondkaart laadt niet. De initiatieven staan er wel op.',
    distance: function (km) { return String(km).replace('.', ',') + ' km hiervandaan'; },
    opensInNewTab: ' (opent in een nieuw tabblad)'
  };

  function announce(message) {
    if (window.omzien && typeof window.omzien.announce === 'function') window.omzien.announce(message);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // One icon per look (theme colour and code, exact or approximate), shared by every marker with
  // that look: Leaflet makes an element only when a marker is drawn, and markercluster draws only
  // the markers in view that are not in a cluster. So 10,000 initiatives cost 10,000 small
  // objects before clustering, not 10,000 elements and popups (that took seconds).
  var icons = {};
  var themes = {};  // marker code -> { id, label, colour }, from the GeoJSON
  var profileUrl = '/initiatieven/';

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }

  function isApproximate(properties) { return properties.a !== undefined; }

  function iconFor(properties) {
    var code = properties.t && properties.t.length ? properties.t[0] : '';
    var theme = themes[code];
    var colour = theme ? theme.colour | 0 : 7;
    var approximate = isApproximate(properties);
    var key = code + '|' + colour + '|' + approximate;
    if (!icons[key]) {
      icons[key] = L.divIcon({
        className: 'omzien-marker omzien-marker--kleur-' + colour + (approximate ? ' omzien-marker--ongeveer' : ''),
        html: '<span aria-hidden="true">' + escapeHtml(theme ? code : '·') + '</span>',
        iconSize: [32, 32],
        iconAnchor: [16, 16],
        popupAnchor: [0, -14]
      });
    }
    return icons[key];
  }

  // A marker whose element, when Leaflet makes it, is named after its initiative.
  var NamedMarker = L.Marker.extend({
    _initIcon: function () {
      L.Marker.prototype._initIcon.call(this);
      var properties = this.options.properties;
      this._icon.setAttribute('aria-label', properties.n +
        (isApproximate(properties) ? ' (' + TEXT.approximate.toLowerCase() + ')' : ''));
    }
  });

  // A DivIcon that also gives its element an accessible name (the clusters).
  var NamedIcon = L.DivIcon.extend({
    createIcon: function (oldIcon) {
      var div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
      div.setAttribute('aria-label', this.options.label);
      return div;
    }
  });

  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var size = count < 10 ? 36 : count < 100 ? 44 : 52;
    return new NamedIcon({
      className: 'omzien-cluster',
      html: '<span aria-hidden="true">' + count + '</span>',
      iconSize: [size, size],
      label: TEXT.cluster(count)
    });
  }

  // The popup of one initiative, made when it is first opened. The GeoJSON's short property
  // names are explained in src/features/map/geojson.h and on /open-data.
  function popupContent(properties, embedded) {
    var box = element('div', 'omzien-popup');
    var name = element('p', 'omzien-popup__name');
    var link = element('a', null, properties.n);
    link.href = profileUrl + encodeURIComponent(properties.s);
    if (embedded) {
      link.target = '_blank';
      link.rel = 'noopener';
      link.appendChild(element('span', 'omzien-visually-hidden', TEXT.opensInNewTab));
    }
    name.appendChild(link);
    box.appendChild(name);
    if (properties.z) box.appendChild(element('p', null, properties.z));
    var meta = properties.p || '';
    if (typeof properties.k === 'number') meta += (meta ? ' · ' : '') + TEXT.distance(properties.k);
    if (meta) box.appendChild(element('p', 'omzien-popup__meta', meta));
    if (isApproximate(properties)) {
      box.appendChild(element('p', 'omzien-popup__approximate', TEXT.approximateAt + (properties.a || properties.p) + '.'));
    }
    var theme = properties.t && themes[properties.t[0]];
    if (theme) box.appendChild(element('p', 'omzien-popup__meta', theme.label));
    return box;
  }

  function setUpMap(holder) {
    var embedded = holder.hasAttribute('data-embed');
    var status = document.querySelector('[data-map-status]');
    var fallback = holder.querySelector('.omzien-map__fallback');
    if (fallback) fallback.parentNode.removeChild(fallback);

    var map = L.map(holder, { zoomControl: false, minZoom: 7, maxZoom: 18, keyboard: true })
      .setView(PROVINCE, 9);
    L.control.zoom({ zoomInTitle: TEXT.zoomIn, zoomOutTitle: TEXT.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    holder.setAttribute('role', 'region');
    holder.setAttribute('aria-label', TEXT.mapLabel);

    var tiles = L.tileLayer(holder.getAttribute('data-tiles'), {
      attribution: holder.getAttribute('data-attribution') || '',
      maxZoom: 19,
      minZoom: 7
    });
    var tilesFailed = false;
    tiles.on('tileerror', function () {
      if (tilesFailed) return;
      tilesFailed = true;
      if (status) status.textContent = TEXT.tilesFailed;
    });
    tiles.addTo(map);

    var circle = null;
    if (holder.hasAttribute('data-origin-lat')) {
      var origin = [parseFloat(holder.getAttribute('data-origin-lat')), parseFloat(holder.getAttribute('data-origin-lon'))];
      circle = L.circle(origin, {
        radius: parseFloat(holder.getAttribute('data-radius-km')) * 1000,
        className: 'omzien-near-circle',
        interactive: false
      }).addTo(map);
    }

    // The markers are clustered in chunks (10,000 take a moment) so the page stays responsive;
    // `drawn` runs once the last chunk is on the map, and only then does the page say the map is
    // ready (tests and the bench wait for data-ready).
    var drawn = null;
    var clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      chunkedLoading: true,
      chunkProgress: function (processed, total) {
        if (processed === total && drawn) setTimeout(drawn, 0);
      },
      maxClusterRadius: 60,
      iconCreateFunction: clusterIcon
    });
    // Popups are made on first use too: the first click or Enter on a marker binds its popup
    // (after that, Leaflet's own handlers open it).
    clusters.on('click keypress', function (event) {
      var marker = event.layer;
      if (!marker || !marker.options.properties || marker.getPopup()) return;
      if (event.type === 'keypress' && event.originalEvent.keyCode !== 13) return;
      marker.bindPopup(function () { return popupContent(marker.options.properties, embedded); },
        { autoPanPadding: [24, 24] });
      marker.openPopup();
    });

    // Keyboard: the popup's link gets the focus, and closing the popup returns it to the marker.
    var openedFrom = null;
    map.on('popupopen', function (event) {
      var popup = event.popup.getElement();
      var close = popup && popup.querySelector('.leaflet-popup-close-button');
      if (close) close.setAttribute('aria-label', TEXT.close);
      var link = popup && popup.querySelector('.omzien-popup a');
      openedFrom = document.activeElement && document.activeElement.classList &&
        document.activeElement.classList.contains('omzien-marker') ? document.activeElement : null;
      if (link && openedFrom) link.focus({ preventScroll: true });
    });
    map.on('popupclose', function () {
      if (openedFrom && document.body.contains(openedFrom)) openedFrom.focus({ preventScroll: true });
      openedFrom = null;
    });
    // Leaflet closes a popup on Escape only while the map itself has the focus, not while the
    // popup's link has it (where the focus goes when a marker is opened with the keyboard).
    holder.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && map._popup) {
        map.closePopup();
      }
    });
    map.on('zoomend', function () { holder.setAttribute('data-zoom', String(map.getZoom())); });
    holder.setAttribute('data-zoom', String(map.getZoom()));

    // The page preloads this URL (a <link rel="preload"> in its head); a plain fetch with the
    // same URL and mode takes that download over instead of starting another.
    fetch(holder.getAttribute('data-geojson'))
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (collection) {
        themes = collection.themes || {};
        if (collection.profile_url) profileUrl = collection.profile_url;
        var features = collection.features || [];
        var markers = [];
        var south = 90, west = 180, north = -90, east = -180;
        for (var i = 0; i < features.length; i += 1) {
          var coordinates = features[i].geometry && features[i].geometry.coordinates;
          if (!coordinates) continue;
          var lat = coordinates[1], lon = coordinates[0];
          var properties = features[i].properties || {};
          markers.push(new NamedMarker([lat, lon], {
            icon: iconFor(properties), keyboard: true, riseOnHover: true, properties: properties
          }));
          if (lat < south) south = lat;
          if (lat > north) north = lat;
          if (lon < west) west = lon;
          if (lon > east) east = lon;
        }
        if (circle) {
          map.fitBounds(circle.getBounds(), { padding: [16, 16], animate: false });
        } else if (markers.length) {
          map.fitBounds([[south, west], [north, east]], { padding: [32, 32], maxZoom: 14, animate: false });
        }
        drawn = function () {
          drawn = null;
          holder.setAttribute('data-markers', String(markers.length));
          holder.setAttribute('data-ready', '');
          var message = markers.length ? TEXT.loaded(markers.length) : TEXT.none;
          if (!markers.length && status && !tilesFailed) status.textContent = message;
          announce(message);
        };
        // Every marker in one call before the group meets the map: markercluster then clusters
        // them in one chunked pass, without an event per marker.
        clusters.addLayers(markers);
        map.addLayer(clusters);
        if (!markers.length) drawn();
      })
      .catch(function () {
        holder.setAttribute('data-ready', '');
        holder.setAttribute('data-failed', '');
        if (status) status.textContent = TEXT.failed;
        announce(TEXT.failed);
      });
  }

  var holder = document.querySelector('[data-omzien-map]');
  if (holder && window.L && L.markerClusterGroup) setUpMap(holder);
})();
