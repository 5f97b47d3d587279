// Stand-in for account.ring.com's own app bundle: after load it asks its same-origin proxy for the device list
// only, the way the real app does (XHR with a csrf-token header, as axios does). Everything else must come from
// the extension. The fixture site templates the session's csrf-token into this script: it lives in this closure
// only, never in the DOM, a cookie or a global.
(function () {
  'use strict';
  var token = '__SESSION_TOKEN__';
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/cgw/clients_api/ring_devices');
  xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
  xhr.setRequestHeader('csrf-token', token);
  xhr.onload = function () {
    if (xhr.status === 200) document.body.setAttribute('data-app-loaded', 'true');
    else document.body.setAttribute('data-app-error', String(xhr.status));
  };
  xhr.onerror = function () { document.body.setAttribute('data-app-error', 'network'); };
  xhr.send();
})();
