import { defineFinding } from '../define-finding.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** A device registered to the Amazon account (Manage Your Content and Devices). */
export const registeredDevice = defineFinding({
  id: 'amazon.registered-device',
  check: (records) =>
    (records.amazonDevices ?? []).map((d) => ({
      service: 'amazon',
      subject: { type: 'device', id: d.serial, name: d.name },
      evidence: { source: SOURCE.amazonRegisteredDevices, field: 'deviceList' },
      details: { family: d.family, type: d.typeName },
    })),
  catalog: {
    service: 'amazon',
    risk: 'low',
    recipients: ['logged-in-devices'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=201958470',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201958470',
    },
    helpUrlVerified: false,
    helpUrlNote:
      'Node 201958470 (deregister a lost device; Devices, select, Deregister) read on an amazon.com host; the amazon.de copy of the same node was not read.',
    settingsUrl: { en: 'https://www.amazon.com/hz/mycd/digital-console/alldevices', de: 'https://www.amazon.de/hz/mycd/digital-console/alldevices' },
    reviewedOn: '2026-12-06',
  },
  labels: ['device-use'],
  place: { kind: 'web', path: '/hz/mycd/digital-console/alldevices', minutes: 3 },
  selfRecipient: 'logged-in-devices',
});
