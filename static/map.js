// The citizen map: one search box, what I want to do, near me, filters kept in the URL,
// clustered markers, the list with why each place answers, and a next step when nothing does.
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
  var noticeEl = document.getElementById("search-notice");
  var nextStepsEl = document.getElementById("next-steps");
  var listEl = document.getElementById("results");
  var moreButton = document.getElementById("more-results");
  // Only on the citizen page (the embed has neither): checked for null before use.
  var langLink = document.getElementById("lang-switch");
  var headingEl = document.getElementById("panel-title");
  var searchLabel = document.getElementById("search-label");
  var LISTS = ["mrc", "category", "action"];
  var SINGLES = ["q", "near", "radius_km", "open_now"];
  // The language the visitor chose in the URL; without one the server followed the browser.
  var chosenLang = new URLSearchParams(window.location.search).get("lang");
  // Kept per tab: Back and "Retour à la carte" find the same search, a shared link does not.
  var POSITION_KEY = "recupere-don.position";
  var SEARCH_KEY = "recupere-don.search";

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
  // {shown, exact, label}: `shown` is what the URL carries, `exact` what the API is asked.
  var position = null;

  document.body.classList.add("js");
  // The map was created before the "js" class hid it on phones (list view): measure it again.
  map.invalidateSize();

  // ---- per-tab memory (sessionStorage may be refused: private windows, strict settings) -------

  function remember(key, value) {
    try {
      if (value === null) { window.sessionStorage.removeItem(key); } else { window.sessionStorage.setItem(key, JSON.stringify(value)); }
    } catch (error) { /* nothing kept: the URL still holds the search */ }
  }

  function recall(key) {
    try { return JSON.parse(window.sessionStorage.getItem(key) || "null"); } catch (error) { return null; }
  }

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

  function controls(name) {
    // form.elements also holds the controls outside the drawer (form="filters").
    return Array.prototype.filter.call(form.elements, function (input) { return input.name === name; });
  }

  function readForm() {
    LISTS.forEach(function (name) {
      state[name] = [];
      controls(name).forEach(function (input) {
        if (input.checked) { state[name] = state[name].concat(splitCodes(input.value)); }
      });
    });
    state.open_now = controls("open_now")[0].checked ? "1" : "";
    state.radius_km = controls("radius_km")[0].value;
  }

  function writeForm() {
    LISTS.forEach(function (name) {
      controls(name).forEach(function (input) {
        input.checked = input.type === "radio"
          ? input.value === state[name].join(",")
          : state[name].indexOf(input.value) !== -1;
      });
    });
    controls("open_now")[0].checked = state.open_now === "1";
    controls("radius_km")[0].value = state.radius_km;
    // The badge counts what hides in the drawer; "open now" and the action stay in sight.
    var hidden = state.mrc.length + state.category.length + (state.radius_km ? 1 : 0);
    document.getElementById("filters-badge").textContent = hidden ? "(" + hidden + ")" : "";
    var texts = text.modes[state.action.join(",")];
    if (texts && headingEl) { headingEl.textContent = texts.heading; }
    if (texts && searchLabel) { searchLabel.textContent = texts.search; }
  }

  function modeSwitch() {
    return controls("action").filter(function (input) { return input.type === "radio"; });
  }

  function normaliseAction() {
    // A link from the old checkboxes ("donner,acheter") opens the default mode.
    var radios = modeSwitch();
    var joined = state.action.join(",");
    if (radios.length && !radios.some(function (r) { return r.value === joined; })) { state.action = []; }
  }

  function queryString(s, extra) {
    var params = new URLSearchParams(extra || "");
    LISTS.forEach(function (name) {
      if (s[name].length) { params.set(name, s[name].join(",")); } else { params.delete(name); }
    });
    SINGLES.forEach(function (name) {
      if (s[name]) { params.set(name, s[name]); } else { params.delete(name); }
    });
    // Commas stay readable in shared links: ?mrc=levis,bellechasse.
    var query = params.toString().replace(/%2C/gi, ",");
    return query ? "?" + query : "";
  }

  function writeUrl() {
    var search = queryString(state, window.location.search);
    window.history.replaceState(null, "", window.location.pathname + search);
    if (langLink) {
      var target = new URL(langLink.href, window.location.href);
      langLink.href = target.pathname + queryString(state, target.search);
    }
    if (headingEl) { remember(SEARCH_KEY, window.location.pathname + search); }
  }

  // What the API is asked for `s`: the exact position when this tab knows it, the default
  // actions when none was chosen, the page's clock for opening hours (tests freeze it).
  function apiQuery(s, options) {
    var params = new URLSearchParams(queryString(s).slice(1));
    params.set("lang", lang);
    if (s.near && position && position.shown === s.near) { params.set("near", position.exact); }
    if (!s.action.length && root.dataset.defaultAction) { params.set("action", root.dataset.defaultAction); }
    // Only what the map and the list show: a fraction of the bytes of the full features.
    if (root.dataset.fields) { params.set("fields", root.dataset.fields); }
    if (s.open_now || (options && options.clock)) { params.set("at", new Date().toISOString()); }
    if (options && options.limit) { params.set("limit", String(options.limit)); }
    return "?" + params.toString();
  }

  function askedActions() {
    return state.action.length ? state.action : splitCodes(root.dataset.defaultAction);
  }

  // ---- rendering (DOM only, never HTML strings: names come from staff and imports) ----------

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function withLang(path) {
    return chosenLang ? path + (path.indexOf("?") === -1 ? "?" : "&") + "lang=" + encodeURIComponent(chosenLang) : path;
  }

  function placeUrl(props) {
    return withLang(root.dataset.placeUrl.replace("__slug__", encodeURIComponent(props.slug)));
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

  function unique(values) {
    return values.filter(function (v, i) { return v && values.indexOf(v) === i; });
  }

  // Why this place answers: one line per action that matched, its conditions, what it refuses.
  function reasons(props, box) {
    var match = props.match || [];
    if (!match.length) {
      if (props.categories.length) { box.appendChild(el("p", "place-takes", categoryLabels(props))); }
    } else {
      var actions = unique(match.map(function (m) { return m.action; }));
      // "Repair only" is news when giving was asked for too (partner embeds ask for everything).
      var repairOnly = actions.length === 1 && actions[0] === "reparer" && askedActions().join(",") !== "reparer";
      actions.forEach(function (action) {
        var rows = match.filter(function (m) { return m.action === action; });
        var what = unique(rows.map(function (m) { return m.item_label || m.category_label; }));
        var line = el("p", "reason reason--" + action);
        line.appendChild(el("span", "reason-check", "✓")).setAttribute("aria-hidden", "true");
        line.appendChild(el("strong", null, repairOnly ? text.reasons.repair_only : (text.reasons[action] || action)));
        if (what.length) { line.appendChild(document.createTextNode(text.reasons.separator + what.join(", "))); }
        box.appendChild(line);
        unique(rows.map(function (m) { return m.conditions; })).forEach(function (conditions) {
          box.appendChild(el("p", "conditions", conditions));
        });
      });
    }
    var asked = askedActions();
    var refused = unique((props.refuses || []).filter(function (r) {
      return !asked.length || asked.indexOf(r.action) !== -1;
    }).map(function (r) { return r.label; }));
    if (refused.length) { box.appendChild(el("p", "refuses", text.refuses.replace("{items}", refused.join(", ")))); }
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
    reasons(props, box);
    var pause = props.donation_status;
    if (pause && pause.state === "paused") {
      var sentence = pause.categories.length
        ? text.paused_for.replace("{categories}", categoryLabels({ categories: pause.categories }))
        : text.paused;
      sentence = sentence.replace("{date}", pause.until) + (pause.reason ? (lang === "fr" ? " : " : ": ") + pause.reason : "");
      box.appendChild(el("p", "donation-status is-paused", sentence));
    }
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

  // `content` makes the popup's content (static/map-clusters.js fetches it on demand).
  function markerFor(feature, content) {
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
    marker.bindPopup(content || function () { return popupContent(props); });
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
    if (serverClusters) { serverClusters.viewChanged(); return; }
    // The list follows the map's extent, unless the map is hidden (the list alone on a phone).
    var size = map.getSize();
    var bounds = size.x > 0 && size.y > 0 ? map.getBounds() : null;
    visible = features.filter(function (feature, i) {
      return !bounds || bounds.contains(markers[i].getLatLng());
    });
    listEl.replaceChildren();
    appendPage();
    showCount(visible.length, features.length, text.in_view);
  }

  // `inView`: the sentence for some of the places ({shown} of {total}).
  function showCount(shown, total, inView) {
    if (total === 0) {
      countEl.textContent = text.count_zero;
    } else if (shown === total) {
      countEl.textContent = total === 1 ? text.count_one : text.count_many.replace("{n}", String(total));
    } else {
      countEl.textContent = inView.replace("{shown}", String(shown)).replace("{total}", String(total));
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

  // `nearest`: the markers nearest the position when they are not all loaded (server clusters).
  function fit(nearest) {
    var bounds = L.latLngBounds([]);
    if (state.mrc.length && outlines) {
      outlines.eachLayer(function (layer) {
        if (state.mrc.indexOf(layer.feature.properties.slug) !== -1) { bounds.extend(layer.getBounds()); }
      });
    }
    if (!bounds.isValid()) {
      (nearest || (here ? markers.slice(0, 5) : markers)).forEach(function (m) { bounds.extend(m.getLatLng()); });
      if (here) { bounds.extend(here.getLatLng()); }
    }
    if (bounds.isValid()) { map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13, animate: false }); }
  }

  function showHere() {
    if (here) { map.removeLayer(here); here = null; }
    if (!state.near) { return; }
    var exact = position && position.shown === state.near ? position.exact : state.near;
    here = L.circleMarker(exact.split(",").map(Number), { radius: 9, color: "#ffffff", weight: 3, fillColor: "#0b57d0", fillOpacity: 1 })
      .addTo(map);
  }

  // ---- what the words mean: the catalogue's guidance, and words we do not know ---------------

  var meaningCache = {};

  // The search box's suggestions for `query`, grouped by kind: items, places, place_types,
  // municipalities (/api/v1/suggest).
  function suggestFor(query) {
    if (meaningCache[query]) { return meaningCache[query]; }
    var answer = fetch(root.dataset.suggestApi + "?" + new URLSearchParams({ q: query, lang: lang }))
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      });
    meaningCache[query] = answer;
    answer.catch(function () { delete meaningCache[query]; });
    return answer;
  }

  function knowsNothing(found) {
    return !found.items.length && !found.places.length && !found.place_types.length && !found.municipalities.length;
  }

  // Objects reuse places do not take (tires, paint…): where they go instead, above the list.
  function showGuidance() {
    if (!noticeEl) { return; }
    noticeEl.hidden = true;
    noticeEl.replaceChildren();
    var query = state.q;
    if (!query) { return; }
    suggestFor(query).then(function (found) {
      var top = found.items[0];
      if (state.q !== query || !top || !top.guidance) { return; }
      // Without a category the guidance says where it goes; with one, what to know first.
      var heading = top.category ? text.advice_title : text.guidance_title;
      var title = el("p", "notice-title", heading.replace("{item}", top.label));
      noticeEl.replaceChildren(title, el("p", "notice-text", top.guidance));
      noticeEl.hidden = false;
    }).catch(function () { /* no guidance: the list still answers */ });
  }

  // ---- never a dead end: when nothing answers, say why and offer the next step ----------------

  function clearNextSteps() {
    if (!nextStepsEl) { return; }
    nextStepsEl.hidden = true;
    nextStepsEl.replaceChildren();
    delete root.dataset.nextStep;
  }

  function fetchFeatures(s, options) {
    return fetch(root.dataset.api + apiQuery(s, options)).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (collection) { return collection.features; });
  }

  function stepButton(label, apply) {
    var button = el("button", "button button-secondary next-step-button", label);
    button.type = "button";
    button.addEventListener("click", function () { apply(); changed(); });
    return button;
  }

  function nextSteps(kind, message, children) {
    var box = el("div", "next-steps-box");
    box.appendChild(el("p", "next-steps-message", message));
    children.forEach(function (child) { box.appendChild(child); });
    nextStepsEl.replaceChildren(box);
    nextStepsEl.hidden = false;
    root.dataset.nextStep = kind;
  }

  function copyState(changes) {
    var copy = {};
    LISTS.forEach(function (name) { copy[name] = state[name].slice(); });
    SINGLES.forEach(function (name) { copy[name] = state[name]; });
    Object.keys(changes).forEach(function (name) { copy[name] = changes[name]; });
    return copy;
  }

  function apply(changes) {
    Object.keys(changes).forEach(function (name) { state[name] = changes[name]; });
  }

  function categoryButtons() {
    var row = el("div", "next-steps-choices");
    Object.keys(text.categories).forEach(function (code) {
      row.appendChild(stepButton(text.categories[code].label, function () {
        apply({ category: [code], q: "" });
        searchInput.value = "";
      }));
    });
    return row;
  }

  function soonest(found) {
    var open = found.filter(function (f) { return f.properties.next_opening; });
    open.sort(function (a, b) {
      return Date.parse(a.properties.next_opening.at) - Date.parse(b.properties.next_opening.at);
    });
    return open[0] || null;
  }

  function explainOpenNow(found) {
    var relaxed = { open_now: "" };
    var all = stepButton(text.show_closed.replace("{n}", String(found.length)), function () { apply(relaxed); });
    var first = soonest(found);
    if (!first) { nextSteps("closed", text.none_open, [all]); return; }
    var props = first.properties;
    var message = el("p", "next-opening");
    message.appendChild(document.createTextNode(text.next_opening_before));
    var link = el("a", null, props.name);
    link.href = placeUrl(props);
    message.appendChild(link);
    message.appendChild(document.createTextNode(text.next_opening_after.replace("{when}", props.next_opening.text)));
    nextSteps("next-opening", text.none_open, [message, all]);
  }

  function explainRadius(found) {
    var nearest = el("ol", "results results--nearby");
    found.forEach(function (feature) { nearest.appendChild(listItem(feature)); });
    var whole = stepButton(text.whole_region, function () { apply({ radius_km: "" }); });
    nextSteps("nearest", text.none_within.replace("{km}", state.radius_km), [nearest, whole]);
  }

  function explainOtherModes(counts) {
    var buttons = counts.filter(function (c) { return c.count; }).map(function (c) {
      return stepButton(text.other_mode.replace("{mode}", text.modes[c.value].switch).replace("{n}", String(c.count)),
        function () { apply({ action: splitCodes(c.value) }); });
    });
    nextSteps("other-mode", text.none_for_mode, buttons);
  }

  // Asks again with one constraint fewer at a time (open now, then distance, then territory,
  // then what I want to do) and offers the first that answers; unknown words get categories.
  function explainEmpty(loadedFor) {
    if (!nextStepsEl) { return; }
    var still = function () { return loadedFor === loadCount; };
    var words = state.q ? suggestFor(state.q).catch(function () { return null; }) : Promise.resolve(null);
    words.then(function (found) {
      if (!still()) { return null; }
      if (found && knowsNothing(found)) {
        nextSteps("categories", text.unknown_words.replace("{word}", state.q), [categoryButtons()]);
        return null;
      }
      if (found && found.items[0] && found.items[0].guidance && !found.items[0].category) {
        nextSteps("guidance", text.not_for_reuse, []);  // the guidance above says where
        return null;
      }
      if (state.open_now) {
        return fetchFeatures(copyState({ open_now: "" }), { clock: true }).then(function (f) {
          if (still() && f.length) { explainOpenNow(f); return null; }
          return "more";
        });
      }
      return "more";
    }).then(function (more) {
      if (!more || !still()) { return null; }
      if (state.near && state.radius_km) {
        return fetchFeatures(copyState({ open_now: "", radius_km: "" }), { limit: 3 }).then(function (f) {
          if (still() && f.length) { explainRadius(f); return null; }
          return "more";
        });
      }
      if (state.mrc.length) {
        return fetchFeatures(copyState({ open_now: "", mrc: [] })).then(function (f) {
          if (still() && f.length) {
            nextSteps("territory", text.none_in_territory.replace("{n}", String(f.length)),
              [stepButton(text.whole_region, function () { apply({ mrc: [], open_now: "" }); })]);
            return null;
          }
          return "more";
        });
      }
      return "more";
    }).then(function (more) {
      if (!more || !still()) { return; }
      var others = modeSwitch().map(function (r) { return r.value; }).filter(function (v) { return v !== state.action.join(","); });
      Promise.all(others.map(function (value) {
        return fetchFeatures(copyState({ open_now: "", radius_km: "", mrc: [], action: splitCodes(value) }))
          .then(function (f) { return { value: value, count: f.length }; });
      })).then(function (counts) {
        if (!still()) { return; }
        if (counts.some(function (c) { return c.count; })) { explainOtherModes(counts); return; }
        nextSteps("reset", text.nothing_at_all, [stepButton(text.show_all, resetFilters)]);
      });
    }).catch(function () { /* the count already says nothing matched */ });
  }

  // ---- loading --------------------------------------------------------------------------------

  var loadCount = 0;
  // Many places: the server clusters each view (static/map-clusters.js) instead of the browser.
  var serverClusters = root.dataset.clustersApi && window.recupereDonServerClusters
    ? window.recupereDonServerClusters({
      map: map, root: root, text: text, lang: lang, countEl: countEl, listEl: listEl, moreButton: moreButton,
      query: function () { return apiQuery(state); },
      el: el, markerFor: markerFor, popupContent: popupContent, listItem: listItem, showCount: showCount,
    })
    : null;

  function loadClusters(thisLoad) {
    delete root.dataset.initialApi;
    showHere();
    highlightOutlines();
    // From a position, the view frames it and the five nearest places, as with every place loaded.
    var nearest = state.near
      ? fetchFeatures(state, { limit: 5 }).catch(function () { return []; })
      : Promise.resolve([]);
    nearest.then(function (found) {
      if (thisLoad !== loadCount) { return null; }
      fit(found.filter(function (f) { return f.geometry; }).map(markerFor));
      return serverClusters.load().then(function (total) {
        if (!total && thisLoad === loadCount) { explainEmpty(thisLoad); }
      });
    }).catch(function () { /* the count says what went wrong */ });
  }

  function load() {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    loadCount += 1;
    var thisLoad = loadCount;
    root.dataset.state = "loading";
    clearNextSteps();
    showGuidance();
    if (serverClusters) { loadClusters(thisLoad); return; }
    // The first answer was announced in the page (<link rel="preload">): the same URL reuses it.
    var url = root.dataset.initialApi || root.dataset.api + apiQuery(state);
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
        if (!features.length) { explainEmpty(thisLoad); }
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

  // With server clusters, static/map-clusters.js follows the view itself.
  map.on("moveend", function () { if (!serverClusters && root.dataset.state === "ready") { renderList(); } });
  moreButton.addEventListener("click", function () {
    var first = listEl.children.length;
    var shown = serverClusters ? serverClusters.more() : Promise.resolve(appendPage());
    shown.then(function () {
      var link = listEl.children[first] && listEl.children[first].querySelector("a");
      if (link) { link.focus(); }
    }).catch(function () { countEl.textContent = text.error; });
  });

  // The action switch and "open now" sit outside the form's element (form="filters").
  root.addEventListener("change", function (event) {
    if (event.target.form === form) { readForm(); changed(); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); readForm(); changed(); });

  function resetFilters() {
    // "Show all" clears the filters and the words; what the visitor wants to do stays.
    LISTS.forEach(function (name) { if (name !== "action") { state[name] = []; } });
    SINGLES.forEach(function (name) { state[name] = ""; });
    searchInput.value = "";
    locationStatus.textContent = "";
  }

  form.addEventListener("reset", function (event) {
    // The form's defaults are the filters the page was opened with; "show all" clears them.
    event.preventDefault();
    resetFilters();
    changed();
  });

  // ---- one search box: objects, places, place types and towns (ARIA combobox) ---------------

  var options = [];  // [{kind, value}] in the order shown
  var active = -1;
  var typingTimer = null;
  var shownFor = null;  // the grouped suggestions for the text now in the box
  var asked = 0;  // suggestion requests; only the latest one is shown

  function closeSuggestions() {
    // An answer still on its way for the words just committed must not open the list again.
    window.clearTimeout(typingTimer);
    asked += 1;
    suggestionsEl.hidden = true;
    searchInput.setAttribute("aria-expanded", "false");
    searchInput.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function optionLabel(option) {
    var v = option.value;
    return option.kind === "municipalities" ? v.name : option.kind === "places" ? v.name : v.label;
  }

  function optionDetail(option) {
    var v = option.value;
    if (option.kind === "places") { return v.municipality || ""; }
    if (option.kind === "municipalities") { return text.use_as_position; }
    if (option.kind === "items" && v.matched && v.matched.toLowerCase() !== v.label.toLowerCase()) {
      return text.matched.replace("{word}", v.matched);
    }
    if (option.kind === "items" && v.item && v.category_label) { return v.category_label; }
    return "";
  }

  function renderSuggestions() {
    var list = document.createDocumentFragment();
    var index = 0;
    ["items", "places", "place_types", "municipalities"].forEach(function (kind) {
      var ofKind = options.filter(function (o) { return o.kind === kind; });
      if (!ofKind.length) { return; }
      var group = el("li", "suggestion-group");
      group.setAttribute("role", "group");
      group.setAttribute("aria-labelledby", "suggestion-group-" + kind);
      var title = el("span", "suggestion-group-title", text.suggestion_groups[kind]);
      title.id = "suggestion-group-" + kind;
      group.appendChild(title);
      var inner = el("ul", "suggestion-options");
      inner.setAttribute("role", "none");
      ofKind.forEach(function (option) {
        var i = index;
        var item = el("li", "suggestion");
        item.id = "item-suggestion-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", i === active ? "true" : "false");
        item.appendChild(el("span", "suggestion-label", optionLabel(option)));
        var detail = optionDetail(option);
        if (detail) { item.appendChild(el("span", "suggestion-matched", detail)); }
        item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
        inner.appendChild(item);
        index += 1;
      });
      group.appendChild(inner);
      list.appendChild(group);
    });
    if (!options.length) {
      var none = el("li", "suggestion suggestion-none", text.no_suggestion);
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      list.appendChild(none);
    }
    suggestionsEl.replaceChildren(list);
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
    if (query.length < 2) { options = []; shownFor = null; closeSuggestions(); return; }
    var request = ++asked;
    suggestFor(query).then(function (found) {
      if (request !== asked || searchInput.value.trim() !== query) { return; }
      shownFor = { query: query, found: found };
      options = [];
      ["items", "places", "place_types", "municipalities"].forEach(function (kind) {
        found[kind].forEach(function (value) { options.push({ kind: kind, value: value }); });
      });
      active = -1;
      renderSuggestions();
    }).catch(function () { closeSuggestions(); });
  }

  function useTown(town) {
    var point = town.lat.toFixed(5) + "," + town.lon.toFixed(5);
    // A town's point is public: the URL may carry it as it is.
    setPosition(point, point, text.located_at.replace("{place}", town.name));
  }

  function choose(i) {
    var option = options[i];
    var v = option.value;
    closeSuggestions();
    if (option.kind === "places") {
      window.location.href = placeUrl(v);
      return;
    }
    if (option.kind === "municipalities") {
      searchInput.value = state.q;
      useTown(v);
      return;
    }
    if (option.kind === "items" && !v.item && v.category) {
      // Only a category matched: filter on it, the words say nothing more.
      state.category = [v.category];
      state.q = "";
    } else {
      state.q = v.label;
      state.category = [];
    }
    searchInput.value = v.label;
    changed();
  }

  searchInput.addEventListener("input", function () {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(fetchSuggestions, 120);
  });
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) { return; }
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + options.length) % options.length;
      renderSuggestions();
    } else if (event.key === "Escape") {
      closeSuggestions();
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(active);
    }
  });
  searchInput.addEventListener("blur", function () { window.setTimeout(closeSuggestions, 100); });

  function sameName(a, b) {
    var plain = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[-\s]+/g, " ").trim().toLowerCase(); };
    return plain(a) === plain(b);
  }

  searchForm.addEventListener("submit", function (event) {
    // Enter without a suggestion: the server reads the words (and logs what it cannot match),
    // unless they name a town and nothing else: the town is then the position.
    event.preventDefault();
    closeSuggestions();
    var words = searchInput.value.trim();
    var found = shownFor && shownFor.query === words ? shownFor.found : null;
    var town = found && !found.items.length && !found.places.length && !found.place_types.length
      ? found.municipalities.filter(function (m) { return sameName(m.name, words); })[0] : null;
    if (town) {
      searchInput.value = state.q;
      useTown(town);
      return;
    }
    state.q = words;
    if (state.q) { state.category = []; }
    changed();
  });

  // ---- where from: near me, a postal code or a town ---------------------------------------------

  function showLocationStatus(message) {
    locationStatus.replaceChildren(document.createTextNode(message + " "));
    var forget = el("button", "link-button", text.clear_location);
    forget.type = "button";
    forget.addEventListener("click", function () {
      state.near = "";
      state.radius_km = "";
      position = null;
      remember(POSITION_KEY, null);
      locationStatus.replaceChildren();
      locationInput.value = "";
      changed();
    });
    locationStatus.appendChild(forget);
  }

  // `shown` goes in the URL (shared with the link), `exact` only to the API and this tab.
  function setPosition(shown, exact, message) {
    position = { shown: shown, exact: exact, label: message };
    remember(POSITION_KEY, position);
    state.near = shown;
    showLocationStatus(message);
    changed();
  }

  function setPrivatePosition(lat, lon, message) {
    // About ten kilometres: the town, not the street, for whoever receives the link.
    setPosition(lat.toFixed(1) + "," + lon.toFixed(1), lat.toFixed(5) + "," + lon.toFixed(5), message);
  }

  document.getElementById("near-me").addEventListener("click", function () {
    if (!navigator.geolocation) { locationStatus.textContent = text.locate_denied; return; }
    locationStatus.textContent = text.locating;
    navigator.geolocation.getCurrentPosition(
      function (p) { setPrivatePosition(p.coords.latitude, p.coords.longitude, text.located); },
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
        var message = text.located_at.replace("{place}", found.municipality || query);
        if (found.precision === "municipality") {
          useTown({ lat: found.lat, lon: found.lon, name: found.municipality || query });
        } else {
          setPrivatePosition(found.lat, found.lon, message);
        }
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

  normaliseAction();
  if (state.q) { searchInput.value = state.q; }
  if (state.near) {
    var kept = recall(POSITION_KEY);
    if (kept && kept.shown === state.near) {
      // Back, reload or "Retour à la carte" in this tab: the exact position, not the URL's.
      position = kept;
      if (kept.exact !== kept.shown) { delete root.dataset.initialApi; }
      showLocationStatus(kept.label);
    } else {
      showLocationStatus(text.located_shared);
    }
  }
  writeForm();
  if (headingEl) { remember(SEARCH_KEY, window.location.pathname + window.location.search); }
  load();

  window.recupereDon = { map: map, cluster: cluster, serverClusters: serverClusters };
})();
