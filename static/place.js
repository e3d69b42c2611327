// Detail page: copy the share link (the field stays usable without JavaScript).
(function () {
  "use strict";
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
