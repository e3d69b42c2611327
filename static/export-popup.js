// Popups of the standalone map, built with the DOM from JSON: names never become HTML.
window.recupereDonPopup = function (place) {
  "use strict";
  var labels = window.recupereDonLabels || {};
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }
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
};
