// Stand-in for account.ring.com's app bundle on the hostile dashboard: the page's own requests (XHR for the device
// list, fetch for the rest), as the real app makes them. The responses carry the hostile payloads as names.
(function () {
  'use strict';
  var SETTINGS_READ = 5; // = HOSTILE_SETTINGS_READ in support/hostile-account.ts
  var headers = { 'csrf-token': '__SESSION_TOKEN__', Accept: 'application/json, text/plain, */*' };
  function xhrJson(url) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', url);
      Object.keys(headers).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error(url + ' ' + xhr.status));
      };
      xhr.onerror = reject;
      xhr.send();
    });
  }
  function fetchJson(url) {
    return fetch(url, { headers: headers }).then(function (r) {
      if (!r.ok) throw new Error(url + ' ' + r.status);
      return r.json();
    });
  }
  Promise.all([
    xhrJson('/api/cgw/clients_api/ring_devices').then(function (devices) {
      var owned = (devices.doorbots || []).filter(function (d) { return d.owned; }).slice(0, SETTINGS_READ);
      return Promise.all(owned.map(function (d) { return fetchJson('/api/cgw/devices/v1/devices/' + d.id + '/settings'); }));
    }),
    fetchJson('/api/cgw/clients_api/profile'),
    fetchJson('/api/cgw/devices/v1/locations').then(function (body) {
      return fetchJson('/api/cgw/clients_api/locations/' + body.user_locations[0].location_id + '/users');
    }),
  ]).then(function () {
    document.body.setAttribute('data-app-loaded', 'true');
  }, function (e) {
    document.body.setAttribute('data-app-error', String(e));
  });
})();
