import { defineFinding } from '../define-finding.ts';
import { exportSubject } from '../subjects.ts';
import { exportFactsOf, nameList } from '../export-facts.ts';
import { AMAZON_DATA_REQUEST, AMAZON_DATA_REQUEST_NOTE } from '../export-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * Amazon's export lists every device ever registered to the account (`registration.csv`), also those Content and
 * Devices no longer shows: Amazon keeps a record of them. Compared with the list read now, when there is one.
 */
export const exportRegisteredDevices = defineFinding({
  id: 'amazon.export-registered-devices',
  check: (records) =>
    exportFactsOf(records, 'amazon').flatMap((facts) => {
      const devices = facts.registeredDevices;
      if (!devices || devices.count === 0) return [];
      const listed = records.amazonDevices ? new Set(records.amazonDevices.map((d) => d.name)) : null;
      const gone = listed ? devices.names.filter((n) => !listed.has(n)) : null;
      return [
        {
          service: 'amazon',
          subject: exportSubject(facts.label),
          evidence: { source: SOURCE.amazonExport, field: devices.file },
          details: {
            // Where it was read: the export's own name, so a newly imported export reads as newly read, not newly on.
            page: facts.label,
            ever: devices.count,
            listedNow: listed ? listed.size : null,
            notListedNow: gone ? gone.length : null,
            notListedNames: gone ? nameList(gone) : null,
            firstRegistered: devices.firstDate,
            lastRegistered: devices.lastDate,
            names: nameList(devices.names),
            ...(gone ? { textVariant: 'compared' } : {}),
          },
        },
      ];
    }),
  catalog: {
    service: 'amazon',
    risk: 'low',
    recipients: ['amazon'],
    steps: 2,
    helpUrl: AMAZON_DATA_REQUEST,
    helpUrlVerified: false,
    helpUrlNote: AMAZON_DATA_REQUEST_NOTE,
    settingsUrl: { en: 'https://www.amazon.com/hz/mycd/digital-console/alldevices', de: 'https://www.amazon.de/hz/mycd/digital-console/alldevices' },
    titleCount: 'ever',
    titleArgs: ['ever', 'notListedNow'],
    reviewedOn: '2026-12-06',
  },
  labels: ['device-list'],
  place: { kind: 'web', path: '/hz/mycd/digital-console/alldevices', minutes: 5 },
});
