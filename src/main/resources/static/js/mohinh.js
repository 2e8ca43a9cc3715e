// Text size (A- A A+) and contrast toolbar, remembered per browser; CSRF header for htmx requests.
(function () {
  var root = document.documentElement;
  function save(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* ignore */ } }
  function setSize(step) {
    var current = parseInt(root.getAttribute('data-text-size') || '0', 10);
    var next = step === 0 ? 0 : Math.max(-1, Math.min(3, current + step));
    root.setAttribute('data-text-size', String(next));
    save('mohinh.textSize', String(next));
  }
  function setContrast(mode) {
    root.classList.toggle('high-contrast', mode === 'high');
    save('mohinh.contrast', mode);
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-text-size],[data-contrast]');
    if (!button || !button.closest('.toolbar')) { return; }
    if (button.hasAttribute('data-text-size')) { setSize(parseInt(button.getAttribute('data-text-size'), 10)); }
    else { setContrast(button.getAttribute('data-contrast')); }
  });
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });
})();
