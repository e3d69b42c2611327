// The embed configurator: keeps the snippets, the download link and the live preview in step
// with the form. The snippets are built by the server (/integrer/code), never here.
(function () {
  "use strict";

  var page = document.getElementById("configurator");
  var form = document.getElementById("cfg-form");
  if (!page || !form || !window.fetch) { return; }
  var preview = document.getElementById("cfg-preview");
  var status = document.getElementById("copy-status");
  var LISTS = ["mrc", "category", "action"];
  var timer = null;
  var pending = null;

  document.body.classList.add("js");

  function params() {
    var query = new URLSearchParams();
    LISTS.forEach(function (name) {
      var codes = Array.prototype.map.call(
        form.querySelectorAll("input[name='" + name + "']:checked"),
        function (input) { return input.value; });
      if (codes.length) { query.set(name, codes.join(",")); }
    });
    var q = form.elements.q.value.trim();
    if (q) { query.set("q", q); }
    var view = form.querySelector("input[name='view']:checked");
    if (view && view.value !== "both") { query.set("view", view.value); }
    if (!form.querySelector("input[name='controls'][type='checkbox']").checked) { query.set("controls", "0"); }
    var height = form.elements.height.value;
    if (height && height !== "450") { query.set("height", height); }
    var lang = form.querySelector("input[name='lang']");
    if (lang) { query.set("lang", lang.value); }
    return query;
  }

  function showPreview(code) {
    // Exactly what a partner's page does: a fresh embed.js tag with the same data-* attributes.
    var script = document.createElement("script");
    script.src = code.script_url;
    script.async = true;
    Object.keys(code.script_attributes).forEach(function (name) {
      script.setAttribute(name, code.script_attributes[name]);
    });
    preview.replaceChildren(script);
  }

  function update() {
    var query = params();
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(page.dataset.codeApi + "?" + query.toString(), { signal: pending.signal })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (code) {
        document.getElementById("code-script").value = code.script;
        document.getElementById("code-iframe").value = code.iframe;
        document.getElementById("code-url").value = code.frame_url;
        document.getElementById("export-link").href = code.export_url;
        var search = query.toString();
        window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
        showPreview(code);
      })
      .catch(function (error) { if (error.name !== "AbortError") { status.textContent = error.message; } });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 300);
  }

  form.addEventListener("change", later);
  form.addEventListener("input", later);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });

  function copied(button) {
    status.textContent = button.dataset.copied || status.dataset.copied || "✓";
  }

  page.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.dataset.copy);
      field.focus();
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { copied(button); },
          function () { document.execCommand("copy"); copied(button); });
      } else {
        document.execCommand("copy");
        copied(button);
      }
    });
  });
})();
