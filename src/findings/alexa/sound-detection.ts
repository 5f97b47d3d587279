import { defineFinding } from '../define-finding.ts';
import { echoSensing } from './echo-sensing.ts';

/** Listening for sounds (glass break, smoke alarm, snoring…). */
export const soundDetection = defineFinding({
  id: 'alexa.sound-detection',
  check: echoSensing(/SOUND_(EVENT_)?DETECTION|ACOUSTIC/i, /^Alexa\.AcousticEventSensor$/),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon', 'household'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "Amazon's Alexa privacy FAQ (GVP69FUJ48X9DK8V) has the sound-detection questions; read on amazon.com, the amazon.de copy seen only through a copy.",
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    reviewedOn: '2026-12-03',
  },
  labels: ['sound-events'],
  place: { kind: 'app', appSteps: 2, minutes: 3 },
});
