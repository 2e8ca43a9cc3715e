// The inspection form on a phone in a village: keeps a draft of what is typed in the browser,
// sends the form with fetch so that a dropped network loses nothing (the draft is sent again when
// the network returns), and captures the location when the user allows it. Without JavaScript the
// form is posted as usual.
(function () {
  'use strict';

  var PREFIX = 'mohinh.inspection.draft.';
  var SKIPPED = { _csrf: true, version: true };
  var sending = false;

  function storage() {
    try {
      var probe = PREFIX + 'probe';
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function currentForm() {
    return document.getElementById('inspection-form');
  }

  function message(form, name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    (values || []).forEach(function (value, i) {
      text = text.split('{' + i + '}').join(String(value));
    });
    return text;
  }

  function keyOf(form) {
    return PREFIX + form.getAttribute('data-draft-key');
  }

  function kept(element) {
    var type = (element.type || '').toLowerCase();
    return element.name && !SKIPPED[element.name] && type !== 'file' && type !== 'submit' && type !== 'button'
      && type !== 'reset';
  }

  // ---- the draft ----

  function readDraft(form) {
    var store = storage();
    if (!store) { return null; }
    try {
      return JSON.parse(store.getItem(keyOf(form)) || 'null');
    } catch (e) {
      return null;
    }
  }

  function saveDraft(form, pending) {
    var store = storage();
    if (!store) { return false; }
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element)) { return; }
      var type = element.type.toLowerCase();
      fields[element.name] = fields[element.name] || [];
      if (type === 'checkbox' || type === 'radio') {
        if (element.checked) { fields[element.name].push(element.value); }
      } else {
        fields[element.name].push(element.value);
      }
    });
    var previous = readDraft(form);
    var draft = {
      savedAt: new Date().toISOString(),
      pending: pending === undefined ? Boolean(previous && previous.pending) : pending,
      fields: fields
    };
    try {
      store.setItem(keyOf(form), JSON.stringify(draft));
      return true;
    } catch (e) {
      return false;
    }
  }

  function clearDraft(form) {
    var store = storage();
    if (store) { store.removeItem(keyOf(form)); }
  }

  function restoreDraft(form, draft) {
    var seen = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element) || !Object.prototype.hasOwnProperty.call(draft.fields, element.name)) { return; }
      var values = draft.fields[element.name];
      var type = element.type.toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        element.checked = values.indexOf(element.value) >= 0;
      } else {
        var index = seen[element.name] || 0;
        seen[element.name] = index + 1;
        if (index < values.length) { element.value = values[index]; }
      }
    });
  }

  function notice(text) {
    var box = document.getElementById('draft-notice');
    var span = document.getElementById('draft-text');
    if (!box || !span) { return; }
    span.textContent = text;
    box.hidden = false;
  }

  function hideNotice() {
    var box = document.getElementById('draft-notice');
    if (box) { box.hidden = true; }
  }

  function when(iso) {
    var day = new Date(iso);
    if (isNaN(day.getTime())) { return ''; }
    function two(n) { return n < 10 ? '0' + n : String(n); }
    return two(day.getHours()) + ':' + two(day.getMinutes()) + ' ' + two(day.getDate()) + '/' + two(day.getMonth() + 1)
      + '/' + day.getFullYear();
  }

  // ---- sending ----

  function keepForLater(form) {
    saveDraft(form, true);
    notice(message(form, 'draft-saved'));
  }

  function send(form) {
    if (sending) { return; }
    sending = true;
    var button = form.querySelector('button[type=submit]');
    if (button) { button.disabled = true; }
    notice(message(form, 'draft-sending'));
    var headers = { 'Accept': 'text/html' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: headers })
      .then(function (response) {
        return response.text().then(function (html) { return { response: response, html: html }; });
      })
      .then(function (result) {
        sending = false;
        var response = result.response;
        var path = new URL(response.url, window.location.href).pathname;
        if (response.redirected && /\/inspections\/\d+$/.test(path)) {
          clearDraft(form);
          render(result.html, response.url);
          return;
        }
        if (response.redirected && /\/login$/.test(path)) {
          // The session ended: the draft stays for when the user comes back to the form.
          saveDraft(form, false);
          window.location.assign(response.url);
          return;
        }
        // The form again with its messages (or an error page): the draft stays until it is saved.
        saveDraft(form, false);
        render(result.html, null);
      })
      .catch(function () {
        sending = false;
        if (button) { button.disabled = false; }
        keepForLater(form);
      });
  }

  /** Shows the page the server answered in place of the form, as a normal navigation would. */
  function render(html, url) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var next = page.querySelector('main');
    var main = document.querySelector('main');
    if (!next || !main) {
      document.open();
      document.write(html);
      document.close();
      return;
    }
    if (page.title) { document.title = page.title; }
    main.replaceWith(next);
    if (url) { window.history.pushState({}, '', url); }
    if (window.htmx) { window.htmx.process(next); }
    var heading = next.querySelector('#form-errors') || next.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    start();
  }

  // ---- location ----

  function showLocation(form, latitude, longitude, accuracy) {
    var status = document.getElementById('location-status');
    if (status) { status.textContent = message(form, 'location-found', [latitude, longitude, accuracy]); }
  }

  function locate(form) {
    var status = document.getElementById('location-status');
    if (!navigator.geolocation) { return; }
    if (status) { status.textContent = message(form, 'location-asking'); }
    navigator.geolocation.getCurrentPosition(function (position) {
      var latitude = position.coords.latitude.toFixed(6);
      var longitude = position.coords.longitude.toFixed(6);
      var accuracy = Math.round(position.coords.accuracy || 0);
      form.elements.latitude.value = latitude;
      form.elements.longitude.value = longitude;
      form.elements.locationAccuracy.value = String(accuracy);
      showLocation(form, latitude, longitude, accuracy);
      saveDraft(form);
    }, function (error) {
      if (status) {
        status.textContent = message(form, error && error.code === 1 ? 'location-denied' : 'location-unavailable');
      }
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  }

  // ---- wiring ----

  function start() {
    var form = currentForm();
    if (!form || form.getAttribute('data-ready') === 'true') { return; }
    form.setAttribute('data-ready', 'true');
    var store = storage();

    var button = document.getElementById('location-button');
    if (button && navigator.geolocation) {
      button.hidden = false;
      button.addEventListener('click', function () { locate(form); });
      var empty = !form.elements.latitude.value;
      if (empty && navigator.permissions && navigator.permissions.query) {
        // Asked before and allowed: take the location at once; never ask unprompted.
        navigator.permissions.query({ name: 'geolocation' }).then(function (state) {
          if (state.state === 'granted') { locate(form); }
        }).catch(function () { /* no permission API: the button is there */ });
      }
    }

    if (!store) { return; }
    var draft = readDraft(form);
    if (draft && draft.fields) {
      if (!document.getElementById('form-errors')) {
        // The server's page shows what is saved; the draft is what the user typed since.
        restoreDraft(form, draft);
        notice(message(form, 'draft-restored', [when(draft.savedAt)]));
      } else if (draft.pending) {
        notice(message(form, 'draft-kept'));
      }
      if (form.elements.latitude.value && form.elements.longitude.value) {
        showLocation(form, form.elements.latitude.value, form.elements.longitude.value,
          form.elements.locationAccuracy.value || '?');
      }
    }

    form.addEventListener('input', function () { saveDraft(form); });
    form.addEventListener('change', function () { saveDraft(form); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (navigator.onLine === false) {
        keepForLater(form);
        return;
      }
      saveDraft(form);
      send(form);
    });
    var discard = document.getElementById('draft-discard');
    if (discard) {
      discard.addEventListener('click', function () {
        clearDraft(form);
        form.reset();
        hideNotice();
      });
    }
  }

  window.addEventListener('online', function () {
    var form = currentForm();
    if (!form) { return; }
    var draft = readDraft(form);
    if (draft && draft.pending) { send(form); }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
