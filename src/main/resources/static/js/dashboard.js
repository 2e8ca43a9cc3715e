// Dashboard charts (Chart.js), drawn from the data tables beside them: the header cells marked
// data-series are the series, the row headers the labels, data-value the numbers. The tables stay the
// accessible source; each canvas carries role="img" and a summary. Redrawn after htmx swaps the
// figures and when the contrast or the text size changes.
(function () {
  var charts = [];
  var PALETTE = ['#0b5ed7', '#b02a37', '#146c43', '#9a6700', '#6f42c1', '#0a7285', '#ab296a', '#495057'];
  var HIGH = ['#ffeb3b', '#80d8ff', '#ff8a80', '#b9f6ca', '#ffffff', '#ea80fc', '#ffd180', '#cfd8dc'];

  function highContrast() { return document.documentElement.classList.contains('high-contrast'); }

  function read(table) {
    var series = [];
    table.querySelectorAll('thead th').forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        series.push({ index: index, label: th.textContent.trim(), axis: th.getAttribute('data-axis') });
      }
    });
    var labels = [];
    var values = series.map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.children[0].textContent.trim());
      series.forEach(function (s, k) {
        var cell = row.children[s.index];
        var raw = cell ? cell.getAttribute('data-value') : null;
        values[k].push(raw === null || raw === '' ? null : Number(raw));
      });
    });
    return { labels: labels, series: series, values: values };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof window.Chart === 'undefined') { return; }
    var kind = canvas.getAttribute('data-chart');
    var data = read(table);
    var high = highContrast();
    var colors = high ? HIGH : PALETTE;
    var text = high ? '#ffffff' : '#212529';
    var grid = high ? '#8a8a8a' : '#dee2e6';
    var datasets = data.series.map(function (s, k) {
      var set = { label: s.label, data: data.values[k] };
      var color = colors[k % colors.length];
      if (kind === 'doughnut') {
        set.backgroundColor = data.labels.map(function (label, i) { return colors[i % colors.length]; });
        set.borderColor = high ? '#000000' : '#ffffff';
      } else if (kind === 'line') {
        set.borderColor = color;
        set.backgroundColor = color;
        set.pointRadius = 4;
        set.pointStyle = ['circle', 'rect', 'triangle', 'rectRot', 'star'][k % 5];
        if (s.axis) { set.yAxisID = s.axis; }
      } else {
        set.backgroundColor = color;
      }
      return set;
    });
    // Follow the A- A A+ toolbar: chart text is three quarters of the page's base size (12px at 16px).
    var base = parseFloat(window.getComputedStyle(document.documentElement).fontSize) || 16;
    var font = { size: Math.round(base * 0.75) };
    var options = {
      font: font,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: text,
      plugins: { legend: { display: kind !== 'bar' || datasets.length > 1, labels: { color: text, font: font } } }
    };
    if (kind !== 'doughnut') {
      var horizontal = canvas.getAttribute('data-index-axis') === 'y';
      var counts = { beginAtZero: true, ticks: { color: text, precision: 0, font: font }, grid: { color: grid } };
      var categories = { ticks: { color: text, autoSkip: false, font: font }, grid: { color: grid } };
      options.indexAxis = horizontal ? 'y' : 'x';
      options.scales = horizontal ? { x: counts, y: categories } : { x: categories, y: counts };
      if (data.series.some(function (s) { return s.axis === 'percent'; })) {
        options.scales.percent = { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
          ticks: { color: text, font: font, callback: function (v) { return v + '\u00a0%'; } } };
      }
    }
    charts.push(new window.Chart(canvas, { type: kind, data: { labels: data.labels, datasets: datasets }, options: options }));
    canvas.closest('.chart-box').hidden = false;
  }

  function drawAll() {
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', function (event) {
    var dashboard = document.getElementById('dashboard');
    if (!dashboard || !(dashboard === event.target || dashboard.contains(event.target))) { return; }
    drawAll();
    // Tell keyboard and screen-reader users where the new figures are (or which field is wrong).
    var next = dashboard.querySelector('.is-invalid') || document.getElementById('dashboard-heading');
    if (next) { next.focus(); }
  });
  document.addEventListener('click', function (event) {
    if (event.target.closest('.toolbar [data-contrast], .toolbar [data-text-size]')) { window.setTimeout(drawAll, 0); }
  });
})();
