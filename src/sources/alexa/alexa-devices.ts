import type { AlexaEchoDevice } from '../../model/alexa.ts';
import { customerDigest } from '../../model/alexa.ts';
import { JsonReader, isObject } from '../json-reader.ts';

/** The Alexa app itself appears in the device list (and as "Alexa on this Phone" among the smart-home endpoints); it is not a device in the home. */
export const ALEXA_APP_DEVICE_TYPES = new Set(['A2TF17PFR55MTB', 'A2IVLV5VM2W81', 'A1ORT4KZ23OY88']);

export function looksLikeAlexaDevices(body: unknown): boolean {
  return isObject(body) && Array.isArray(body['devices']) && body['devices'].some((d) => isObject(d) && 'serialNumber' in d && 'deviceFamily' in d);
}

/** `api/devices-v2/device` → Echo and other Alexa devices with their capabilities. */
export function readAlexaDevices(body: unknown, reader: JsonReader): AlexaEchoDevice[] {
  const list = isObject(body) ? reader.array(body, 'devices', '$') : null;
  if (!list) {
    reader.note('error', 'missing-field', 'devices', 'No "devices" list.');
    return [];
  }
  return list.flatMap((entry, i) => {
    const at = `devices[${i}]`;
    if (!isObject(entry)) return [];
    const serial = reader.id(entry, 'serialNumber', at);
    if (!serial) {
      reader.note('warning', 'missing-id', at, 'Device without serialNumber; skipped.');
      return [];
    }
    const deviceType = reader.string(entry, 'deviceType', at);
    if (deviceType && ALEXA_APP_DEVICE_TYPES.has(deviceType)) return [];
    const capabilities = (reader.array(entry, 'capabilities', at) ?? []).filter((c): c is string => typeof c === 'string').slice(0, 200);
    return [
      {
        serial,
        name: reader.string(entry, 'accountName', at)?.trim() || serial,
        family: reader.string(entry, 'deviceFamily', at),
        deviceType,
        deviceAccountId: reader.id(entry, 'deviceAccountId', at),
        capabilities,
        online: reader.bool(entry, 'online', at),
        ownerDigest: digestOf(reader.id(entry, 'deviceOwnerCustomerId', at)),
      },
    ];
  });
}

/** The owner's id is not kept, only its digest (see AlexaEchoDevice.ownerDigest). */
function digestOf(id: string | null): string | null {
  return id ? customerDigest(id) : null;
}
