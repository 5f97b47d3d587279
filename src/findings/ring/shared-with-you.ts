import { defineFinding } from '../define-finding.ts';
import { deviceSubject } from '../subjects.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** A device someone else owns that this account can see (Ring lists those under `authorized_doorbots`, or marks them `owned: false`). */
export const sharedWithYou = defineFinding({
  id: 'ring.shared-with-you',
  check: (records) =>
    (records.ringDevices ?? [])
      .filter((device) => device.sharedWithYou)
      .map((device) => ({
        service: 'ring',
        subject: deviceSubject(device),
        evidence: {
          source: SOURCE.ringDevices,
          field: device.group === 'authorized_doorbots' ? 'authorized_doorbots' : 'owned',
        },
        details: { ownerName: device.owner?.name ?? null },
      })),
  catalog: {
    service: 'ring',
    risk: 'info',
    recipients: ['device-owner', 'ring'],
    steps: 3,
    helpUrl: {
      en: 'https://ring.com/support/articles/clv68/adding-and-managing-shared-and-guest-users',
      de: 'https://ring.com/de/de/support/articles/clv68/adding-and-managing-shared-and-guest-users',
    },
    helpUrlVerified: false,
    helpUrlNote: 'clv68 covers owners managing shared users; how a shared user leaves a share is not on that page (steps 2–3 not verified).',
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-12-03',
  },
  labels: ['video'],
  place: { kind: 'app', appSteps: 2, minutes: 3 },
});
