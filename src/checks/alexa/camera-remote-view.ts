import type { Check } from '../check.ts';
import { echoBy, echoSubject } from './alexa-subjects.ts';

/** An Echo Show's camera can be watched remotely from the app (`liveView` setting ENABLED). */
export const cameraRemoteView: Check = {
  id: 'alexa.camera-remote-view',
  run: (records) =>
    (records.alexaDeviceSettings ?? [])
      .filter((s) => s.key === 'liveView' && s.value?.toUpperCase() === 'ENABLED')
      .map((s) => {
        const echo = echoBy(records, { deviceAccountId: s.deviceAccountId });
        return {
          id: 'alexa.camera-remote-view',
          service: 'alexa',
          subject: echo ? echoSubject(echo) : { type: 'device', id: s.deviceAccountId, name: s.deviceAccountId },
          evidence: { source: 'alexa.device-setting', field: 'liveView' },
          details: { deviceAccountId: s.deviceAccountId },
        };
      }),
};
