import type { Check } from '../check.ts';

/** An app or website with Login-with-Amazon access to account data. */
export const connectedApp: Check = {
  id: 'amazon.connected-app',
  run: (records) =>
    (records.connectedApps ?? []).map((a) => ({
      id: 'amazon.connected-app',
      service: 'amazon',
      subject: { type: 'app', id: a.name, name: a.name },
      evidence: { source: 'amazon.privacy-page', field: 'Apps and Services with Access to Your Data' },
      details: { page: a.page },
    })),
};

/** A device registered to the Amazon account (Manage Your Content and Devices). */
export const registeredDevice: Check = {
  id: 'amazon.registered-device',
  run: (records) =>
    (records.amazonDevices ?? []).map((d) => ({
      id: 'amazon.registered-device',
      service: 'amazon',
      subject: { type: 'device', id: d.serial, name: d.name },
      evidence: { source: 'amazon.registered-devices', field: 'deviceList' },
      details: { family: d.family, type: d.typeName },
    })),
};
