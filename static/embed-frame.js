// Inside the embed frame, after map.js: tell the host page how tall the embed is.
(function () {
  "use strict";

  var box = document.getElementById("embed");
  if (!box) { return; }
  var MESSAGE = "recupere-don:height";

  if (window.parent === window) { return; }

  var last = 0;
  function report() {
    var height = Math.ceil(box.getBoundingClientRect().height);
    if (height === last) { return; }
    last = height;
    // Only a number leaves the frame; the host checks our origin before using it.
    window.parent.postMessage({ type: MESSAGE, height: height }, "*");
  }

  // ResizeObserver pauses while Chromium throttles an off-screen cross-origin frame; DOM changes
  // (the list filled in, a drawer opened) still arrive, so a frame below the fold is sized
  // before the visitor scrolls to it and the partner's page does not jump.
  var queued = false;
  function soon() {
    if (queued) { return; }
    queued = true;
    window.setTimeout(function () { queued = false; report(); }, 50);
  }
  if (window.ResizeObserver) { new window.ResizeObserver(report).observe(box); }
  new window.MutationObserver(soon).observe(box, { childList: true, subtree: true, attributes: true });
  window.addEventListener("resize", soon);
  window.addEventListener("load", report);
  report();
})();
