/**
 * The inputs the source fuzz test (`sources.fuzz.test.ts`) reads: at least one per source reader, each from a fixture
 * under test/fixtures at a URL the reader matches. `sources/registry-meta.test.ts` requires an entry for every source
 * of the registry (`SOURCE`), so a new source fails there until it has one here.
 */
import { parseHTML } from 'linkedom';
import type { Capture } from '../../../src/model/capture.ts';
import type { SourceId } from '../../../src/model/source-ids.ts';
import { extractNextData } from '../../../src/sources/extract-page-state.ts';
import { extractOutline } from '../../../src/sources/page-outline/extract-outline.ts';
import { alexaFixtureJson, alexaFixtureText, fixtureJson, fixtureText } from '../fixtures.ts';

const LOC = '9f2d5a7e-0000-4000-8000-000000000001';
const CGW = 'https://account.ring.com/api/cgw';
const ALEXA = 'https://alexa.amazon.de';
const AMAZON = 'https://www.amazon.de';

/** One input per entry: the source it must route to, the URL it is read at, and the real-shaped fixture it starts from. */
export interface FuzzInput {
  id: SourceId;
  url: string;
  via?: Capture['via'];
  fixture: () => unknown;
}

export const FUZZ_INPUTS: readonly FuzzInput[] = [
  { id: 'ring.devices', url: `${CGW}/clients_api/ring_devices`, fixture: () => fixtureJson('ring-devices.json') },
  { id: 'ring.device-settings', url: `${CGW}/devices/v1/devices/70010001/settings`, fixture: () => fixtureJson('settings-70010001.json') },
  { id: 'ring.device-info', url: `${CGW}/device_info/v3/devices/70010003`, fixture: () => fixtureJson('device-info-70010003.json') },
  { id: 'ring.device', url: `${CGW}/devices/v1/devices/70040003`, fixture: () => fixtureJson('2026/device-v1-70040003.json') },
  { id: 'ring.profile', url: `${CGW}/clients_api/profile`, fixture: () => fixtureJson('session.json') },
  { id: 'ring.locations', url: `${CGW}/devices/v1/locations`, fixture: () => fixtureJson('locations.json') },
  { id: 'ring.locations', url: `${CGW}/location_info/v4/locations/${LOC}`, fixture: () => fixtureJson(`location-v4-${LOC}.json`) },
  { id: 'ring.location-users', url: `${CGW}/clients_api/locations/${LOC}/users`, fixture: () => fixtureJson(`users-${LOC}.json`) },
  { id: 'ring.key-associations', url: `${CGW}/integrations/amazonkey/v2/devices/lock_associations`, fixture: () => fixtureJson('lock-associations.json') },
  {
    id: 'ring.monitoring',
    url: `https://prd-api-us.prd.rings.solutions/api/v1/rs/monitoring/accounts/${LOC}`,
    fixture: () => fixtureJson(`monitoring-${LOC}.json`),
  },
  { id: 'ring.page-state', url: 'https://account.ring.com/account/dashboard', via: 'page-state', fixture: () => nextDataOf('account-dashboard.html') },
  {
    id: 'ring.control-center',
    url: 'https://account.ring.com/account/control-center',
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(fixtureText('control-center-de.html')).document),
  },
  { id: 'alexa.devices', url: `${ALEXA}/api/devices-v2/device`, fixture: () => alexaFixtureJson('devices-v2.json') },
  { id: 'alexa.smart-home', url: `${ALEXA}/nexus/v1/graphql`, fixture: () => alexaFixtureJson('graphql-endpoints.json') },
  { id: 'alexa.smart-home', url: `${ALEXA}/nexus/v1/graphql`, fixture: () => alexaFixtureJson('graphql-endpoints-amazon.json') },
  { id: 'alexa.smart-home', url: `${ALEXA}/nexus/v1/graphql`, fixture: () => alexaFixtureJson('graphql-endpoints-partial.json') },
  {
    id: 'alexa.smart-home-entities',
    url: `${ALEXA}/api/behaviors/entities?skillId=amzn1.ask.1p.smarthome`,
    fixture: () => alexaFixtureJson('smart-home-entities.json'),
  },
  { id: 'alexa.device-setting', url: `${ALEXA}/api/v1/devices/A1EXAMPLE0SHOWACCT/settings/liveView`, fixture: () => alexaFixtureJson('liveview-setting.json') },
  { id: 'alexa.household', url: `${ALEXA}/api/household`, fixture: () => alexaFixtureJson('household.json') },
  { id: 'alexa.device-preferences', url: `${ALEXA}/api/device-preferences`, fixture: () => alexaFixtureJson('device-preferences.json') },
  { id: 'amazon.persons', url: `${AMAZON}/alexa-privacy/apd/rvh/persons-in-household`, fixture: () => alexaFixtureJson('persons-in-household.json') },
  { id: 'amazon.voice-history', url: `${AMAZON}/alexa-privacy/apd/rvh/customer-history-records-v2`, fixture: () => alexaFixtureJson('voice-history-rvh.json') },
  { id: 'amazon.voice-history', url: `${AMAZON}/alexa-privacy/apd/rah/alexa-history-records-v2`, fixture: () => alexaFixtureJson('voice-history-rah.json') },
  {
    id: 'amazon.voice-history',
    url: `${AMAZON}/alexa-privacy/apd/rah/alexa-history-records-v2`,
    fixture: () => alexaFixtureJson('voice-history-rah-paged.json'),
  },
  { id: 'amazon.registered-devices', url: `${AMAZON}/hz/mycd/digital-console/ajax`, fixture: () => alexaFixtureJson('mycd-devices.json') },
  { id: 'alexa.skills', url: 'https://skills-store.amazon.de/app/secure/your-skills-page', fixture: () => alexaFixtureJson('your-skills.json') },
  {
    id: 'amazon.privacy-page',
    url: `${AMAZON}/alexa-privacy/apd/myad`,
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(alexaFixtureText('alexa-privacy-myad-de.html')).document),
  },
  {
    id: 'amazon.privacy-page',
    url: `${AMAZON}/alexa-privacy/apd/skill-permissions`,
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(alexaFixtureText('alexa-privacy-skill-permissions-en.html')).document),
  },
  {
    id: 'amazon.privacy-page',
    url: `${AMAZON}/ap/adam`,
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(alexaFixtureText('apps-with-access-de.html')).document),
  },
];

function nextDataOf(file: string): unknown {
  const state = extractNextData(parseHTML(fixtureText(file)).document);
  if (!('body' in state)) throw new Error(`${file} has no page state`);
  return state.body;
}
