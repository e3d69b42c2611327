/* Récupère-DON! admin: the editor's small map. "Localiser" geocodes the typed address, the pin
   can be dragged (the position then becomes "manual"), and the MRC follows the pin. Every text
   from the server is inserted with textContent, never as HTML. */
(function () {
  "use strict";

  var REGION = [[45.75, -71.65], [47.25, -69.55]];
  var ZOOM_BY_PRECISION = { address: 17, street: 16, postal_code: 15, municipality: 13 };

  function messageKey(name) {
    return "msg" + name.split("-").map(function (part) {
      return part.charAt(0).toUpperCase() + part.slice(1);
    }).join("");
  }

  function initEditorMap() {
    var mapEl = document.getElementById("place-map");
    var form = document.getElementById("place-form");
    if (!mapEl || !form || !window.L) {
      return;
    }
    var fields = form.elements;
    var statusEl = document.getElementById("location-status");
    var mrcEl = document.getElementById("mrc-status");
    var locateButton = document.getElementById("locate-button");
    var marker = null;

    var map = L.map(mapEl, { scrollWheelZoom: false });
    L.tileLayer(mapEl.dataset.tileUrl, {
      attribution: mapEl.dataset.tileAttribution,
      maxZoom: 19
    }).addTo(map);

    function say(name, extra) {
      var text = statusEl.dataset[messageKey(name)] || "";
      statusEl.textContent = extra ? text + " " + extra : text;
      statusEl.dataset.state = name;
    }

    function showTerritory(data) {
      mrcEl.textContent = "";
      var line = document.createElement("p");
      line.appendChild(document.createTextNode(mrcEl.dataset.label + " "));
      var strong = document.createElement("strong");
      strong.textContent = data.mrc_name || mrcEl.dataset.none;
      line.appendChild(strong);
      mrcEl.appendChild(line);
      (data.warnings || []).forEach(function (warning) {
        var p = document.createElement("p");
        p.className = "warning";
        p.textContent = warning;
        mrcEl.appendChild(p);
      });
      mrcEl.dataset.mrc = data.mrc || "";
    }

    function refreshTerritory() {
      if (!fields.latitude.value || !fields.longitude.value) {
        return Promise.resolve();
      }
      var query = new URLSearchParams({
        lat: fields.latitude.value,
        lon: fields.longitude.value,
        municipality: fields.municipality.value
      });
      return fetch(mapEl.dataset.territoryUrl + "?" + query.toString(), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (data) {
        if (data) {
          showTerritory(data);
        }
      });
    }

    function setPoint(latlng, source, precision) {
      fields.latitude.value = latlng.lat.toFixed(6);
      fields.longitude.value = latlng.lng.toFixed(6);
      fields.geocode_source.value = source;
      fields.geocode_precision.value = precision;
      mapEl.dataset.source = source;
    }

    function placeMarker(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
        return;
      }
      marker = L.marker(latlng, {
        draggable: true,
        autoPan: true,
        keyboard: true,
        title: mapEl.dataset.markerLabel,
        alt: mapEl.dataset.markerLabel
      }).addTo(map);
      marker.on("dragend", function () {
        // A pin placed by a person wins over any geocoder, now and at every later import.
        setPoint(marker.getLatLng(), "manual", "address");
        say("manual");
        refreshTerritory().then(function () { mapEl.dataset.state = "moved"; });
      });
    }

    map.on("click", function (event) {
      placeMarker(event.latlng);
      setPoint(event.latlng, "manual", "address");
      say("manual");
      refreshTerritory();
    });

    locateButton.addEventListener("click", function () {
      var query = new URLSearchParams({
        address: fields.address.value,
        municipality: fields.municipality.value,
        postal_code: fields.postal_code.value
      });
      say("searching");
      locateButton.disabled = true;
      mapEl.dataset.state = "locating";
      fetch(mapEl.dataset.geocodeUrl + "?" + query.toString(), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        if (!result.ok) {
          statusEl.textContent = result.data.message || statusEl.dataset.msgError;
          mapEl.dataset.state = "not-found";
          return;
        }
        var data = result.data;
        var latlng = L.latLng(data.lat, data.lon);
        placeMarker(latlng);
        setPoint(latlng, data.source, data.precision);
        map.setView(latlng, ZOOM_BY_PRECISION[data.precision] || 15);
        if (data.precision === "municipality" || data.precision === "postal_code") {
          say("precision-" + data.precision);
        } else {
          say("found");
        }
        if (data.notes && data.notes.length) {
          statusEl.textContent += " " + data.notes.join(" ");
        }
        showTerritory(data);
        mapEl.dataset.state = "located";
      }).catch(function () {
        say("error");
        mapEl.dataset.state = "error";
      }).then(function () {
        locateButton.disabled = false;
      });
    });

    fields.municipality.addEventListener("change", refreshTerritory);

    if (fields.latitude.value && fields.longitude.value) {
      var start = L.latLng(parseFloat(fields.latitude.value), parseFloat(fields.longitude.value));
      placeMarker(start);
      map.setView(start, ZOOM_BY_PRECISION[fields.geocode_precision.value] || 15);
      say(fields.geocode_source.value === "manual" ? "manual" : "found");
    } else {
      map.fitBounds(REGION);
      say("none");
    }
    mapEl.dataset.state = "ready";
    window.recupereDonAdmin = {
      map: map,
      marker: function () { return marker; }
    };
  }

  document.documentElement.classList.add("js");
  initEditorMap();
}());
