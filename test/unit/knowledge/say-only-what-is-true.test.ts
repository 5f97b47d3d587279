// @vitest-environment node
/**
 * Issue 14: every sentence bound to the account's real state and to its source. Recipients follow the state
 * (E2EE, no plan, the path to Amazon, the app's maker), regional findings follow the account's country, first
 * reads are the baseline, counts take their plural form, and police texts state Ring's actual standard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildReport } from '../../../src/report/build-report.ts';
import { diffReports } from '../../../src/report/diff-reports.ts';
import { bundledTranslator, MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { plural, pluralKey } from '../../../src/i18n/plural.ts';
import { CATALOG, findingMessageKey } from '../../../src/knowledge/catalog.ts';
import { RECIPIENT_IDS } from '../../../src/knowledge/recipients.ts';
import { readInput } from '../../../src/cli/read-input.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import type { Records, SourceResult } from '../../../src/model/records.ts';
import type { Report } from '../../../src/model/report.ts';
import { AMAZON_DE, FIXTURE_DIR, NOW, alexaFixtureText, asRingCountry, devicesCapture, harResults, settingsCapture } from '../fixtures.ts';
import { device, endpoint, iface, profile, settings } from '../records.ts';

const report = (results: SourceResult[], locale: Locale = 'en'): Report =>
  buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: 't', now: NOW });
const ringResult = (records: Records): SourceResult => ({
  source: { id: 'test', service: 'ring', kind: 'json', status: 'read', origin: 'https://account.ring.com', diagnostics: [] },
  records,
});
const amazonResult = (records: Records, origin = 'https://alexa.amazon.de'): SourceResult => ({
  source: { id: 'test', service: 'alexa', kind: 'json', status: 'read', origin, diagnostics: [] },
  records,
});
const recipientsOf = (r: Report, id: string, subject: string) => r.findings.find((f) => f.id === id && f.subject.id === subject)?.recipients.map((x) => x.id);

describe('recipients from the real state', () => {
  const camera = (over: Parameters<typeof settings>[1], subscribed = true) =>
    ringResult({
      ringProfile: [profile({ country: 'US' })],
      ringDevices: [device('c1', { audioRecording: true, subscribed })],
      ringDeviceSettings: [settings('c1', { audioRecording: true, recordingTtlDays: 30, ...over })],
    });

  it.each(['en', 'de'] as const)('an E2EE-on camera lists no police on its audio and storage findings, and says what still flows (%s)', (locale) => {
    const r = report([camera({ e2eeEnabled: true })], locale);
    const t = bundledTranslator(locale);
    for (const id of ['ring.audio-recording', 'ring.cloud-video-storage']) {
      expect(recipientsOf(r, id, 'c1'), id).toEqual(['ring']);
      const finding = r.findings.find((f) => f.id === id)!;
      expect(finding.explanation).toBe(t(findingMessageKey(id, 'explanation_e2ee')));
      expect(finding.recipients.map((x) => x.name).join(' ')).not.toMatch(/Polizei|Police/);
    }
    // The same camera without E2EE: police are a recipient again.
    const open = report([camera({ e2eeEnabled: false })], locale);
    expect(recipientsOf(open, 'ring.audio-recording', 'c1')).toContain('police');
    expect(recipientsOf(open, 'ring.cloud-video-storage', 'c1')).toContain('police');
  });

  it('a camera that says it does not record lists no police on its audio and E2EE findings', () => {
    const r = report([camera({ e2eeEnabled: false, cloudRecording: false }, false)]);
    expect(recipientsOf(r, 'ring.audio-recording', 'c1')).toEqual(['ring']);
    expect(recipientsOf(r, 'ring.e2ee-off', 'c1')).not.toContain('police');
    expect(r.findings.find((f) => f.id === 'ring.e2ee-off')?.risk).toBe('medium');
  });

  it('subscribed: false alone does not take the police off: recording was not read', () => {
    const r = report([camera({ e2eeEnabled: false }, false)]);
    expect(recipientsOf(r, 'ring.e2ee-off', 'c1')).toContain('police');
    expect(r.findings.find((f) => f.id === 'ring.e2ee-off')?.risk).toBe('high');
  });

  it('a device that reaches Amazon directly has no skill vendor; a skill device keeps it', () => {
    const r = report([
      amazonResult({
        alexaEndpoints: [
          endpoint('plug', 'amazon-cloud', null, [iface('Alexa.PowerController', true, true)]),
          endpoint('lock', 'skill', 'amzn1.ask.skill.x', [iface('Alexa.LockController', true, true)]),
        ],
      }),
    ]);
    // State reporting counts only devices with a vendor in between (the Alexa engineer's rule); the queryable finding
    // still covers a device on Amazon's own cloud, and there it names Amazon alone.
    expect(recipientsOf(r, 'alexa.state-reporting', 'plug')).toBeUndefined();
    expect(recipientsOf(r, 'alexa.state-queryable', 'plug')).toEqual(['amazon']);
    expect(r.findings.find((f) => f.id === 'alexa.state-queryable' && f.subject.id === 'plug')?.explanation).toBe(
      bundledTranslator('en')('finding_alexa_state_queryable_explanation_direct'),
    );
    expect(recipientsOf(r, 'alexa.state-reporting', 'lock')).toContain('skill-vendor');
  });

  it.each(['en', 'de'] as const)('a Login-with-Amazon app lists its own maker, not "partners such as Axon" (%s)', (locale) => {
    const apps = {
      kind: 'page-outline',
      lang: 'en',
      title: 'Apps and Services with Access to Your Data',
      headings: ['Your Active Apps & Websites'],
      controls: [],
      lists: [{ heading: 'Your Active Apps & Websites', items: ['Nuki Web'] }],
      texts: [],
    };
    const r = report([readCapture({ url: `${AMAZON_DE}/ap/adam`, via: 'page-outline', body: apps, capturedAt: NOW })], locale);
    const app = r.findings.find((f) => f.id === 'amazon.connected-app')!;
    expect(app.recipients).toEqual([{ id: 'app-maker', name: bundledTranslator(locale)('recipient_app_maker', ['Nuki Web']) }]);
    expect(app.recipients[0]!.name).toContain('Nuki Web');
    expect(JSON.stringify(app.recipients)).not.toContain('Axon');
  });
});

describe('regions from the account itself', () => {
  const regional = Object.values(CATALOG).filter((e) => e.regions);
  /** Every fixture file read alone, plus all Ring fixtures together, with the Ring account set to `country`. */
  const ringSets = (country: string) => {
    const files = (readdirSync(FIXTURE_DIR, { recursive: true }) as string[]).filter((f) => /\.(har|json|html?)$/.test(f));
    const results = files.map((f) => readInput(basename(f), readFileSync(resolve(FIXTURE_DIR, f), 'utf8'), NOW));
    return [...results, results.flat()].map((r) => report(asRingCountry([profileResult(country), ...r], country)));
  };
  const profileResult = (country: string) => ringResult({ ringProfile: [profile({ country })] });

  it("a German Ring account keeps what its own data reports on, at the finding's risk, with a note that Ring lists it elsewhere (issue 24)", () => {
    const all = ringSets('DE').flatMap((r) => r.findings);
    for (const entry of regional.filter((e) => e.service === 'ring' && !e.regions!.includes('DE'))) {
      for (const f of all.filter((x) => x.id === entry.id)) {
        expect(f.risk, `${entry.id} on a DE account`).toBe(CATALOG[f.id]!.risk);
        expect(f.details['notOfferedIn']).toBe('DE');
        expect(f.explanation).toContain('DE');
        expect(f.explanation).toMatch(/reports it switched on/);
        // Onward recipients are documented only where the feature is offered: only Ring is named.
        expect(f.recipients.map((r) => r.id)).toEqual(['ring']);
      }
    }
    // The Control Center fixture shows Search Party and Community Requests on; the HAR's profile and bridge report
    // Neighbors and a Sidewalk gateway: all four stand, at their own risk.
    const noted = all.filter((f) => f.details['notOfferedIn'] === 'DE');
    expect(noted.map((f) => f.id)).toEqual(expect.arrayContaining(['ring.search-party', 'ring.community-requests', 'ring.neighbors', 'ring.sidewalk']));
    expect(noted.every((f) => f.risk !== 'info')).toBe(true);
    const har = report(harResults());
    expect(har.findings.map((f) => f.id)).toContain('ring.key-by-amazon'); // Ring Intercom: offered in Germany, no note
    expect(har.findings.find((f) => f.id === 'ring.key-by-amazon')?.details['notOfferedIn']).toBeUndefined();
  });

  it('the same data for a US account does fire the US-only findings at their own risk', () => {
    const us = report(asRingCountry(harResults(), 'US'));
    for (const id of ['ring.sidewalk', 'ring.neighbors', 'ring.familiar-faces', 'ring.monitoring-video-verification']) {
      expect(
        us.findings.filter((f) => f.id === id).map((f) => f.risk),
        id,
      ).not.toContain('info');
      expect(
        us.findings.some((f) => f.id === id),
        id,
      ).toBe(true);
    }
  });

  it.each(['en', 'de'] as const)("an Amazon finding names police in Amazon's terms, never by Ring's emergency rule (%s)", (locale) => {
    const pages = ['alexa-privacy-myad-de.html', 'alexa-privacy-skill-permissions-de.html'].flatMap((name) => readInput(name, alexaFixtureText(name), NOW));
    const r = report([...pages, ...harResults()], locale);
    const t = bundledTranslator(locale);
    const amazonPolice = r.findings.filter((f) => f.service !== 'ring').flatMap((f) => f.recipients.filter((x) => x.id === 'police'));
    const ringPolice = r.findings.filter((f) => f.service === 'ring').flatMap((f) => f.recipients.filter((x) => x.id === 'police'));
    expect(amazonPolice.length).toBeGreaterThan(0);
    expect(ringPolice.length).toBeGreaterThan(0);
    expect(new Set(amazonPolice.map((x) => x.name))).toEqual(new Set([t('recipient_police_amazon')]));
    expect(amazonPolice[0]!.name).not.toMatch(/Ring/);
    expect(new Set(ringPolice.map((x) => x.name))).toEqual(new Set([t('recipient_police')]));
  });

  it('takes the Amazon country from the marketplace: Sidewalk read on amazon.de carries the note, on amazon.com none', () => {
    const sidewalkPage = (origin: string) =>
      amazonResult({ amazonSettings: [{ key: 'sidewalk', state: 'on', value: null, page: '/hz/mycd/preferences' }] }, origin);
    const de = report([sidewalkPage('https://www.amazon.de')]).findings.find((f) => f.id === 'amazon.sidewalk');
    const us = report([sidewalkPage('https://www.amazon.com')]).findings.find((f) => f.id === 'amazon.sidewalk');
    expect(us?.risk).toBe('medium');
    expect(us?.details['notOfferedIn']).toBeUndefined();
    // The page reports it on: a finding at its own risk, with the note (issue 24), naming Amazon only.
    expect(de?.risk).toBe('medium');
    expect(de?.details['notOfferedIn']).toBe('DE');
    expect(de?.recipients.map((r) => r.id)).toEqual(['amazon']);
  });

  it('an unknown country keeps the finding, with its region note', () => {
    const r = report([ringResult({ ringDevices: [device('s1', { isSidewalkGateway: true })] })]);
    expect(r.findings.find((f) => f.id === 'ring.sidewalk')?.risk).toBe('medium');
  });
});

describe('changes: the first read is the baseline', () => {
  const devices = readCapture(devicesCapture());
  const settings1 = readCapture(settingsCapture('70010001'));

  it('first scan: no change at all', () => {
    expect(diffReports(null, report([devices, settings1]))).toEqual([]);
  });

  it('a source read for the first time is "newly read", never worse; a later difference is a change', () => {
    const firstSettings = diffReports(report([devices]), report([devices, settings1]));
    expect(firstSettings.length).toBeGreaterThan(0);
    expect(firstSettings.every((c) => c.newlyRead === true && c.worse === false)).toBe(true);
    const body = structuredClone(JSON.parse(readFileSync(resolve(FIXTURE_DIR, 'settings-70010001.json'), 'utf8'))) as {
      backend_settings: { user_specified_recording_ttl: number };
    };
    body.backend_settings.user_specified_recording_ttl = 60;
    const longer = diffReports(report([devices, settings1]), report([devices, readCapture(settingsCapture('70010001', body))]));
    expect(longer.find((c) => c.findingId === 'ring.cloud-video-storage')).toMatchObject({ worse: true, detail: { before: 30, after: 60 } });
    expect(longer.some((c) => c.newlyRead)).toBe(false);
  });

  it('carries the finding title as the report words it, with no placeholder left', () => {
    const change = diffReports(report([devices]), report([devices, settings1])).find((c) => c.findingId === 'ring.cloud-video-storage')!;
    expect(change.title).toBe(report([devices, settings1]).findings.find((f) => f.id === 'ring.cloud-video-storage')?.title);
    expect(change.title).not.toMatch(/\$\d|…/);
  });
});

describe('plurals through Intl.PluralRules', () => {
  const counted = (locale: Locale) => Object.keys(MESSAGES[locale]).filter((k) => MESSAGES[locale][`${k}_one`] !== undefined);

  it('every message with a "_one" form has it in both languages, and count 1 picks it', () => {
    expect(counted('en').length).toBeGreaterThanOrEqual(10);
    expect(counted('de')).toEqual(counted('en'));
    for (const locale of ['en', 'de'] as const) {
      const t = bundledTranslator(locale);
      for (const key of counted(locale)) {
        expect(pluralKey(t, locale, key, 1), `${locale} ${key}`).toBe(`${key}_one`);
        expect(pluralKey(t, locale, key, 2), `${locale} ${key}`).toBe(key);
        expect(pluralKey(t, locale, key, 0), `${locale} ${key}`).toBe(key);
      }
    }
  });

  // A count followed by a plural noun needs a singular form, unless the message says its count is never 1.
  const PLURAL_NOUN =
    /\$1 (?:devices|cameras'|cameras|findings|items|files|inputs|days|recordings|voice recordings|skills|changes|more devices|Geräte|Kameras|Befunde|Einträge|Dateien|Eingaben|Tage|Sprachaufnahmen|Skills|Änderungen|weitere Geräte)\b|von \$1 Kameras|\$1 Tage lang/;
  it.each(['en', 'de'] as const)('no counted noun without its singular form (%s)', (locale) => {
    const file = MESSAGES[locale];
    const missing = Object.entries(file)
      .filter(([key, { message }]) => PLURAL_NOUN.test(message) && !key.endsWith('_one'))
      .filter(
        ([key]) => file[`${key.replace(/_other$/, '')}_one`] === undefined && !/more than 1|not 1|always more than 1/.test(MESSAGES.en[key]?.description ?? ''),
      )
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('count 1 reads in the singular in both languages', () => {
    const en = bundledTranslator('en');
    const de = bundledTranslator('de');
    expect(plural(en, 'en', 'popup_police_summary', 1)).toBe("1 camera's videos can be opened by Ring and handed to police without you");
    expect(plural(de, 'de', 'popup_police_summary', 1)).toBe('Die Videos von 1 Kamera kann Ring öffnen und ohne Sie zu fragen an die Polizei geben');
    expect(plural(en, 'en', 'summary_findings', 1)).toBe('1 finding');
    expect(plural(de, 'de', 'summary_findings', 1)).toBe('1 Befund');
    expect(plural(en, 'en', 'report_import_done', 1, ['0'])).toBe('1 file read, 0 could not be read.');
    expect(plural(de, 'de', 'report_history_sources', 1)).toBe('1 Eingabe gelesen');
    expect(plural(de, 'de', 'report_history_sources', 3)).toBe('3 Eingaben gelesen');
  });

  it.each(['en', 'de'] as const)('a storage time of 1 day and 1 voice recording are singular in titles and police paths (%s)', (locale) => {
    const oneDay = report(
      [
        ringResult({
          ringProfile: [profile({ country: 'US' })],
          ringDevices: [device('c1')],
          ringDeviceSettings: [settings('c1', { e2eeEnabled: false, recordingTtlDays: 1 })],
        }),
      ],
      locale,
    );
    const t = bundledTranslator(locale);
    expect(oneDay.findings.find((f) => f.id === 'ring.cloud-video-storage')?.title).toBe(t('finding_ring_cloud_video_storage_title_one', ['1']));
    expect(oneDay.policePaths?.[0]?.explanation).toBe(t('police_path_open_explanation_one', ['1']));
    expect(oneDay.policePaths?.[0]?.explanation).not.toMatch(/1 days|1 Tage\b/);
  });
});

/**
 * A police text that speaks of an emergency or of disclosure without a warrant must name Ring's actual standard
 * (its good-faith judgement of imminent danger of death or serious physical injury), never a "claimed" emergency.
 */
function policeClaimProblems(messages: Readonly<Record<string, { message: string }>>, locale: Locale): string[] {
  const claimed = locale === 'en' ? /claimed emergency|emergency claimed|police claim/i : /behauptete[nm]? Notfall|Notfall geltend/i;
  // Disclosure without legal process ("with or without a warrant" says the opposite; "emergency contacts" are no disclosure).
  const mentions =
    locale === 'en' ? /(?<!with or )without a warrant|in an emergency|emergency disclosure/i : /(?<!mit oder )ohne Beschluss|(?:im|bei einem) Notfall\b/i;
  const standard = locale === 'en' ? /imminent danger of death or serious physical injury/i : /unmittelbare[rn]? Gefahr für Leib oder Leben/i;
  const policeText = (key: string) => /^(finding_ring_|police_path_|recipient_police)/.test(key);
  return Object.entries(messages)
    .filter(([key]) => policeText(key))
    .filter(([, { message }]) => claimed.test(message) || (mentions.test(message) && /police|Polizei/i.test(message) && !standard.test(message)))
    .map(([key]) => key);
}

describe("police texts state Ring's actual standard", () => {
  it.each(['en', 'de'] as const)('no "claimed emergency" and no warrantless disclosure without the imminent-danger standard (%s)', (locale) => {
    expect(policeClaimProblems(MESSAGES[locale], locale)).toEqual([]);
  });

  it('the rule catches the old wording (it can fail)', () => {
    expect(policeClaimProblems({ finding_ring_x_explanation: { message: 'Ring hands videos to police in an emergency claimed by police.' } }, 'en')).toEqual([
      'finding_ring_x_explanation',
    ]);
    expect(policeClaimProblems({ finding_ring_x_explanation: { message: 'an die Polizei bei einem behaupteten Notfall auch ohne Beschluss' } }, 'de')).toEqual([
      'finding_ring_x_explanation',
    ]);
    expect(policeClaimProblems({ recipient_police: { message: 'Police (without a warrant in an emergency)' } }, 'en')).toEqual(['recipient_police']);
  });

  it.each(['en', 'de'] as const)('the E2EE, storage, police-path and police-recipient texts carry the standard (%s)', (locale) => {
    const standard = locale === 'en' ? 'imminent danger of death or serious physical injury' : 'unmittelbare';
    for (const key of [
      'finding_ring_e2ee_off_explanation',
      'finding_ring_cloud_video_storage_explanation',
      'police_path_open_explanation',
      'police_path_open_explanation_one',
      'recipient_police',
    ]) {
      expect(MESSAGES[locale][key]?.message, `${locale} ${key}`).toContain(standard);
    }
    // The letter to Sen. Markey is dated 1 July 2022 and counts the year so far: January to June (issue 27).
    expect(MESSAGES.en['finding_ring_e2ee_off_explanation']!.message).toContain('11 times that year, from January to June');
  });
});

describe('catalog honesty', () => {
  it('every unverified help link says why, and every variant has its texts and known recipients', () => {
    for (const entry of Object.values(CATALOG)) {
      if (!entry.helpUrlVerified) expect(entry.helpUrlNote?.length ?? 0, `${entry.id} helpUrlNote`).toBeGreaterThan(20);
      for (const [variant, { recipients }] of Object.entries(entry.variants ?? {})) {
        for (const locale of ['en', 'de'] as const)
          expect(MESSAGES[locale][findingMessageKey(entry.id, `explanation_${variant.replace(/-/g, '_')}`)], `${locale} ${entry.id} ${variant}`).toBeDefined();
        for (const r of recipients) expect(RECIPIENT_IDS).toContain(r);
      }
    }
  });

  it('ring.monitoring-video-verification is explained as Guard Response, with "Alarmzentrale" in German', () => {
    expect(MESSAGES.en['finding_ring_monitoring_video_verification_explanation']!.message).toContain('Guard Response');
    expect(MESSAGES.de['finding_ring_monitoring_video_verification_explanation']!.message).toContain('Alarmzentrale');
    expect(JSON.stringify(MESSAGES.de)).not.toContain('Notrufzentrale');
  });

  it('claims the audit found overstated are gone', () => {
    const en = JSON.stringify(MESSAGES.en);
    const de = JSON.stringify(MESSAGES.de);
    expect(en).not.toContain('60 days in the US');
    expect(de).not.toContain('in den USA 60 Tage');
    expect(en).not.toMatch(/Key by Amazon is a US service/);
    expect(en).not.toMatch(/voice commands for it are passed to the maker/);
    expect(MESSAGES.en['finding_alexa_voice_retention_explanation']!.message).toContain('Voice ID does not work without saved recordings');
    expect(MESSAGES.en['finding_alexa_state_reporting_explanation']!.message).not.toContain('until you delete it');
    expect(MESSAGES.en['finding_ring_search_party_explanation']!.message).toContain('Watch Duty');
    for (const key of ['finding_ring_sidewalk_explanation', 'finding_amazon_sidewalk_explanation'])
      expect(MESSAGES.en[key]!.message).toContain('per Amazon account');
    expect(CATALOG['ring.key-by-amazon']!.regions).toContain('DE');
    expect(CATALOG['ring.key-by-amazon']!.helpUrl.de).toContain('ring.com/de/de/support/articles/s2qxf');
  });

  it('every skill permission is a sentence in both languages, never a raw label', () => {
    for (const locale of ['en', 'de'] as const) {
      for (const [key, { message }] of Object.entries(MESSAGES[locale]).filter(([k]) => k.startsWith('perm_'))) {
        expect(message, `${locale} ${key}`).toMatch(locale === 'en' ? /^A skill / : /^Ein Skill /);
      }
    }
    expect(MESSAGES.en['perm_alexa__household_lists_read']!.message).not.toContain('Lists Read');
  });
});
