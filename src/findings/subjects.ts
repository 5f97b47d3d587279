import type { Records } from '../model/records.ts';
import type { Subject } from '../model/finding.ts';
import type { AlexaEchoDevice, SmartHomeEndpoint } from '../model/alexa.ts';
import type { RingDevice } from '../model/ring.ts';

/** What a finding is about, for both services: a device, an Echo, a smart-home endpoint, or the account itself. */

export function deviceSubject(device: RingDevice): Subject {
  return { type: 'device', id: device.id, name: device.name };
}

/** The Ring account as a finding subject; the id is the account's own when a profile or owned device told it. */
export function ringAccountSubject(records: Records): Subject {
  const id = records.ringProfile?.[0]?.accountId ?? records.ringDevices?.find((d) => d.owned && !d.sharedWithYou)?.owner?.id ?? 'ring-account';
  return { type: 'account', id, name: 'Ring' };
}

export const AMAZON_ACCOUNT: Subject = { type: 'account', id: 'amazon-account', name: 'Amazon' };

export function echoSubject(device: AlexaEchoDevice): Subject {
  return { type: 'device', id: device.serial, name: device.name };
}

export function endpointSubject(endpoint: SmartHomeEndpoint): Subject {
  return { type: 'device', id: endpoint.id, name: endpoint.name };
}

/** An imported data export as a finding subject: its file name tells the user which export it is. */
export function exportSubject(label: string): Subject {
  return { type: 'account', id: `export:${label}`, name: label };
}
