// The citizen map: item search, near me, filters kept in the URL, clustered markers and the list.
(function () {
  "use strict";

  var root = document.getElementById("map-app");
  if (!root || !window.L) { return; }
  var map = window[root.dataset.mapVar];
  var text = JSON.parse(document.getElementById("map-i18n").textContent);
  var lang = root.dataset.lang;
  var form = document.getElementById("filters");
  var searchForm = document.getElementById("search-form");
  var searchInput = document.getElementById("item-search");
  var suggestionsEl = document.getElementById("item-suggestions");
  var locationForm = document.getElementById("location-form");
  var locationInput = document.getElementById("location-input");
  var locationStatus = document.getElementById("location-status");
  var countEl = document.getElementById("result-count");
  var listEl = document.getElementById("results");
  var langLink = document.getElementById("lang-switch");
  var moreButton = document.getElementById("more-results");
  var LISTS = ["mrc", "category", "action"];
  var SINGLES = ["q", "near", "radius_km", "open_now"];

  var onClustered = null;
  // Chunked: thousands of markers are added between frames, the page stays responsive.
  var cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    chunkedLoading: true,
    chunkProgress: function (processed, total) {
      if (processed === total && onClustered) { onClustered(); }
    },
  });
  map.addLayer(cluster);
  var outlines = null;
  var pending = null;
  var features = [];
  var markers = [];
  var here = null;
  var state = readUrl();

  document.body.classList.add("js");
  // The map was created before the "js" class hid it on phones (list view): measure it again.
  map.invalidateSize();

  // ---- state <-> URL <-> form ---------------------------------------------------------------

  function splitCodes(raw) {
    return (raw || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    var result = {};
    LISTS.forEach(function (name) { result[name] = splitCodes(params.get(name)); });
    SINGLES.forEach(function (name) { result[name] = params.get(name) || ""; });
    return result;
  }

  function readForm() {
    LISTS.forEach(function (name) {
      state[name] = Array.prototype.map.call(
        form.querySelectorAll("input[name='" + name + "']:checked"),
        function (input) { return input.value; });
    });
    state.open_now = form.querySelector("input[name='open_now']").checked ? "1" : "";
    state.radius_km = form.querySelector("select[name='radius_km']").value;
  }

  function writeForm() {
    LISTS.forEach(function (name) {
      form.querySelectorAll("input[name='" + name + "']").forEach(function (input) {
        input.checked = state[name].indexOf(input.value) !== -1;
      });
    });
    form.querySelector("input[name='open_now']").checked = state.open_now === "1";
    form.querySelector("select[name='radius_km']").value = state.radius_km;
    var active = LISTS.reduce(function (n, name) { return n + state[name].length; }, 0)
      + (state.open_now ? 1 : 0) + (state.radius_km ? 1 : 0);
    document.getElementById("filters-badge").textContent = active ? "(" + active + ")" : "";
  }

  function queryString(extra) {
    var params = new URLSearchParams(extra || "");
    LISTS.forEach(function (name) {
      if (state[name].length) { params.set(name, state[name].join(",")); } else { params.delete(name); }
    });
    SINGLES.forEach(function (name) {
      if (state[name]) { params.set(name, state[name]); } else { params.delete(name); }
    });
    // Commas stay readable in shared links: ?mrc=levis,bellechasse.
    var query = params.toString().replace(/%2C/gi, ",");
    return query ? "?" + query : "";
  }

  function writeUrl() {
    window.history.replaceState(null, "", window.location.pathname + queryString(window.location.search));
    if (langLink) {
      var target = new URL(langLink.href, window.location.href);
      langLink.href = target.pathname + queryString(target.search);
    }
  }

  function apiQuery() {
    var params = new URLSearchParams(queryString().slice(1));
    params.set("lang", lang);
    // Only what the map and the list show: a fraction of the bytes of the full features.
    if (root.dataset.fields) { params.set("fields", root.dataset.fields); }
    if (state.open_now) { params.set("at", new Date().toISOString()); }
    return "?" + params.toString();
  }

  // ---- rendering (DOM only, never HTML strings: names come from staff and imports) ----------

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function placeUrl(props) {
    var path = root.dataset.placeUrl.replace("__slug__", encodeURIComponent(props.slug));
    return lang === "fr" ? path : path + "?lang=" + lang;
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

  function formatKm(km) {
    var value = km < 10 ? km.toFixed(1) : String(Math.round(km));
    return text.km.replace("{km}", lang === "fr" ? value.replace(".", ",") : value);
  }

  function details(props, box) {
    box.appendChild(el("p", "place-meta", describe(props)));
    if (props.hours_text) {
      box.appendChild(el("p", "hours-status " + (props.open_now ? "is-open" : "is-closed"), props.hours_text));
    }
    if (props.distance_km !== undefined) {
      var distance = el("p", "distance", formatKm(props.distance_km));
      if (props.picks_up_here) { distance.appendChild(el("span", "badge-pickup", text.picks_up)); }
      box.appendChild(distance);
    }
    if (props.categories.length) { box.appendChild(el("p", "place-takes", categoryLabels(props))); }
  }

  function popupContent(props) {
    var box = el("div", "popup");
    var title = el("a", "popup-title", props.name);
    title.href = placeUrl(props);
    box.appendChild(title);
    if (props.demo) { box.appendChild(el("span", "badge-demo", text.demo)); }
    box.appendChild(el("p", "popup-address", [props.address, props.municipality].filter(Boolean).join(", ")));
    details(props, box);
    var more = el("a", "popup-more", text.details);
    more.href = placeUrl(props);
    box.appendChild(more);
    return box;
  }

  function markerFor(feature) {
    var props = feature.properties;
    var type = text.place_types[props.place_type];
    var icon = L.divIcon({
      className: "place-marker place-marker--" + props.place_type,
      html: "<span style=\"background:" + (type ? type.colour : "#455a64") + "\"></span>",
      iconSize: [28, 28],
      iconAnchor: [14, 14],
      popupAnchor: [0, -12],
    });
    var coords = feature.geometry.coordinates;
    var marker = L.marker([coords[1], coords[0]], { icon: icon, title: props.name, alt: props.name });
    marker.bindPopup(function () { return popupContent(props); });
    return marker;
  }

  function listItem(feature) {
    var props = feature.properties;
    var item = el("li", "result");
    var heading = el("h2", "result-name");
    var link = el("a", null, props.name);
    link.href = placeUrl(props);
    heading.appendChild(link);
    item.appendChild(heading);
    if (props.demo) { item.appendChild(el("span", "badge-demo", text.demo)); }
    details(props, item);
    return item;
  }

  // The list shows a page at a time: thousands of entries would make a phone wait for nothing.
  var PAGE = 50;
  var visible = [];

  function appendPage() {
    var start = listEl.children.length;
    var items = document.createDocumentFragment();
    visible.slice(start, start + PAGE).forEach(function (feature) { items.appendChild(listItem(feature)); });
    listEl.appendChild(items);
    moreButton.hidden = listEl.children.length >= visible.length;
    if (!moreButton.hidden) {
      moreButton.textContent = text.more.replace("{n}", String(visible.length - listEl.children.length));
    }
  }

  function renderList() {
    // The list follows the map's extent, unless the map is hidden (the list alone on a phone).
    var size = map.getSize();
    var bounds = size.x > 0 && size.y > 0 ? map.getBounds() : null;
    visible = features.filter(function (feature, i) {
      return !bounds || bounds.contains(markers[i].getLatLng());
    });
    var shown = visible.length;
    listEl.replaceChildren();
    appendPage();
    var total = features.length;
    if (total === 0) {
      countEl.textContent = text.count_zero;
    } else if (shown === total) {
      countEl.textContent = total === 1 ? text.count_one : text.count_many.replace("{n}", String(total));
    } else {
      countEl.textContent = text.in_view.replace("{shown}", String(shown)).replace("{total}", String(total));
    }
    root.dataset.count = String(total);
    root.dataset.shown = String(shown);
  }

  function highlightOutlines() {
    if (!outlines) { return; }
    outlines.eachLayer(function (layer) {
      var selected = state.mrc.indexOf(layer.feature.properties.slug) !== -1;
      layer.setStyle(selected ? { weight: 3, color: "#1f5f3f", fillOpacity: 0.06 }
                              : { weight: 1, color: "#5b6b63", fillOpacity: 0 });
    });
  }

  function fit() {
    var bounds = L.latLngBounds([]);
    if (state.mrc.length && outlines) {
      outlines.eachLayer(function (layer) {
        if (state.mrc.indexOf(layer.feature.properties.slug) !== -1) { bounds.extend(layer.getBounds()); }
      });
    }
    if (!bounds.isValid()) {
      var nearest = here ? markers.slice(0, 5) : markers;
      nearest.forEach(function (m) { bounds.extend(m.getLatLng()); });
      if (here) { bounds.extend(here.getLatLng()); }
    }
    if (bounds.isValid()) { map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13, animate: false }); }
  }

  function showHere() {
    if (here) { map.removeLayer(here); here = null; }
    if (!state.near) { return; }
    var parts = state.near.split(",").map(Number);
    here = L.circleMarker(parts, { radius: 9, color: "#ffffff", weight: 3, fillColor: "#0b57d0", fillOpacity: 1 })
      .addTo(map);
  }

  // ---- loading --------------------------------------------------------------------------------

  function load() {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    root.dataset.state = "loading";
    // The first answer was announced in the page (<link rel="preload">): the same URL reuses it.
    var url = root.dataset.initialApi || root.dataset.api + apiQuery();
    delete root.dataset.initialApi;
    fetch(url, { signal: pending.signal })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (collection) {
        features = collection.features.filter(function (f) { return f.geometry; });
        markers = features.map(markerFor);
        showHere();
        highlightOutlines();
        fit();
        renderList();
        cluster.clearLayers();
        onClustered = function () { onClustered = null; root.dataset.state = "ready"; };
        if (markers.length) { cluster.addLayers(markers); } else { onClustered(); }
      })
      .catch(function (error) {
        if (error.name === "AbortError") { return; }
        countEl.textContent = text.error;
        root.dataset.state = "error";
      });
  }

  function changed() {
    writeForm();
    writeUrl();
    load();
  }

  map.on("moveend", function () { if (root.dataset.state === "ready") { renderList(); } });
  moreButton.addEventListener("click", function () {
    var first = listEl.children.length;
    appendPage();
    var link = listEl.children[first] && listEl.children[first].querySelector("a");
    if (link) { link.focus(); }
  });

  form.addEventListener("change", function () { readForm(); changed(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); readForm(); changed(); });
  form.addEventListener("reset", function (event) {
    // The form's defaults are the filters the page was opened with; "show all" clears them.
    event.preventDefault();
    LISTS.forEach(function (name) { state[name] = []; });
    SINGLES.forEach(function (name) { state[name] = ""; });
    searchInput.value = "";
    locationStatus.textContent = "";
    changed();
  });

  // ---- item search with suggestions (ARIA combobox) -----------------------------------------

  var suggestions = [];
  var active = -1;
  var typingTimer = null;

  function closeSuggestions() {
    suggestionsEl.hidden = true;
    searchInput.setAttribute("aria-expanded", "false");
    searchInput.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function renderSuggestions() {
    var items = document.createDocumentFragment();
    suggestions.forEach(function (s, i) {
      var option = el("li", "suggestion");
      option.id = "item-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", i === active ? "true" : "false");
      option.appendChild(el("span", "suggestion-label", s.label));
      if (s.matched && s.matched.toLowerCase() !== s.label.toLowerCase()) {
        option.appendChild(el("span", "suggestion-matched", text.matched.replace("{word}", s.matched)));
      }
      option.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      items.appendChild(option);
    });
    if (!suggestions.length) {
      var none = el("li", "suggestion suggestion-none", text.no_suggestion);
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      items.appendChild(none);
    }
    suggestionsEl.replaceChildren(items);
    suggestionsEl.hidden = false;
    searchInput.setAttribute("aria-expanded", "true");
    if (active >= 0) {
      searchInput.setAttribute("aria-activedescendant", "item-suggestion-" + active);
    } else {
      searchInput.removeAttribute("aria-activedescendant");
    }
  }

  function fetchSuggestions() {
    var query = searchInput.value.trim();
    if (query.length < 2) { suggestions = []; closeSuggestions(); return; }
    fetch(root.dataset.itemsApi + "?" + new URLSearchParams({ q: query, lang: lang }))
      .then(function (response) { return response.json(); })
      .then(function (found) {
        if (searchInput.value.trim() !== query) { return; }
        suggestions = found;
        active = -1;
        renderSuggestions();
      })
      .catch(function () { closeSuggestions(); });
  }

  function choose(i) {
    var chosen = suggestions[i];
    state.category = [chosen.category];
    state.q = "";
    searchInput.value = chosen.label;
    closeSuggestions();
    changed();
  }

  searchInput.addEventListener("input", function () {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(fetchSuggestions, 120);
  });
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!suggestions.length) { return; }
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      renderSuggestions();
    } else if (event.key === "Escape") {
      closeSuggestions();
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(active);
    }
  });
  searchInput.addEventListener("blur", function () { window.setTimeout(closeSuggestions, 100); });
  searchForm.addEventListener("submit", function (event) {
    // Enter without a suggestion: the server reads the words (and logs what it cannot match).
    event.preventDefault();
    closeSuggestions();
    state.q = searchInput.value.trim();
    if (state.q) { state.category = []; }
    changed();
  });

  // ---- near me ------------------------------------------------------------------------------

  function showLocationStatus(message) {
    locationStatus.replaceChildren(document.createTextNode(message + " "));
    var forget = el("button", "link-button", text.clear_location);
    forget.type = "button";
    forget.addEventListener("click", function () {
      state.near = "";
      state.radius_km = "";
      locationStatus.replaceChildren();
      locationInput.value = "";
      changed();
    });
    locationStatus.appendChild(forget);
  }

  function setNear(lat, lon, message) {
    state.near = lat.toFixed(5) + "," + lon.toFixed(5);
    showLocationStatus(message);
    changed();
  }

  document.getElementById("near-me").addEventListener("click", function () {
    if (!navigator.geolocation) { locationStatus.textContent = text.locate_denied; return; }
    locationStatus.textContent = text.locating;
    navigator.geolocation.getCurrentPosition(
      function (position) { setNear(position.coords.latitude, position.coords.longitude, text.located); },
      function () { locationStatus.textContent = text.locate_denied; },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
  });

  locationForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = locationInput.value.trim();
    if (!query) { return; }
    locationStatus.textContent = text.locating;
    fetch(root.dataset.geocodeApi + "?" + new URLSearchParams({ q: query }))
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (found) {
        setNear(found.lat, found.lon, text.located_at.replace("{place}", found.municipality || query));
      })
      .catch(function () { locationStatus.textContent = text.locate_unknown; });
  });

  // ---- small screens: filters drawer and list/map switch ------------------------------------

  var toggle = document.getElementById("filters-toggle");
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    root.classList.toggle("filters-open", open);
  });

  document.querySelectorAll(".view-switch button").forEach(function (button) {
    button.addEventListener("click", function () {
      root.dataset.view = button.dataset.view;
      document.querySelectorAll(".view-switch button").forEach(function (b) {
        b.setAttribute("aria-pressed", b === button ? "true" : "false");
      });
      // Leaflet caches the map's size: read it again now that the map is shown or hidden.
      map.invalidateSize();
      if (button.dataset.view === "map") {
        toggle.setAttribute("aria-expanded", "false");
        root.classList.remove("filters-open");
        fit();
      }
      renderList();
    });
  });

  // ---- legend: what each marker colour means --------------------------------------------------

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", "map-legend");
    box.setAttribute("aria-hidden", "true");  // the list says the same in words
    text.place_type_order.forEach(function (code) {
      var row = el("span", "map-legend-row");
      var dot = el("span", "map-legend-dot");
      dot.style.background = text.place_types[code].colour;
      row.appendChild(dot);
      row.appendChild(document.createTextNode(text.place_types[code].label));
      box.appendChild(row);
    });
    return box;
  };
  legend.addTo(map);

  // ---- start --------------------------------------------------------------------------------

  fetch(root.dataset.mrcsApi)
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      outlines = L.geoJSON(collection, { interactive: false, style: { weight: 1, color: "#5b6b63", fillOpacity: 0 } });
      outlines.addTo(map);
      outlines.bringToBack();
      highlightOutlines();
    })
    .catch(function () { /* outlines are decoration; the markers still work */ });

  if (state.q) { searchInput.value = state.q; }
  if (state.near) { showLocationStatus(text.located); }
  writeForm();
  load();

  window.recupereDon = { map: map, cluster: cluster };
})();
