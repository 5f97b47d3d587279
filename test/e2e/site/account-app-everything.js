// The older stand-in for account.ring.com's app bundle, kept for tests that need a page which loads everything
// itself (fixture-site.ts `dashboardApp: 'everything'`): XHR for the device list, as axios does; fetch for the rest.
// The fixture site templates the session's csrf-token into the script; it stays in this closure.
(function () {
  'use strict';
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
    return fetch(url, { headers: headers }).then(function (r) { return r.json(); });
  }
  Promise.all([
    xhrJson('/api/cgw/clients_api/ring_devices').then(function (devices) {
      var cams = [].concat(devices.doorbots || [], devices.stickup_cams || []).filter(function (d) { return d.owned; });
      return Promise.all(cams.map(function (d) { return fetchJson('/api/cgw/devices/v1/devices/' + d.id + '/settings'); }));
    }),
    fetchJson('/api/cgw/clients_api/profile'),
    fetchJson('/api/cgw/devices/v1/locations').then(function (body) {
      return Promise.all(body.user_locations.map(function (l) { return fetchJson('/api/cgw/clients_api/locations/' + l.location_id + '/users'); }));
    }),
  ]).then(function () {
    document.body.setAttribute('data-app-loaded', 'true');
  }, function (e) {
    document.body.setAttribute('data-app-error', String(e));
  });
})();
