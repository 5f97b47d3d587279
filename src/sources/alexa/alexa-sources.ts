import type { SourceReader } from '../source-reader.ts';
import { AMAZON_ENDPOINTS, AMAZON_HOST, AMAZON_SETTINGS_PAGE, type AmazonEndpoint } from './endpoints.ts';
import { looksLikeAlexaDevices, readAlexaDevices } from './alexa-devices.ts';
import { looksLikeAlexaEndpoints, readAlexaEndpoints } from './alexa-endpoints.ts';
import { looksLikeAlexaEntities, readAlexaEntities } from './alexa-entities.ts';
import { looksLikeAlexaDeviceSetting, readAlexaDeviceSetting } from './alexa-device-setting.ts';
import { looksLikeAlexaHousehold, looksLikePersons, readAlexaHousehold, readPersons } from './alexa-household.ts';
import { looksLikeVoiceHistory, readVoiceHistory } from './amazon-voice-history.ts';
import { looksLikeMycdDevices, readRegisteredDevices } from './amazon-registered-devices.ts';
import { looksLikeYourSkills, readYourSkills } from './alexa-skills.ts';
import { readAmazonPage } from './amazon-privacy-page.ts';
import { looksLikeDevicePreferences, readDevicePreferences } from './alexa-device-preferences.ts';
import { SOURCE } from '../../model/source-ids.ts';

const on = (endpoint: AmazonEndpoint) => (_c: unknown, url: URL | null) =>
  url !== null && AMAZON_HOST.test(url.hostname) && AMAZON_ENDPOINTS[endpoint].test(url.pathname);

export const ALEXA_SOURCES: readonly SourceReader<string>[] = [
  {
    id: SOURCE.amazonPrivacyPage,
    service: 'amazon',
    kind: 'page-outline',
    matches: (c, url) => c.via === 'page-outline' && url !== null && AMAZON_HOST.test(url.hostname) && AMAZON_SETTINGS_PAGE.test(url.pathname),
    // An outline without a URL is a Ring Control Center page unless it carries Amazon's labels; never guessed.
    sniff: () => false,
    read: (c, url, reader) => {
      const { settings, permissions, apps, unknown } = readAmazonPage(c.body, url?.pathname ?? c.label ?? '', reader);
      return { amazonSettings: settings, skillPermissions: permissions, connectedApps: apps, ...(unknown.length > 0 ? { unknownSettings: unknown } : {}) };
    },
  },
  {
    id: SOURCE.alexaDevices,
    service: 'alexa',
    kind: 'json',
    matches: on('alexaDevices'),
    sniff: looksLikeAlexaDevices,
    read: (c, _url, reader) => ({ alexaDevices: readAlexaDevices(c.body, reader) }),
  },
  {
    id: SOURCE.alexaSmartHome,
    service: 'alexa',
    kind: 'json',
    matches: on('alexaGraphql'),
    sniff: looksLikeAlexaEndpoints,
    read: (c, _url, reader) => ({ alexaEndpoints: readAlexaEndpoints(c.body, reader) }),
  },
  {
    id: SOURCE.alexaSmartHomeEntities,
    service: 'alexa',
    kind: 'json',
    matches: (c, url) => on('alexaSmartHomeEntities')(c, url) && url?.searchParams.get('skillId') === 'amzn1.ask.1p.smarthome',
    sniff: looksLikeAlexaEntities,
    read: (c, _url, reader) => ({ alexaEndpoints: readAlexaEntities(c.body, reader) }),
  },
  {
    id: SOURCE.alexaDeviceSetting,
    service: 'alexa',
    kind: 'json',
    matches: on('alexaDeviceSetting'),
    sniff: looksLikeAlexaDeviceSetting,
    read: (c, url, reader) => {
      const m = url ? AMAZON_ENDPOINTS.alexaDeviceSetting.exec(url.pathname) : null;
      const setting = readAlexaDeviceSetting(
        c.body,
        { deviceAccountId: m?.[1] ? decodeURIComponent(m[1]) : null, key: m?.[2] ? decodeURIComponent(m[2]) : null },
        reader,
      );
      return setting ? { alexaDeviceSettings: [setting] } : {};
    },
  },
  {
    id: SOURCE.alexaDevicePreferences,
    service: 'alexa',
    kind: 'json',
    matches: on('alexaDevicePreferences'),
    sniff: looksLikeDevicePreferences,
    read: (c, _url, reader) => ({ alexaDeviceAddresses: readDevicePreferences(c.body, reader) }),
  },
  {
    id: SOURCE.alexaHousehold,
    service: 'alexa',
    kind: 'json',
    matches: on('alexaHousehold'),
    sniff: looksLikeAlexaHousehold,
    read: (c, _url, reader) => ({ alexaHousehold: readAlexaHousehold(c.body, reader) }),
  },
  {
    id: SOURCE.amazonPersons,
    service: 'amazon',
    kind: 'json',
    matches: on('personsInHousehold'),
    sniff: looksLikePersons,
    read: (c, _url, reader) => ({ alexaHousehold: readPersons(c.body, reader) }),
  },
  {
    id: SOURCE.amazonVoiceHistory,
    service: 'amazon',
    kind: 'json',
    matches: (c, url) => on('voiceHistoryRvh')(c, url) || on('voiceHistoryRah')(c, url),
    sniff: looksLikeVoiceHistory,
    read: (c, _url, reader) => {
      const summary = readVoiceHistory(c.body, reader);
      return summary ? { voiceHistory: [summary] } : {};
    },
  },
  {
    id: SOURCE.amazonRegisteredDevices,
    service: 'amazon',
    kind: 'json',
    matches: on('mycdAjax'),
    sniff: looksLikeMycdDevices,
    read: (c, _url, reader) => {
      const devices = readRegisteredDevices(c.body, reader);
      return devices ? { amazonDevices: devices } : {};
    },
  },
  {
    id: SOURCE.alexaSkills,
    service: 'alexa',
    kind: 'json',
    matches: on('yourSkills'),
    sniff: looksLikeYourSkills,
    read: (c, _url, reader) => ({ alexaSkills: readYourSkills(c.body, reader) }),
  },
] satisfies readonly SourceReader[];
