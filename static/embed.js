/*! Récupère-DON! embed: <script src=".../static/embed.js" data-mrc="bellechasse" async></script>
 * inserts the map in an <iframe> right after itself and keeps it as tall as its content.
 * No global variable, no stylesheet: only the iframe's own inline style. */
(function () {
  "use strict";

  var PARAMS = ["mrc", "category", "action", "q", "bbox", "view", "controls", "height", "lang"];
  var MESSAGE = "recupere-don:height";
  var TITLES = {
    fr: "Carte des lieux de réemploi — Récupère-DON!",
    en: "Map of reuse places — Récupère-DON!"
  };

  function frameUrl(script) {
    var source = new URL(script.src, document.baseURI);
    // The app's root is the folder above /static/embed.js, wherever the app is mounted.
    var root = new URL("../", source);
    var config = script.getAttribute("data-config");
    var url = new URL(config ? "embed/" + encodeURIComponent(config) : "embed", root);
    PARAMS.forEach(function (name) {
      var value = script.getAttribute("data-" + name);
      if (value !== null && value !== "") { url.searchParams.set(name, value); }
    });
    return url;
  }

  function initialHeight(script) {
    var view = script.getAttribute("data-view");
    var mapHeight = parseInt(script.getAttribute("data-height"), 10) || 450;
    return view === "list" ? 600 : mapHeight + 110;
  }

  function embed(script) {
    if (!script || !script.src || script.getAttribute("data-recupere-don") === "ready") { return; }
    script.setAttribute("data-recupere-don", "ready");
    var url = frameUrl(script);
    var lang = script.getAttribute("data-lang") === "en" ? "en" : "fr";
    var frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = script.getAttribute("data-title") || TITLES[lang];
    frame.setAttribute("allow", "geolocation");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("scrolling", "no");
    frame.style.cssText = "display:block;width:100%;max-width:100%;border:0;margin:0;padding:0;" +
      "overflow:hidden;height:" + initialHeight(script) + "px";
    script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener("message", function (event) {
      // Only our own frame, from the app's origin, may change the height, and only to a number.
      if (event.origin !== url.origin || event.source !== frame.contentWindow) { return; }
      var data = event.data;
      if (!data || data.type !== MESSAGE) { return; }
      var height = Number(data.height);
      if (!isFinite(height) || height < 100 || height > 10000) { return; }
      frame.style.height = Math.round(height) + "px";
    });
  }

  if (document.currentScript) {
    embed(document.currentScript);
  } else {
    // Very old browsers: take every embed.js tag not yet handled.
    var scripts = document.querySelectorAll("script[src*='embed.js']");
    for (var i = 0; i < scripts.length; i += 1) { embed(scripts[i]); }
  }
})();
