import { defineFinding } from '../define-finding.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * Amazon stores a street address per Echo (`api/device-preferences`, `deviceAddressModel`; home-assistant/core
 * #147846): Alexa uses it for local answers, and skills granted the device-address permission read it
 * (`read::alexa:device:all:address`, Amazon's Device Settings API). Only that an address is stored is kept.
 */
export const deviceAddress = defineFinding({
  id: 'alexa.device-address',
  check: (records) => {
    const names = new Map((records.alexaDevices ?? []).map((d) => [d.serial, d.name]));
    return (records.alexaDeviceAddresses ?? [])
      .filter((a) => a.addressStored)
      .map((a) => ({
        service: 'alexa' as const,
        subject: { type: 'device' as const, id: a.serial, name: names.get(a.serial) ?? a.serial },
        evidence: { source: SOURCE.alexaDevicePreferences, field: 'devicePreferences[].deviceAddressModel' },
        details: { country: a.country },
      }));
  },
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon', 'skill-vendor'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "Amazon's Alexa privacy FAQ (GVP69FUJ48X9DK8V), as for alexa.state-queryable; no help article on the device address was found. That the address is set in the Alexa app and read by skills with read::alexa:device:all:address is from Amazon's Device Settings API reference (developer.amazon.com, en-US, read 2026-12-06). The app path (Devices, Echo & Alexa, Device Location) is not from an article.",
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    reviewedOn: '2026-12-06',
  },
  labels: ['address'],
  place: { kind: 'app', appSteps: 3, minutes: 3 },
});
