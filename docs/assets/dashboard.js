// Draws the home page's dashboard charts with the vendored Chart.js, from the JSON the page carries.
// Colours come from the theme's CSS variables and follow the light/dark toggle. Without Chart.js (or JavaScript)
// nothing here runs and the tables under the charts stay open.
(function () {
  "use strict";
  var source = document.getElementById("digest-dashboard-data");
  if (!source || typeof window.Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var charts = [];

  function themeColour(name, fallback) {
    var value = getComputedStyle(document.body).getPropertyValue(name).trim();
    return value || fallback;
  }

  function palette() {
    return {
      text: themeColour("--md-default-fg-color--light", "#666"),
      grid: themeColour("--md-default-fg-color--lightest", "#ddd"),
      // The link colour: the theme lightens it on the dark palette, where the primary colour reads poorly.
      bar: themeColour("--md-typeset-a-color", "#3f51b5"),
      line: "#e8913a",
      font: getComputedStyle(document.body).fontFamily,
    };
  }

  function axis(colours, extra) {
    var options = {
      ticks: { color: colours.text },
      grid: { color: colours.grid },
      border: { color: colours.grid },
    };
    return Object.assign(options, extra || {});
  }

  function periodsChart(colours) {
    return {
      data: {
        labels: data.periods.labels,
        datasets: [
          { type: "bar", label: "投资额（亿元）", data: data.periods.investment_yi, backgroundColor: colours.bar,
            yAxisID: "yuan", order: 2 },
          { type: "line", label: "文章数", data: data.periods.articles, borderColor: colours.line,
            backgroundColor: colours.line, yAxisID: "articles", tension: 0.2, order: 1 },
        ],
      },
      options: {
        scales: {
          x: axis(colours),
          yuan: axis(colours, { position: "left", beginAtZero: true, title: { display: true, text: "投资额（亿元）", color: colours.text } }),
          articles: axis(colours, { position: "right", beginAtZero: true, grid: { drawOnChartArea: false },
            ticks: { color: colours.text, precision: 0 }, title: { display: true, text: "文章（篇）", color: colours.text } }),
        },
      },
    };
  }

  // A province's bar also tells its investment on hover; a sector's does not, since it has no sum of its own.
  function investmentTooltip(series) {
    if (!series.investment_yi) {
      return {};
    }
    return { callbacks: { afterLabel: function (item) { return "投资额：" + series.investment_yi[item.dataIndex] + " 亿元"; } } };
  }

  function rankedBars(series, label) {
    return function (colours) {
      return {
        type: "bar",
        data: { labels: series.labels, datasets: [{ label: label, data: series.articles, backgroundColor: colours.bar }] },
        options: {
          indexAxis: "y",
          plugins: { legend: { display: false }, tooltip: investmentTooltip(series) },
          scales: { x: axis(colours, { beginAtZero: true, ticks: { color: colours.text, precision: 0 } }),
                    y: axis(colours, { grid: { display: false } }) },
        },
      };
    };
  }

  var figures = [
    ["digest-chart-periods", periodsChart, data.periods.labels.length],
    ["digest-chart-provinces", rankedBars(data.provinces, "文章数"), data.provinces.labels.length],
    ["digest-chart-sectors", rankedBars(data.sectors, "提及的文章数"), data.sectors.labels.length],
  ];

  function draw() {
    var colours = palette();
    Chart.defaults.font.family = colours.font;
    Chart.defaults.color = colours.text;
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    figures.forEach(function (figure) {
      var element = document.getElementById(figure[0]);
      if (!element || figure[2] === 0) {
        return;
      }
      var box = element.querySelector(".digest-chart-canvas");
      var config = figure[1](colours);
      config.options.responsive = true;
      config.options.maintainAspectRatio = false;
      config.options.animation = false;
      box.hidden = false;
      element.querySelector(".digest-chart-table").open = false;
      charts.push(new Chart(box.querySelector("canvas"), config));
    });
  }

  draw();
  // Material switches the palette by changing this attribute on <body>: redraw in the new colours.
  new MutationObserver(draw).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
