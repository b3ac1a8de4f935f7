/* Sort a table by the column whose header is clicked (again: the other way round). Tables opt in with the
   class digest-sortable; a cell's data-sort attribute, when present, is the value sorted on (a number of yuan
   rather than "1.2万亿元"). Numbers sort as numbers, the rest by the Chinese collation. */
(function () {
  "use strict";
  var collator = new Intl.Collator("zh-CN", { numeric: true });

  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) return "";
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  var NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) return parseFloat(a) - parseFloat(b);
    return collator.compare(a, b);
  }

  function sortBy(table, header, column) {
    var body = table.tBodies[0];
    if (!body) return;
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var order = compare(cellValue(r1, column), cellValue(r2, column));
      return ascending ? order : -order;
    });
    Array.prototype.forEach.call(header.parentNode.cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function enable(root) {
    root.querySelectorAll("table.digest-sortable").forEach(function (table) {
      if (table.dataset.sortable === "on" || !table.tHead) return;
      table.dataset.sortable = "on";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
        header.setAttribute("tabindex", "0");
        header.setAttribute("title", "点击排序");
        header.addEventListener("click", function () { sortBy(table, header, column); });
        header.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(table, header, column); }
        });
      });
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { enable(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enable(document); });
  } else {
    enable(document);
  }
})();
