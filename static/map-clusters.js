// The map at province scale. static/map.js hands over to this when the page names a clusters
// API (more places than MAP_SERVER_CLUSTERS_ABOVE): each view asks the server for its clusters,
// a popup fetches its place when it opens, and the list pages through the places in the view.
(function () {
  "use strict";

  var PAGE = 50;
  var DEBOUNCE_MS = 250;
  // The whole world: what a hidden map (the list alone on a phone) "shows".
  var WORLD = "-180,-85,180,85";

  window.recupereDonServerClusters = function (page) {
    var map = page.map;
    var root = page.root;
    var text = page.text;
    var layer = L.layerGroup().addTo(map);
    var drawing = null;  // AbortController of the view being fetched
    var drawnUrl = null;
    var timer = null;
    var inView = 0;
    var total = 0;
    var listQuery = "";
    var placeCache = {};
    var opened = null;  // the place marker whose popup is open: it survives redraws (autopan)

    function mapShown() {
      var size = map.getSize();
      return size.x > 0 && size.y > 0;
    }

    // Rounded outward to about 10 m: small pans share an answer in the browser's cache.
    function viewBox() {
      if (!mapShown()) { return WORLD; }
      var b = map.getBounds();
      var round = function (value, up) { return (up ? Math.ceil(value * 1e4) : Math.floor(value * 1e4)) / 1e4; };
      return [
        Math.max(-180, round(b.getWest(), false)), Math.max(-85, round(b.getSouth(), false)),
        Math.min(180, round(b.getEast(), true)), Math.min(85, round(b.getNorth(), true)),
      ].join(",");
    }

    function getJson(url, signal) {
      return fetch(url, { signal: signal }).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      });
    }

    function clusterMarker(feature) {
      var count = feature.properties.point_count;
      var name = text.cluster_places.replace("{n}", String(count));
      var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
      var icon = L.divIcon({
        className: "marker-cluster marker-cluster-" + size + " server-cluster",
        html: "<div><span aria-hidden=\"true\">" + count + "</span></div>",
        iconSize: [40, 40],
      });
      var coords = feature.geometry.coordinates;
      var marker = L.marker([coords[1], coords[0]], { icon: icon, title: name, keyboard: true });
      var open = function () {
        map.setView([coords[1], coords[0]], Math.min(feature.properties.expansion_zoom, map.getMaxZoom()));
      };
      marker.on("add", function () {
        var element = marker.getElement();
        element.setAttribute("aria-label", name);
        // Leaflet answers Enter only on markers with a popup: a cluster opens by keyboard too.
        element.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); }
        });
      });
      marker.on("click", open);
      return marker;
    }

    function placeFeature(slug) {
      if (!placeCache[slug]) {
        var url = root.dataset.api + "/" + encodeURIComponent(slug) + "?lang=" + encodeURIComponent(page.lang);
        placeCache[slug] = getJson(url);
        placeCache[slug].catch(function () { delete placeCache[slug]; });
      }
      return placeCache[slug];
    }

    // The same marker as with few places; its details come when its popup opens.
    function placeMarker(feature) {
      var marker = page.markerFor(feature, function () {
        return page.el("p", "popup-loading", text.loading);
      });
      marker.on("popupclose", function () { if (opened === marker) { opened = null; } });
      marker.on("popupopen", function (event) {
        opened = marker;
        placeFeature(feature.properties.slug).then(function (place) {
          event.popup.setContent(page.popupContent(place.properties));
        }).catch(function () { event.popup.setContent(page.el("p", "popup-error", text.error)); });
      });
      marker.options.slug = feature.properties.slug;
      return marker;
    }

    // Asks for one entry more than it shows: whether a next page exists, without counting.
    function fetchPage(start, signal) {
      return getJson(root.dataset.api + listQuery + "&limit=" + String(start + PAGE + 1), signal)
        .then(function (collection) { return collection.features; });
    }

    function showPage(found, start) {
      var listEl = page.listEl;
      var items = document.createDocumentFragment();
      found.slice(start, start + PAGE).forEach(function (feature) { items.appendChild(page.listItem(feature)); });
      listEl.appendChild(items);
      var button = page.moreButton;
      button.hidden = found.length <= start + PAGE;
      if (!button.hidden) {
        var left = Math.max(inView - listEl.children.length, 1);
        button.textContent = text.more.replace("{n}", String(left));
      }
    }

    function draw(collection) {
      total = collection.total;
      // The places the list pages through (a cluster's places may lie just outside the view).
      inView = collection.in_view;
      var keptSlug = opened && opened.options.slug;
      var markers = collection.features.map(function (feature) {
        if (feature.properties.slug && feature.properties.slug === keptSlug) { return null; }
        return feature.properties.cluster ? clusterMarker(feature) : placeMarker(feature);
      });
      layer.eachLayer(function (marker) { if (marker !== opened) { layer.removeLayer(marker); } });
      markers.forEach(function (marker) { if (marker) { layer.addLayer(marker); } });
      page.showCount(inView, total, text.in_view_server);
    }

    // Draws the current view and lists its first page (both asked at once); resolves with the
    // total for the filters.
    function refresh(force) {
      var box = viewBox();
      var query = page.query();
      var zoom = mapShown() ? Math.round(map.getZoom()) : 0;
      var params = new URLSearchParams(query.slice(1));
      params.delete("fields");  // what the list shows, not the clusters
      var url = root.dataset.clustersApi + "?" + params.toString() + "&bbox=" + box + "&zoom=" + String(zoom);
      if (!force && url === drawnUrl) {
        root.dataset.state = "ready";
        return Promise.resolve(total);
      }
      if (drawing) { drawing.abort(); }
      drawing = new AbortController();
      var signal = drawing.signal;
      root.dataset.state = "loading";
      listQuery = query + (box === WORLD ? "" : "&bbox=" + box);
      return Promise.all([getJson(url, signal), fetchPage(0, signal)]).then(function (answers) {
        draw(answers[0]);
        page.listEl.replaceChildren();
        showPage(answers[1], 0);
        drawnUrl = url;
        root.dataset.state = "ready";
        return total;
      }).catch(function (error) {
        if (error.name === "AbortError") { throw error; }
        page.countEl.textContent = text.error;
        root.dataset.state = "error";
        throw error;
      });
    }

    // Not "ready" from the first frame of a move until its view is drawn: tests wait on it.
    map.on("movestart zoomstart", function () { root.dataset.state = "loading"; });
    map.on("moveend", function () {
      root.dataset.state = "loading";
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { refresh(false).catch(function () { /* said in the count */ }); }, DEBOUNCE_MS);
    });

    return {
      layer: layer,
      // New filters: draw at once, whatever was drawn.
      load: function () {
        window.clearTimeout(timer);
        map.closePopup();  // its place may not match the new filters
        return refresh(true);
      },
      // The list/map switch: the view changed its size.
      viewChanged: function () { refresh(false).catch(function () { /* said in the count */ }); },
      more: function () {
        var start = page.listEl.children.length;
        return fetchPage(start).then(function (found) { showPage(found, start); });
      },
    };
  };
})();
