/* Récupère-DON! admin: under the opening-hours field, what the typed hours were read as, in plain
   words, and the next 7 days, before saving. Every text from the server goes in with textContent. */
(function () {
  "use strict";

  function initHoursPreview() {
    var box = document.getElementById("hours-preview");
    var input = document.getElementById("opening_hours");
    if (!box || !input || !window.fetch) {
      return;
    }
    var timer = null;
    var asked = 0;

    function add(parent, tag, text, className) {
      var node = document.createElement(tag);
      if (text) {
        node.textContent = text;
      }
      if (className) {
        node.className = className;
      }
      parent.appendChild(node);
      return node;
    }

    function show(data) {
      box.textContent = "";
      (data.problems || []).forEach(function (problem) {
        add(box, "p", problem, "warning");
      });
      if (data.description && data.description.length) {
        add(box, "p", box.dataset.label, "help");
        var list = add(box, "ul", "", "hours-description");
        data.description.forEach(function (line) { add(list, "li", line); });
      }
      if (data.osm) {
        add(box, "p", box.dataset.osmLabel + " " + data.osm, "help");
      }
      if (data.next_days && data.next_days.length) {
        add(box, "p", box.dataset.next, "help");
        var days = add(box, "ul", "", "hours-next-days");
        data.next_days.forEach(function (day) {
          add(days, "li", day.weekday + " : " +
              (day.ranges.length ? day.ranges.join(", ") : box.dataset.closed));
        });
      }
      box.hidden = !box.firstChild;
      box.dataset.state = data.problems && data.problems.length ? "problems" : "understood";
    }

    function preview() {
      var text = input.value.trim();
      var ticket = ++asked;
      if (!text) {
        box.textContent = "";
        box.hidden = true;
        box.dataset.state = "empty";
        return;
      }
      var query = new URLSearchParams({ text: text });
      fetch(box.dataset.url + "?" + query.toString(), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (data) {
        // Only the answer to the latest text counts: a slow earlier answer must not win.
        if (data && ticket === asked) {
          show(data);
          // The per-day picker (hours-picker.js) fills itself from what was understood.
          input.dispatchEvent(new CustomEvent("hours:read", { detail: { text: text, data: data } }));
        }
      }).catch(function () {
        box.dataset.state = "error";
      });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(preview, 300);
    });
    preview();
  }

  initHoursPreview();
}());
