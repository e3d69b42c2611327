// Detail page: "Retour à la carte" returns to this tab's last search; copy the share link.
(function () {
  "use strict";
  var back = document.getElementById("back-to-map");
  var search = null;
  try { search = JSON.parse(window.sessionStorage.getItem("recupere-don.search") || "null"); } catch (error) { search = null; }
  if (back && typeof search === "string") {
    var target = new URL(search, window.location.href);
    var index = new URL(back.href);
    // Written by static/map.js; only ever the map page's own address, with this page's language.
    if (target.origin === index.origin && target.pathname === index.pathname) {
      var chosen = new URLSearchParams(window.location.search).get("lang");
      if (chosen && target.searchParams.get("lang") !== chosen) { target.searchParams.set("lang", chosen); }
      back.href = target.pathname + target.search;
    }
  }

  var button = document.getElementById("copy-link");
  var field = document.getElementById("share-url");
  if (!button || !field || !navigator.clipboard) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.copied;
    });
  });
})();
