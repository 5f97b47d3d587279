import type { AlexaEchoDevice } from '../../model/alexa.ts';
import { customerDigest } from '../../model/alexa.ts';
import { JsonReader, SKIPPED, isObject, readEntries } from '../json-reader.ts';
import { isGroupEntry, makerOf } from './alexa-device-makers.ts';

/** The Alexa app itself appears in the device list (and as "Alexa on this Phone" among the smart-home endpoints); it is not a device in the home. */
export const ALEXA_APP_DEVICE_TYPES = new Set([
  'A2TF17PFR55MTB',
  'A2IVLV5VM2W81',
  'A1ORT4KZ23OY88',
  // Alexa App for PC (aioamazondevices PR #248, 2025-06-12).
  'A1RTAM01W29CUP',
]);

export function looksLikeAlexaDevices(body: unknown): boolean {
  return isObject(body) && Array.isArray(body['devices']) && body['devices'].some((d) => isObject(d) && 'serialNumber' in d && 'deviceFamily' in d);
}

/**
 * `api/devices-v2/device` → Echo and other Alexa devices with their capabilities and maker. Speaker groups
 * (`deviceFamily: "WHA"`, `clusterMembers`) and stereo pairs are groups of devices listed one by one, and the Alexa
 * apps on phones and PCs are not devices in the home: both are skipped (a group with an info note).
 */
export function readAlexaDevices(body: unknown, reader: JsonReader): AlexaEchoDevice[] {
  const list = isObject(body) ? reader.array(body, 'devices', '$') : null;
  if (!list) {
    reader.note('error', 'missing-field', 'devices', 'No "devices" list.');
    return [];
  }
  // Unreadable entries make the list partial or an error, never "no devices" (json-reader.ts settleList).
  return readEntries(reader, list, 'devices', (entry, i) => {
    const at = `devices[${i}]`;
    if (!isObject(entry)) return null;
    const serial = reader.id(entry, 'serialNumber', at);
    if (!serial) {
      reader.note('warning', 'missing-id', at, 'Device without serialNumber; skipped.');
      return null;
    }
    const deviceType = reader.string(entry, 'deviceType', at);
    if (deviceType && ALEXA_APP_DEVICE_TYPES.has(deviceType)) return SKIPPED;
    const family = reader.string(entry, 'deviceFamily', at);
    if (isGroupEntry(family, deviceType, entry['clusterMembers'])) {
      reader.note('info', 'group-skipped', at, 'A speaker group or stereo pair: a group of devices listed on their own, not a device.');
      return SKIPPED;
    }
    const made = makerOf(family, deviceType);
    // Page-derived and shown as text: a short label or nothing.
    const friendly = made.thirdParty ? reader.string(entry, 'deviceTypeFriendlyName', at)?.trim() : undefined;
    const model = friendly && friendly.length <= 120 ? friendly : null;
    const capabilities = (reader.array(entry, 'capabilities', at) ?? []).filter((c): c is string => typeof c === 'string').slice(0, 200);
    return {
      serial,
      name: reader.string(entry, 'accountName', at)?.trim() || serial,
      maker: made.maker,
      ...(model ? { model } : {}),
      family,
      deviceType,
      deviceAccountId: reader.id(entry, 'deviceAccountId', at),
      capabilities,
      online: reader.bool(entry, 'online', at),
      ownerDigest: digestOf(reader.id(entry, 'deviceOwnerCustomerId', at)),
    };
  });
}

/** The owner's id is not kept, only its digest (see AlexaEchoDevice.ownerDigest). */
function digestOf(id: string | null): string | null {
  return id ? customerDigest(id) : null;
}
