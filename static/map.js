// The citizen map: loads places from the API, clusters them, keeps filters in the URL.
(function () {
  "use strict";

  var root = document.getElementById("map-app");
  if (!root || !window.L) { return; }
  var map = window[root.dataset.mapVar];
  var text = JSON.parse(document.getElementById("map-i18n").textContent);
  var form = document.getElementById("filters");
  var countEl = document.getElementById("result-count");
  var listEl = document.getElementById("results");
  var langLink = document.getElementById("lang-switch");
  var FILTERS = ["mrc", "category"];

  var cluster = L.markerClusterGroup({ showCoverageOnHover: false, chunkedLoading: true });
  map.addLayer(cluster);
  var outlines = null;
  var pending = null;

  document.body.classList.add("js");

  function splitCodes(raw) {
    return (raw || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function stateFromForm() {
    var state = {};
    FILTERS.forEach(function (name) {
      state[name] = Array.prototype.map.call(
        form.querySelectorAll("input[name='" + name + "']:checked"),
        function (input) { return input.value; });
    });
    return state;
  }

  function applyStateToForm(state) {
    FILTERS.forEach(function (name) {
      form.querySelectorAll("input[name='" + name + "']").forEach(function (input) {
        input.checked = state[name].indexOf(input.value) !== -1;
      });
    });
  }

  function stateFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    FILTERS.forEach(function (name) { state[name] = splitCodes(params.get(name)); });
    return state;
  }

  function queryString(state, extra) {
    var params = new URLSearchParams(extra || "");
    FILTERS.forEach(function (name) {
      if (state[name].length) { params.set(name, state[name].join(",")); } else { params.delete(name); }
    });
    var query = params.toString();
    return query ? "?" + query : "";
  }

  function writeUrl(state) {
    var query = queryString(state, window.location.search);
    window.history.replaceState(null, "", window.location.pathname + query);
    if (langLink) {
      var target = new URL(langLink.href, window.location.href);
      langLink.href = target.pathname + queryString(state, target.search);
    }
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function describe(props) {
    var type = text.place_types[props.place_type];
    return [type ? type.label : props.place_type, props.municipality].filter(Boolean).join(" · ");
  }

  function categoryLabels(props) {
    return props.categories.map(function (code) {
      return text.categories[code] ? text.categories[code].label : code;
    }).join(", ");
  }

  // Built with the DOM, never with HTML strings: names come from staff and imports.
  function popupContent(props) {
    var box = el("div", "popup");
    var title = el("a", "popup-title", props.name);
    title.href = localUrl(props.url);
    box.appendChild(title);
    if (props.demo) { box.appendChild(el("span", "badge-demo", text.demo)); }
    box.appendChild(el("p", "popup-meta", describe(props)));
    box.appendChild(el("p", "popup-address",
      [props.address, props.municipality, props.postal_code].filter(Boolean).join(", ")));
    if (props.categories.length) {
      var takes = el("p", "popup-takes");
      takes.appendChild(el("strong", null, text.takes + " "));
      takes.appendChild(document.createTextNode(categoryLabels(props)));
      box.appendChild(takes);
    }
    var more = el("a", "popup-more", text.details);
    more.href = localUrl(props.url);
    box.appendChild(more);
    return box;
  }

  function localUrl(url) {
    var target = new URL(url, window.location.href);
    if (root.dataset.lang !== "fr") { target.searchParams.set("lang", root.dataset.lang); }
    return target.pathname + target.search;
  }

  function markerFor(feature) {
    var props = feature.properties;
    var type = text.place_types[props.place_type];
    var icon = L.divIcon({
      className: "place-marker place-marker--" + props.place_type,
      html: "<span style=\"background:" + (type ? type.colour : "#555") + "\"></span>",
      iconSize: [22, 22],
      iconAnchor: [11, 11],
      popupAnchor: [0, -10],
    });
    var coords = feature.geometry.coordinates;
    var marker = L.marker([coords[1], coords[0]], { icon: icon, title: props.name, alt: props.name, keyboard: true });
    marker.bindPopup(function () { return popupContent(props); });
    return marker;
  }

  function renderList(features) {
    var items = document.createDocumentFragment();
    features.forEach(function (feature) {
      var props = feature.properties;
      var item = el("li", "result");
      var link = el("a", "result-name", props.name);
      link.href = localUrl(props.url);
      item.appendChild(link);
      if (props.demo) { item.appendChild(el("span", "badge-demo", text.demo)); }
      item.appendChild(el("p", "result-meta", describe(props)));
      if (props.categories.length) { item.appendChild(el("p", "result-takes", categoryLabels(props))); }
      items.appendChild(item);
    });
    listEl.replaceChildren(items);
  }

  function renderCount(n) {
    countEl.textContent = n === 0 ? text.count_zero : n === 1 ? text.count_one
      : text.count_many.replace("{n}", String(n));
    root.dataset.count = String(n);
  }

  function highlightOutlines(state) {
    if (!outlines) { return; }
    outlines.eachLayer(function (layer) {
      var selected = state.mrc.indexOf(layer.feature.properties.slug) !== -1;
      layer.setStyle(selected ? { weight: 3, color: "#1f5f3f", fillOpacity: 0.06 }
                              : { weight: 1, color: "#5b6b63", fillOpacity: 0 });
    });
  }

  function fitTo(features, state) {
    if (state.mrc.length && outlines) {
      var bounds = L.latLngBounds([]);
      outlines.eachLayer(function (layer) {
        if (state.mrc.indexOf(layer.feature.properties.slug) !== -1) { bounds.extend(layer.getBounds()); }
      });
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [16, 16] }); return; }
    }
    if (features.length) {
      var points = features.map(function (f) { return [f.geometry.coordinates[1], f.geometry.coordinates[0]]; });
      map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 13 });
    }
  }

  function load(state, fit) {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    root.dataset.state = "loading";
    fetch(root.dataset.api + queryString(state), { signal: pending.signal, headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (collection) {
        var features = collection.features.filter(function (f) { return f.geometry; });
        cluster.clearLayers();
        cluster.addLayers(features.map(markerFor));
        renderList(features);
        renderCount(features.length);
        highlightOutlines(state);
        if (fit) { fitTo(features, state); }
        root.dataset.state = "ready";
      })
      .catch(function (error) {
        if (error.name === "AbortError") { return; }
        countEl.textContent = text.error;
        root.dataset.state = "error";
      });
  }

  function onFiltersChanged() {
    var state = stateFromForm();
    writeUrl(state);
    load(state, true);
  }

  form.addEventListener("change", onFiltersChanged);
  form.addEventListener("submit", function (event) { event.preventDefault(); onFiltersChanged(); });
  form.addEventListener("reset", function () { window.setTimeout(onFiltersChanged, 0); });

  fetch(root.dataset.mrcsApi)
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      outlines = L.geoJSON(collection, { interactive: false, style: { weight: 1, color: "#5b6b63", fillOpacity: 0 } });
      outlines.addTo(map);
      outlines.bringToBack();
      highlightOutlines(stateFromForm());
    })
    .catch(function () { /* outlines are decoration; the markers still work */ });

  var initial = stateFromUrl();
  applyStateToForm(initial);
  load(initial, true);

  window.recupereDon = { map: map, cluster: cluster };
})();
