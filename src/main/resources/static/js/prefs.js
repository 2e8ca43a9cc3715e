// Applies the saved text size and contrast before the page paints (no flash of the default look).
(function () {
  try {
    var root = document.documentElement;
    var size = localStorage.getItem('mohinh.textSize');
    if (size) { root.setAttribute('data-text-size', size); }
    if (localStorage.getItem('mohinh.contrast') === 'high') { root.classList.add('high-contrast'); }
  } catch (e) { /* storage disabled: defaults apply */ }
})();
