/* Récupère-DON! admin: item suggestions in the "refused items" fields, one item after another.
   A native <datalist> suggests for the whole value; here each suggestion is rewritten as the
   items already typed followed by one more, so choosing one adds it to the list. */
(function () {
  "use strict";

  function initRefusals() {
    var list = document.getElementById("catalogue-items");
    var inputs = document.querySelectorAll("input[data-refusals]");
    if (!list || !inputs.length) {
      return;
    }
    var names = Array.prototype.map.call(list.options, function (option) {
      return option.value;
    });

    function suggest(input) {
      var value = input.value;
      var cut = value.lastIndexOf(";");
      var typed = cut < 0 ? "" : value.slice(0, cut + 1).replace(/\s*$/, " ");
      var chosen = typed.split(";").map(function (word) {
        return word.trim().toLowerCase();
      });
      list.textContent = "";
      names.forEach(function (name) {
        if (chosen.indexOf(name.toLowerCase()) >= 0) {
          return;
        }
        var option = document.createElement("option");
        option.value = typed + name;
        list.appendChild(option);
      });
    }

    Array.prototype.forEach.call(inputs, function (input) {
      input.addEventListener("focus", function () {
        suggest(input);
      });
      input.addEventListener("input", function () {
        suggest(input);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initRefusals);
  } else {
    initRefusals();
  }
})();
