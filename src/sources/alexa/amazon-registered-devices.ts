import type { AmazonRegisteredDevice } from '../../model/alexa.ts';
import { JsonReader, isObject, readEntries } from '../json-reader.ts';

export function looksLikeMycdDevices(body: unknown): boolean {
  return isObject(body) && (isObject(body['GetDevicesOverview']) || isObject(body['GetDevices']));
}

/** Manage Your Content and Devices (`hz/mycd/digital-console/ajax`, activity GetDevicesOverview; legacy GetDevices). */
export function readRegisteredDevices(body: unknown, reader: JsonReader): AmazonRegisteredDevice[] | null {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The device list is not a JSON object.');
    return null;
  }
  const overview = reader.object(body, 'GetDevicesOverview', '$');
  const legacy = overview ? null : reader.object(body, 'GetDevices', '$');
  const list = overview ? reader.array(overview, 'deviceList', 'GetDevicesOverview') : legacy ? reader.array(legacy, 'devices', 'GetDevices') : null;
  if (!list) {
    // Other activities (content lists) share the endpoint: not an error, just not a device list.
    reader.note('info', 'other-activity', '$', 'This response of the Content and Devices page is not the device list.');
    return null;
  }
  return readEntries(reader, list, 'deviceList', (d, i) => {
    if (!isObject(d)) return null;
    const at = `deviceList[${i}]`;
    const serial = reader.id(d, 'deviceSerialNumber', at);
    if (!serial) return null;
    return {
      serial,
      name: reader.string(d, 'deviceName', at) ?? serial,
      family: reader.string(d, 'deviceFamily', at),
      typeName: reader.string(d, 'displayCategoryFriendlyName', at) ?? reader.string(d, 'deviceTypeString', at),
    };
  });
}
