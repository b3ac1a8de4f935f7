// The header's search panel: Pagefind's UI with the digest's filters, sorted by relevance or by date.
//
// One PagefindUI lives for the whole page. Changing the sort order never destroys it: its destroy() tears
// down the Pagefind instance that every UI of the page shares, asynchronously, so a UI made right after it
// could have its fresh instance wiped mid-search and show no results. Instead the new order is handed to the
// running UI (the same component update that Pagefind's own triggerSearch uses) and the query is run again
// by re-applying the filters the reader has ticked.
(function () {
  "use strict";
  var toggle = document.getElementById("__digest-search");
  var sortChoice = document.getElementById("digest-search-sort");
  var container = document.getElementById("digest-search");
  if (!toggle || !sortChoice || !container || typeof PagefindUI === "undefined") {
    return;
  }
  var ui = null;

  function sortOrder() {
    return sortChoice.value ? { date: sortChoice.value } : null;
  }

  function start() {
    var query = ui ? currentQuery() : "";
    if (ui) {
      ui.destroy();
    }
    ui = new PagefindUI({
      element: container,
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      pageSize: 10,
      sort: sortOrder(),
    });
    if (query) {
      ui.triggerSearch(query);
    }
  }

  function currentQuery() {
    var input = container.querySelector("input.pagefind-ui__search-input");
    return input ? input.value : "";
  }

  // The filters ticked in the panel, as PagefindUI.triggerFilters takes them: {name: [value, ...]}.
  function tickedFilters() {
    var ticked = {};
    container.querySelectorAll("input.pagefind-ui__filter-checkbox:checked").forEach(function (box) {
      (ticked[box.name] = ticked[box.name] || []).push(box.value);
    });
    return ticked;
  }

  function resort() {
    if (!ui) {
      return;
    }
    var component = ui._pfs;
    if (!component || typeof component.$$set !== "function") {
      start(); // a Pagefind release without this seam: a new UI in the new order, the query carried over
      return;
    }
    component.$$set({ sort: sortOrder() });
    ui.triggerFilters(tickedFilters()); // a new filter object: the UI searches again, in the new order
  }

  function focusBox() {
    var input = container.querySelector("input.pagefind-ui__search-input");
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
  sortChoice.addEventListener("change", resort);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
    }
  });
})();
