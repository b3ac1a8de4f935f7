// The header's search panel: Pagefind's UI with the digest's filters, sorted by relevance or by date.
(function () {
  "use strict";
  var toggle = document.getElementById("__digest-search");
  var sortChoice = document.getElementById("digest-search-sort");
  if (!toggle || !sortChoice || typeof PagefindUI === "undefined") {
    return;
  }
  var ui = null;

  function currentQuery() {
    var input = document.querySelector("#digest-search input");
    return input ? input.value : "";
  }

  function start() {
    var query = currentQuery();
    if (ui) {
      ui.destroy();
    }
    ui = new PagefindUI({
      element: "#digest-search",
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      pageSize: 10,
      sort: sortChoice.value ? { date: sortChoice.value } : null,
    });
    if (query) {
      ui.triggerSearch(query);
    }
  }

  function focusBox() {
    var input = document.querySelector("#digest-search input");
    if (input) {
      input.focus();
    }
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      if (!ui) {
        start();
      }
      window.setTimeout(focusBox, 50);
    }
  });
  sortChoice.addEventListener("change", start);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
    }
  });
})();
