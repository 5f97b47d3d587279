// Stand-in for the Alexa Privacy app bundle: the records request as the real page makes it (POST with the CSRF header).
(function () {
  'use strict';
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var now = Date.now();
  Promise.all([
    fetch('/alexa-privacy/apd/rvh/customer-history-records-v2?startTime=0&endTime=' + now + '&pageType=VOICE_HISTORY', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=UTF-8', 'anti-csrftoken-a2z': token },
      body: JSON.stringify({ previousRequestToken: null }),
    }).then(function (r) { return r.json(); }),
    fetch('/alexa-privacy/apd/rvh/persons-in-household').then(function (r) { return r.json(); }),
  ]).then(function (bodies) {
    document.getElementById('records').textContent = bodies[0].customerHistoryRecords.length + ' Aufnahmen';
    document.body.setAttribute('data-app-loaded', 'true');
  }, function (e) {
    document.body.setAttribute('data-app-error', String(e));
  });
})();
