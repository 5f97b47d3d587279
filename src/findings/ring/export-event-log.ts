import { defineFinding } from '../define-finding.ts';
import { exportSubject } from '../subjects.ts';
import { exportFactsOf } from '../export-facts.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { RING_DATA_REQUEST } from '../export-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** How many device events (`DeviceEvents.csv`) and app events Ring's export logs, and over which days. */
export const exportEventLog = defineFinding({
  id: 'ring.export-event-log',
  check: (records) =>
    exportFactsOf(records, 'ring').flatMap((facts) => {
      const e = facts.ringEvents;
      const device = e?.deviceEvents?.rows ?? 0;
      const app = e?.appEvents?.rows ?? 0;
      if (!e || device + app === 0) return [];
      const days = [e.deviceEvents?.firstDate, e.deviceEvents?.lastDate, e.appEvents?.firstDate, e.appEvents?.lastDate].filter((d): d is string => !!d).sort();
      return [
        {
          service: 'ring',
          subject: exportSubject(facts.label),
          evidence: { source: SOURCE.ringExport, field: [e.deviceEvents?.file, e.appEvents?.file].filter(Boolean).join(', ') },
          details: { page: facts.label, events: device + app, deviceEvents: device, appEvents: app, firstDate: days[0] ?? null, lastDate: days.at(-1) ?? null },
        },
      ];
    }),
  catalog: {
    service: 'ring',
    risk: 'low',
    recipients: ['ring'],
    steps: 1,
    helpUrl: RING_DATA_REQUEST,
    helpUrlVerified: false,
    helpUrlNote:
      "Ring's data-request page, named by a Ring community staff answer (stored copy read 2026-12-06); it needs a signed-in session, so its own text was not read.",
    settingsUrl: RING_CONTROL_CENTER,
    titleCount: 'events',
    titleArgs: ['events', 'deviceEvents', 'appEvents'],
    reviewedOn: '2026-12-06',
  },
  labels: ['device-use'],
  place: { kind: 'web', path: '/account/control-center', minutes: 10 },
});
