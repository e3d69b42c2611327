// Markers, cluster and popups of the standalone map, built from the JSON island with the DOM:
// place names never become HTML or code.
(function () {
  "use strict";
  var island = document.getElementById("recupere-don-places");
  var data = JSON.parse(island.textContent);
  var labels = data.labels || {};
  var map = window[data.map];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function popup(place) {
    var box = el("div", "popup");
    var title = el("a", "popup-title", place.name);
    if (/^https?:\/\//.test(place.url)) { title.href = place.url; }
    title.target = "_blank";
    title.rel = "noopener";
    box.appendChild(title);
    if (place.demo) { box.appendChild(el("span", "badge-demo", labels.demo)); }
    box.appendChild(el("p", "popup-meta", place.kind));
    if (place.address) { box.appendChild(el("p", "popup-address", place.address)); }
    if (place.phone) { box.appendChild(el("p", "popup-phone", place.phone)); }
    if (place.takes) {
      var takes = el("p", "popup-takes");
      takes.appendChild(el("strong", null, labels.takes + " "));
      takes.appendChild(document.createTextNode(place.takes));
      box.appendChild(takes);
    }
    return box;
  }

  // One icon per colour; the colour is checked again because it lands in an HTML string.
  var icons = {};
  function icon(colour) {
    if (!/^#[0-9a-fA-F]{3,8}$/.test(colour)) { colour = "#4f5b55"; }
    if (!icons[colour]) {
      icons[colour] = L.divIcon({
        html: '<span style="background:' + colour + '"></span>',
        iconSize: [22, 22],
        iconAnchor: [11, 11],
        className: "place-marker"
      });
    }
    return icons[colour];
  }

  var cluster = L.markerClusterGroup({ showCoverageOnHover: false, chunkedLoading: true });
  var markers = data.places.map(function (place) {
    // Leaflet sets title and alt as DOM properties, not HTML: safe for any name.
    var marker = L.marker([place.latitude, place.longitude], {
      icon: icon(place.colour), title: place.name, alt: place.name
    });
    marker.bindPopup(function () { return popup(place); });
    return marker;
  });
  cluster.addLayers(markers);
  map.addLayer(cluster);
  if (data.bounds) { map.fitBounds(data.bounds, { padding: [24, 24], maxZoom: 13 }); }
  // For people who script the file, and for tests.
  window.recupereDonExport = { map: map, cluster: cluster };
}());
