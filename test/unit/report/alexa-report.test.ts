/** The report over the Alexa fixtures: titles in words (en/de), unknown names never dropped, devices once, the report contract. */
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator, MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import type { Report } from '../../../src/model/report.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { ALEXA_API, AMAZON_DE, APPLIANCE, ECHO_DOT, ECHO_SHOW, NOW, SKILL, alexaCapture, alexaFixtureJson, alexaFixtureOutline } from '../fixtures.ts';
import { endpoint, iface, resultOf, skillPerm } from '../records.ts';

const msg = (locale: Locale, key: string, subs: string[] = []) => bundledTranslator(locale)(key, subs);
const report = (results: SourceResult[], locale: Locale): Report =>
  buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: NOW });

/** Everything the fixture account shows: the Alexa app API, Your Skills, Alexa Privacy pages. */
function fixtureResults(): SourceResult[] {
  const json = (url: string, name: string) => readCapture(alexaCapture(url, alexaFixtureJson(name)));
  return [
    json(`${ALEXA_API}/api/devices-v2/device`, 'devices-v2.json'),
    json(`${ALEXA_API}/nexus/v1/graphql`, 'graphql-endpoints.json'),
    json(`${ALEXA_API}/api/v1/devices/${ECHO_SHOW.deviceAccountId}/settings/liveView`, 'liveview-setting.json'),
    json(`${ALEXA_API}/api/household`, 'household.json'),
    json(`${AMAZON_DE}/alexa-privacy/apd/rvh/persons-in-household`, 'persons-in-household.json'),
    json(`${AMAZON_DE}/alexa-privacy/apd/rvh/customer-history-records-v2`, 'voice-history-rvh.json'),
    json('https://skills-store.amazon.de/app/secure/your-skills-page', 'your-skills.json'),
    readCapture(
      alexaCapture(`${AMAZON_DE}/alexa-privacy/apd/myad/skill-permissions`, alexaFixtureOutline('alexa-privacy-skill-permissions-de.html'), 'page-outline'),
    ),
    readCapture(alexaCapture(`${AMAZON_DE}/alexa-privacy/apd/myad`, alexaFixtureOutline('alexa-privacy-myad-de.html'), 'page-outline')),
  ];
}

/** Interfaces in a title are a list in words: "a, b and c" / "a, b und c". */
const listOf = (locale: Locale, items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
const titleOf = (r: Report, id: string, subject: string) => r.findings.find((f) => f.id === id && f.subject.id === subject)?.title;

describe.each(['en', 'de'] as const)('buildReport (%s)', (locale) => {
  const r = report(fixtureResults(), locale);
  const t = (key: string, subs: string[] = []) => msg(locale, key, subs);

  it('puts the reported interfaces of the thermostat and the lock into words', () => {
    expect(titleOf(r, 'alexa.state-reporting', APPLIANCE.thermostat)).toBe(
      t('finding_alexa_state_reporting_title', [listOf(locale, [t('iface_Alexa_ThermostatController'), t('iface_Alexa_TemperatureSensor')])]),
    );
    expect(titleOf(r, 'alexa.state-reporting', APPLIANCE.lock)).toBe(
      t('finding_alexa_state_reporting_title', [listOf(locale, [t('iface_Alexa_LockController'), t('iface_Alexa_EndpointHealth_battery')])]),
    );
    expect(titleOf(r, 'alexa.state-reporting', APPLIANCE.thermostat)).not.toContain('Alexa.');
  });

  it('names the unknown interface through iface_unknown, never dropping it', () => {
    const title = titleOf(r, 'alexa.state-reporting', APPLIANCE.sensor);
    expect(title).toBe(t('finding_alexa_state_reporting_title', [t('iface_unknown', ['Alexa.FutureThingController'])]));
    expect(title).toContain('Alexa.FutureThingController');
  });

  it('names each granted permission of the skill-permission findings, and not the switched-off one', () => {
    const titles = r.findings.filter((f) => f.id === 'alexa.skill-permission').map((f) => `${f.subject.name}: ${f.title}`);
    const title = (scope: string) => t('finding_alexa_skill_permission_title', [t(`perm_${scope}`)]);
    expect(titles.sort()).toEqual(
      [
        `Wetter Pro: ${title('alexa__devices_all_address_full_read')}`,
        `Pizza Express: ${title('alexa__devices_all_address_full_read')}`,
        `Pizza Express: ${title('alexa__profile_email_read')}`,
        `Einkaufsliste Plus: ${title('alexa__household_lists_read')}`,
        `Gratis <b>Gutscheine</b> & mehr \u202EetniehcstuG: ${title('alexa__household_lists_read')}`,
        `Wetter Pro: ${title('alexa__devices_all_geolocation_read')}`,
      ].sort(),
    );
  });

  it('puts the count into the voice history title, "at least" while the page says more pages exist', () => {
    // The rvh fixture carries a next-page token: 12 is a lower bound.
    expect(r.findings.filter((f) => f.id === 'alexa.voice-history').map((f) => f.title)).toEqual([
      t('finding_alexa_voice_history_title', [t('count_at_least', ['12'])]),
    ]);
    expect(t('count_at_least', ['12'])).toBe(locale === 'de' ? 'mindestens 12' : 'at least 12');
  });

  it('says the exact count once the last page (no token) was read, and "at least" for a rah page with a paginationToken', () => {
    const lastPage = readCapture(
      alexaCapture(`${AMAZON_DE}/alexa-privacy/apd/rvh/customer-history-records-v2`, { customerHistoryRecords: [], encodedRequestToken: null }),
    );
    const exact = report([...fixtureResults(), lastPage], locale);
    expect(exact.findings.filter((f) => f.id === 'alexa.voice-history').map((f) => f.title)).toEqual([t('finding_alexa_voice_history_title', ['12'])]);
    const paged = report(
      [readCapture(alexaCapture(`${AMAZON_DE}/alexa-privacy/apd/rah/alexa-history-records-v2`, alexaFixtureJson('voice-history-rah-paged.json')))],
      locale,
    );
    expect(paged.findings.find((f) => f.id === 'alexa.voice-history')?.title).toContain(locale === 'de' ? 'mindestens 4' : 'at least 4');
  });

  it('the state-reporting risk follows what is reported: a camera reporting only connectivity is low, a thermostat reporting temperature high', () => {
    const amazon = report([readCapture(alexaCapture(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints-amazon.json')))], locale);
    const risks = Object.fromEntries(amazon.findings.filter((f) => f.id === 'alexa.state-reporting').map((f) => [f.subject.name, f.risk]));
    expect(risks).toEqual({ 'Einfahrt Kamera': 'low', 'Bad Heizkörper': 'high', Stehlampe: 'medium' });
    expect(amazon.findings.find((f) => f.subject.name === 'Einfahrt Kamera' && f.id === 'alexa.state-reporting')?.title).toBe(
      // Its EndpointHealth reports only `connectivity`: online or offline, never "low on battery" (issue 24).
      t('finding_alexa_state_reporting_title', [t('iface_Alexa_EndpointHealth_connectivity')]),
    );
    expect(amazon.devices.filter((d) => d.name === 'Echo Show Küche')).toHaveLength(1);
    expect(amazon.devices.map((d) => d.name)).not.toContain('Alexa auf diesem Telefon');
    expect(reportIssues(amazon)).toEqual([]);
  });

  it('lists the Echos once, not again as their AlexaBridge endpoint, and skill devices via their skill', () => {
    const devices = Object.fromEntries(r.devices.map((d) => [d.id, d]));
    expect(r.devices.map((d) => d.id).sort()).toEqual(
      [ECHO_SHOW.serial, ECHO_DOT.serial, APPLIANCE.thermostat, APPLIANCE.lock, APPLIANCE.light, APPLIANCE.camera, APPLIANCE.sensor].sort(),
    );
    expect(devices[ECHO_SHOW.serial]).toMatchObject({
      service: 'alexa',
      name: 'Echo Show Küche',
      category: 'smart-display',
      maker: 'Amazon',
      via: { kind: 'amazon-device', id: ECHO_SHOW.serial },
    });
    expect(devices[ECHO_DOT.serial]).toMatchObject({ category: 'smart-speaker' });
    expect(devices[APPLIANCE.thermostat]).toMatchObject({ category: 'thermostat', via: { kind: 'skill', id: SKILL.ecobee, name: 'ecobee' } });
    expect(devices[APPLIANCE.lock]).toMatchObject({ category: 'lock', via: { kind: 'skill', id: SKILL.nuki, name: 'Nuki' } });
    expect(devices[APPLIANCE.camera]).toMatchObject({ category: 'camera', via: { kind: 'skill', id: SKILL.vigilo, name: 'Vigilo Cam' } });
    // Not in Your Skills: attributed by skill id, named after the maker.
    expect(devices[APPLIANCE.sensor]).toMatchObject({ category: 'other', via: { kind: 'skill', id: SKILL.zukunftshaus, name: 'Zukunftshaus GmbH' } });
    expect(devices[APPLIANCE.light]).toMatchObject({ category: 'light', via: { kind: 'amazon-cloud', id: 'SonarCloudService', name: 'Amazon' } });
  });

  it('conforms to the report contract', () => {
    expect(reportIssues(JSON.parse(JSON.stringify(r)))).toEqual([]);
    expect(r.locale).toBe(locale);
  });
});

describe('titles for names the catalog does not know', () => {
  const records = resultOf({
    alexaEndpoints: [
      endpoint('mixed', 'skill', 's', [
        iface('Alexa.LockController', true, true),
        iface('Alexa.FutureThingController', true, false),
        iface('Vendor.Custom', true, false),
      ]),
    ],
    skillPermissions: [
      skillPerm('Fit Coach', 'Health Data'),
      skillPerm('Odd Skill', 'alexa::future:scope:read'),
      skillPerm('Mail Skill', 'alexa::profile:email:read'),
    ],
  });

  it.each(['en', 'de'] as const)('keeps known and unknown interfaces side by side (%s)', (locale) => {
    const r = report([records], locale);
    const t = (key: string, subs: string[] = []) => msg(locale, key, subs);
    expect(titleOf(r, 'alexa.state-reporting', 'mixed')).toBe(
      t('finding_alexa_state_reporting_title', [
        listOf(locale, [t('iface_Alexa_LockController'), t('iface_unknown', ['Alexa.FutureThingController']), t('iface_unknown', ['Vendor.Custom'])]),
      ]),
    );
  });

  it.each(['en', 'de'] as const)('names an unknown permission label or scope through perm_unknown (%s)', (locale) => {
    const r = report([records], locale);
    const t = (key: string, subs: string[] = []) => msg(locale, key, subs);
    const title = (skill: string) => titleOf(r, 'alexa.skill-permission', skill);
    expect(title('Fit Coach')).toBe(t('finding_alexa_skill_permission_title', [t('perm_unknown', ['Health Data'])]));
    expect(title('Odd Skill')).toBe(t('finding_alexa_skill_permission_title', [t('perm_unknown', ['alexa::future:scope:read'])]));
    expect(title('Mail Skill')).toBe(t('finding_alexa_skill_permission_title', [t('perm_alexa__profile_email_read')]));
    expect(reportIssues(JSON.parse(JSON.stringify(r)))).toEqual([]);
  });

  it('has German words for the fixture interfaces and permissions, different from English', () => {
    for (const key of [
      'iface_Alexa_ThermostatController',
      'iface_Alexa_LockController',
      'iface_unknown',
      'perm_alexa__profile_email_read',
      'perm_unknown',
      'finding_alexa_state_reporting_title',
    ]) {
      expect(MESSAGES.de[key]?.message, key).toBeTruthy();
      expect(MESSAGES.de[key]?.message, key).not.toBe(MESSAGES.en[key]?.message);
    }
  });
});
