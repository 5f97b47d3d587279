import { defineFinding } from '../define-finding.ts';
import { exportSubject } from '../subjects.ts';
import { exportFactsOf } from '../export-facts.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { RING_DATA_REQUEST } from '../export-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * Ring's export (`RingDeviceRegistry/Device.csv`) holds house-precise coordinates, the Wi-Fi name and IP addresses
 * of the devices. Only which of them it holds is kept; the values were dropped when the file was read.
 */
export const exportLocationData = defineFinding({
  id: 'ring.export-location-data',
  check: (records) =>
    exportFactsOf(records, 'ring').flatMap((facts) => {
      const l = facts.ringLocation;
      if (!l || !(l.coordinates || l.wifiName || l.ipAddresses || l.address)) return [];
      return [
        {
          service: 'ring',
          subject: exportSubject(facts.label),
          evidence: { source: SOURCE.ringExport, field: l.file },
          details: {
            // Where it was read: the export's own name, so a newly imported export reads as newly read, not newly on.
            page: facts.label,
            coordinates: l.coordinates,
            wifiName: l.wifiName,
            ipAddresses: l.ipAddresses,
            address: l.address,
            devices: l.devices.length,
            textVariant: l.coordinates ? 'coordinates' : 'network',
          },
        },
      ];
    }),
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['ring'],
    steps: 2,
    helpUrl: RING_DATA_REQUEST,
    helpUrlVerified: false,
    helpUrlNote:
      "Ring's data-request page, named by a Ring community staff answer (stored copy read 2026-12-06); it needs a signed-in session, so its own text was not read.",
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-12-06',
  },
  labels: ['location', 'network'],
  place: { kind: 'web', path: '/account/control-center', minutes: 10 },
});
