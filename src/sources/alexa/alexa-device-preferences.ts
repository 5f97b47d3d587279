import type { AlexaDeviceAddress } from '../../model/alexa.ts';
import { JsonReader, isObject } from '../json-reader.ts';
import { ALEXA_APP_DEVICE_TYPES } from './alexa-devices.ts';

const MAX_DEVICES = 2_000;

/** Fields of `deviceAddressModel` that hold part of a street address (home-assistant/core #147846, 2025-07). */
const ADDRESS_FIELDS = ['address1', 'address2', 'address3', 'street', 'houseNumber', 'city', 'postalCode', 'district', 'county', 'state'];

export function looksLikeDevicePreferences(body: unknown): boolean {
  return isObject(body) && Array.isArray(body['devicePreferences']);
}

/**
 * `api/device-preferences`: per Echo, the street address Amazon stores for it (`deviceAddressModel`, also the
 * flat `deviceAddress` / `postalCode`; home-assistant/core #147846 and #146896, 2025-06/07; ioBroker.alexa2 #1043).
 * The address itself is never kept: only that one is stored, and its country (to link the right Amazon site).
 */
export function readDevicePreferences(body: unknown, reader: JsonReader): AlexaDeviceAddress[] {
  const list = isObject(body) ? reader.array(body, 'devicePreferences', '$') : null;
  if (!list) {
    reader.note('error', 'missing-field', 'devicePreferences', 'No "devicePreferences" list.');
    return [];
  }
  if (list.length === 0) {
    reader.note('info', 'empty-list', 'devicePreferences', 'No device preferences: Amazon stores no address for any device here.');
    reader.answeredEmpty();
  }
  return list.slice(0, MAX_DEVICES).flatMap((entry, i) => {
    const at = `devicePreferences[${i}]`;
    if (!isObject(entry)) return [];
    const serial = reader.id(entry, 'deviceSerialNumber', at);
    if (!serial) {
      reader.note('warning', 'missing-id', at, 'Device preferences without deviceSerialNumber; skipped.');
      return [];
    }
    const deviceType = reader.string(entry, 'deviceType', at);
    if (deviceType && ALEXA_APP_DEVICE_TYPES.has(deviceType)) return []; // the Alexa app itself, not a device in the home
    const model = reader.object(entry, 'deviceAddressModel', at);
    const flat = [entry['deviceAddress'], entry['postalCode']].some((v) => typeof v === 'string' && v.trim() !== '');
    const structured = model ? ADDRESS_FIELDS.some((f) => typeof model[f] === 'string' && model[f].trim() !== '') : false;
    if (!model && !('deviceAddress' in entry)) {
      reader.note(
        'warning',
        'missing-field',
        `${at}.deviceAddressModel`,
        'Neither deviceAddressModel nor deviceAddress: whether an address is stored is unknown.',
      );
      return [];
    }
    const country = model ? reader.string(model, 'countryCode', `${at}.deviceAddressModel`) : null;
    return [
      {
        serial,
        deviceAccountId: reader.id(entry, 'deviceAccountId', at),
        deviceType,
        addressStored: flat || structured,
        country: country && /^[A-Z]{2}$/.test(country) ? country : null,
      },
    ];
  });
}
