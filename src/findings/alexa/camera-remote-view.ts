import { defineFinding } from '../define-finding.ts';
import { echoSubject } from '../subjects.ts';
import { echoBy } from './alexa-records.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** An Echo Show's camera can be watched remotely from the app (`liveView` setting ENABLED). */
export const cameraRemoteView = defineFinding({
  id: 'alexa.camera-remote-view',
  check: (records) =>
    (records.alexaDeviceSettings ?? [])
      .filter((s) => s.key === 'liveView' && s.value?.toUpperCase() === 'ENABLED')
      .map((s) => {
        const echo = echoBy(records, { deviceAccountId: s.deviceAccountId });
        return {
          service: 'alexa',
          subject: echo ? echoSubject(echo) : { type: 'device', id: s.deviceAccountId, name: s.deviceAccountId },
          evidence: { source: SOURCE.alexaDeviceSetting, field: 'liveView' },
          details: { deviceAccountId: s.deviceAccountId },
        };
      }),
  catalog: {
    service: 'alexa',
    risk: 'high',
    recipients: ['household', 'logged-in-devices'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
    },
    helpUrlVerified: false,
    helpUrlNote: 'No Amazon article on Home Monitoring was found; the link is the general Alexa privacy FAQ.',
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    reviewedOn: '2026-12-03',
  },
  labels: ['live-view'],
  place: { kind: 'app', appSteps: 2, minutes: 2 },
});
