import { defineFinding } from '../define-finding.ts';
import { echoSensing } from './echo-sensing.ts';

/** Whether people are present, from the camera or ultrasound: Echo Show presence detection. */
export const presenceDetection = defineFinding({
  id: 'alexa.presence-detection',
  check: echoSensing(/PRESENCE/i, /^Alexa\.EventDetectionSensor$/),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GCDDK2AGHRZS6N5X',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GCDDK2AGHRZS6N5X',
    },
    helpUrlVerified: false,
    helpUrlNote: 'Node GCDDK2AGHRZS6N5X (occupancy routines) read on an Amazon UK host; the amazon.com and amazon.de copies of the same node were not read.',
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    reviewedOn: '2026-12-03',
  },
  labels: ['presence'],
  place: { kind: 'app', appSteps: 3, minutes: 3 },
});
