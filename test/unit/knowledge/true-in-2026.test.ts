// @vitest-environment node
/**
 * Issue 27: what Amazon and Ring changed in 2025–26, said correctly and dated, in both languages. Each assertion
 * names the old (wrong) wording it rejects, so the test fails if that wording comes back. Sources and dates:
 * docs/knowledge-sources-ring.md and docs/knowledge-sources-manual-checks.md ("Checked 2026-12-06").
 */
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { CATALOG, findingMessageKey } from '../../../src/knowledge/catalog.ts';
import { MANUAL_CHECKS } from '../../../src/knowledge/manual-checks/index.ts';

const en = (key: string) => MESSAGES.en[key]?.message ?? '';
const de = (key: string) => MESSAGES.de[key]?.message ?? '';
const all = (locale: 'en' | 'de') => Object.values(MESSAGES[locale]).map((m) => m.message);

describe('serious: false alarms and false "safe"', () => {
  it('ring.two-step-off no longer says a password alone opens the cameras; it names the e-mail risk and the path', () => {
    const id = 'ring.two-step-off';
    expect(en(findingMessageKey(id, 'title'))).not.toMatch(/two-step verification is off/i);
    expect(en(findingMessageKey(id, 'explanation'))).not.toMatch(/leaked password alone/);
    expect(de(findingMessageKey(id, 'explanation'))).not.toMatch(/Passwort allein öffnet dann/);
    expect(en(findingMessageKey(id, 'title'))).toMatch(/e-mail/);
    expect(de(findingMessageKey(id, 'title'))).toMatch(/E-Mail/);
    expect(en(findingMessageKey(id, 'explanation'))).toMatch(/since February 2020/);
    expect(en(findingMessageKey(id, 'explanation'))).toMatch(/does not publish what that value means/);
    expect(de(findingMessageKey(id, 'explanation'))).toMatch(/Zwei-Schritte-Verifizierung/); // Ring's German term
    expect(en(findingMessageKey(id, 'step2'))).toBe('Tap Account Verification.');
    expect(de(findingMessageKey(id, 'step2'))).toContain('Kontoverifizierung');
    expect(CATALOG[id]?.risk).toBe('low');
    // The summary's fix list names an action, not the finding's title.
    expect(en('action_ring_two_step_off')).toBe('Get sign-in codes by text message or app');
    expect(de('action_ring_two_step_off')).toBe('Anmeldecodes per SMS oder App erhalten');
  });

  it('the Guard Response action no longer names a setting Ring does not have', () => {
    expect(en('action_ring_monitoring_video_verification')).toBe('Turn off Guard Response');
    expect(de('action_ring_monitoring_video_verification')).toBe('Guard Response ausschalten');
    expect(all('en').join(' ')).not.toMatch(/video verification/i);
    expect(all('de').join(' ')).not.toMatch(/Video-Verifizierung/);
  });

  it('Alexa+ is neither English-only nor only opt-in, dated', () => {
    for (const key of ['finding_alexa_follow_up_mode_explanation', 'finding_alexa_alexa_plus_explanation']) {
      expect(en(key)).toContain('January 2026');
      expect(en(key)).toContain('Alexa, exit Alexa Plus');
      expect(de(key)).toContain('Januar 2026');
    }
    expect(en('finding_alexa_follow_up_mode_explanation')).not.toContain('offered in English only');
    expect(de('finding_alexa_follow_up_mode_explanation')).not.toContain('nur auf Englisch verfügbar');
    expect(en('finding_alexa_follow_up_mode_explanation')).toMatch(/As of December 2026/);
    expect(en('finding_alexa_follow_up_mode_explanation')).toMatch(/Spanish version in Mexico/);
    expect(en('finding_alexa_alexa_plus_explanation')).toMatch(/remember/);
    expect(en('finding_alexa_alexa_plus_explanation')).toMatch(/files/);
  });

  it('the ads check states Amazon’s own 2022 admission instead of "not stated"', () => {
    const key = 'finding_amazon_interest_based_ads_explanation';
    expect(en(key)).not.toMatch(/not stated/);
    expect(de(key)).not.toMatch(/steht auf den Amazon-Seiten/);
    expect(en(key)).toContain('may inform relevant ads shown on Amazon or other sites where Amazon places ads');
    expect(en(key)).toContain('2022');
    expect(de(key)).toContain('2022 bestätigte Amazon');
  });
});

describe('minor but wrong', () => {
  it('Fire Watch was announced by Ring itself', () => {
    expect(en('finding_ring_fire_watch_explanation')).not.toMatch(/Only the press/);
    expect(de('finding_ring_fire_watch_explanation')).not.toMatch(/nur die Presse/);
    expect(en('finding_ring_fire_watch_explanation')).toMatch(/Ring announced it with Watch Duty in January 2026/);
  });

  it('Sidewalk: 80 kbit/s per bridge, 500 MB per account', () => {
    for (const key of ['finding_ring_sidewalk_explanation', 'finding_amazon_sidewalk_explanation']) {
      expect(en(key)).toContain('80 kbit/s per bridge');
      expect(en(key)).toContain('500 MB a month per Amazon account');
      expect(de(key)).toContain('80 kbit/s je Brücke');
    }
  });

  it('the Sidewalk finding offers no settings button to a marketing page: there is no web setting', () => {
    expect(CATALOG['amazon.sidewalk']?.settingsUrl).toBeUndefined();
    expect(en('label_no_web_setting')).toMatch(/No web page has this setting/);
    expect(de('label_no_web_setting')).toMatch(/auf keiner Webseite/);
  });

  it('Smart Video Search is a related feature, not "the same analysis"', () => {
    expect(en('finding_ring_ai_video_descriptions_explanation')).not.toContain('uses the same analysis');
    expect(de('finding_ring_ai_video_descriptions_explanation')).not.toContain('nutzt dieselbe Analyse');
  });

  it('Search Party covers doorbells, can be started by non-owners, and a shared clip goes to the dog’s owner', () => {
    expect(en('finding_ring_search_party_explanation')).toMatch(/doorbells and outdoor cameras/);
    expect(en('finding_ring_search_party_explanation')).toMatch(/since early 2026 anyone in the US/);
    expect(de('finding_ring_search_party_explanation')).toMatch(/Türklingeln und Außenkameras/);
    expect(CATALOG['ring.search-party']?.recipients).not.toContain('neighbors');
    expect(CATALOG['ring.search-party']?.recipients).toContain('pet-owner');
  });

  it('Familiar Faces gives both retention figures, each attributed', () => {
    expect(en('finding_ring_familiar_faces_explanation')).toMatch(/per Amazon, .*30 days.*EFF.*six months/);
    expect(de('finding_ring_familiar_faces_explanation')).toMatch(/Amazon.*30 Tagen.*EFF.*sechs Monaten/);
  });

  it('Household: no "four teens"; teen logins closed (US, April 2025) and Amazon Family named', () => {
    expect(en('finding_alexa_household_profiles_explanation')).not.toContain('four teens');
    expect(de('finding_alexa_household_profiles_explanation')).not.toContain('vier Jugendliche');
    expect(en('finding_alexa_household_profiles_explanation')).toMatch(/Amazon Family.*April 2025/);
  });

  it('the Markey letter (1 July 2022) covers January to June, everywhere', () => {
    expect(all('en').join(' ')).not.toContain('January to July 2022');
    expect(all('de').join(' ')).not.toContain('Januar bis Juli 2022');
    expect(en('police_path_open_explanation')).toContain('1 July 2022');
    expect(de('police_path_open_explanation')).toContain('1. Juli 2022');
  });

  it('state reporting says what Alexposé reads (the maker’s declaration) and gives Amazon’s reply to the WSJ', () => {
    const text = en('finding_alexa_state_reporting_explanation');
    expect(text).not.toMatch(/^The maker's cloud sends Amazon a report every time/);
    expect(text).toMatch(/^The maker has told Amazon that this device reports every change/);
    expect(text).toContain('Amazon replied that it uses the data to improve the customer experience');
    expect(de('finding_alexa_state_reporting_explanation')).toContain('Amazon entgegnete');
  });

  it('Neighbors cites Ring’s German help page but keeps the hedge; Key by Amazon includes Canada', () => {
    expect(en('finding_ring_neighbors_explanation')).toContain('Nachbarschaften');
    expect(en('finding_ring_neighbors_explanation')).toContain('no statement from Ring that Neighbors is offered in Germany');
    expect(CATALOG['ring.key-by-amazon']?.regions).toContain('CA');
  });
});

describe('German: Ring’s and Amazon’s own terms, and whose police standard it is', () => {
  const ringPolice = [
    'finding_ring_e2ee_off_explanation',
    'finding_ring_e2ee_off_explanation_no_cloud',
    'finding_ring_cloud_video_storage_explanation',
    'police_path_open_explanation',
    'police_path_open_explanation_one',
  ];

  it.each(ringPolice)('%s says the standard is Ring’s own US guidelines, and no German legal instrument stands for a US one', (key) => {
    expect(de(key)).toContain('Nach Rings eigenen Richtlinien für Strafverfolgungsbehörden (geschrieben für US-Verfahren)');
    expect(de(key)).toContain('Durchsuchungsbeschluss (search warrant)');
    expect(de(key)).not.toContain('richterlichem Beschluss');
    expect(de(key)).not.toContain('in gutem Glauben');
    expect(de(key)).not.toMatch(/und ohne Beschluss und ohne/);
  });

  it('the recipient line names Ring’s guidelines too', () => {
    expect(de('recipient_police')).toMatch(/^Polizei und Behörden \(nach Rings Richtlinien:/);
    expect(en('recipient_police')).toMatch(/under Ring's guidelines/);
  });

  it('the slips the review listed are gone', () => {
    const text = all('de').join('\n');
    expect(text).not.toContain('Shared Access');
    expect(text).not.toMatch(/„Home“|„Away“/);
    expect(text).not.toContain('Video-Verifizierung');
    expect(text).not.toContain('Mitnutzer');
    expect(text).not.toContain('Snapshot-Aufnahme');
    expect(text).not.toContain('Echo Show-Modelle');
    expect(text).not.toContain('Haupt-Dashboard');
    expect(text).not.toContain('Zwei-Faktor-Authentifizierung');
    expect(text).not.toMatch(/ohne Sie an die Polizei/);
    expect(text).not.toMatch(/Die Tonaufnahme ist an\b/);
    expect(de('finding_alexa_message_transcription_title')).toContain('Transkriptionen');
    expect(de('finding_ring_shared_users_step2')).toContain('„Gemeinsame Nutzer“');
    expect(de('finding_ring_virtual_security_guard_explanation')).toContain('„Zuhause“ oder „Abwesend“');
    // One name for Snapshot Capture; the older one appears once, as such.
    const snapshotKeys = Object.keys(MESSAGES.de).filter((k) => k.includes('snapshot_capture'));
    const older = snapshotKeys.filter((k) => de(k).includes('Momentaufnahme'));
    expect(older).toEqual(['finding_ring_snapshot_capture_explanation']);
    expect(de('finding_ring_snapshot_capture_explanation')).toContain('in älteren App-Versionen „Momentaufnahme“');
    // Device owner: Eigentümer (Ring's word), never Besitzer or Inhaber for a device.
    expect(de('recipient_device_owner')).toBe('Eigentümer des Geräts');
    expect(de('flow_recipient_device_owner')).toBe('Geräteeigentümer');
    expect(text).not.toMatch(/Inhaber des Geräts|Besitzer des Geräts/);
  });
});

describe('not covered before: new manual checks, each with region, official link and review date', () => {
  const NEW = {
    'ring.appstore-apps': { regions: undefined, facts: [/live view/, /clips and snapshots/, /can still keep and use/, /not under Linked Accounts/] },
    'ring.alexa-greetings': { regions: ['US', 'CA'], facts: [/Premium plan, US and Canada/, /delivery driver, a salesperson/] },
    'ring.ai-event-alerts': { regions: ['US', 'CA'], facts: [/Single Event Alert/, /unusual-activity/, /learns/] },
    'alexa.alexa-plus': { regions: ['US'], facts: [/automatically/, /remember/, /Follow-Up Mode/] },
    'alexa.voice-cloud-only': { regions: ['US'], facts: [/28 March 2025/, /Do Not Send Voice Recordings/, /Don't save recordings/] },
  } as const;

  it.each(Object.entries(NEW))('%s', (id, { regions, facts }) => {
    const entry = MANUAL_CHECKS[id];
    expect(entry, id).toBeDefined();
    expect(entry!.reviewedOn).toBe('2026-12-06');
    expect(entry!.regions).toEqual(regions);
    expect(entry!.helpUrlVerified || (entry!.helpUrlNote ?? '').length > 20).toBe(true);
    for (const fact of facts) expect(en(findingMessageKey(id, 'explanation'))).toMatch(fact);
    expect(de(findingMessageKey(id, 'explanation'))).toMatch(/nicht lesen/);
  });

  it('the retention finding tells a returning user that on-device processing is gone', () => {
    expect(en('finding_alexa_voice_retention_explanation')).toContain('ended "Do Not Send Voice Recordings" on 28 March 2025');
    expect(de('finding_alexa_voice_retention_explanation')).toContain('28. März 2025');
  });

  it('Virtual Security Guard says when guards see live view, and links Ring’s current article', () => {
    const text = en('finding_ring_virtual_security_guard_explanation');
    expect(text).toMatch(/while the system is disarmed the guards neither monitor events nor see live view/);
    expect(text).toMatch(/indoor cameras are watched only if you enrol each one/);
    expect(text).toMatch(/cannot see your Event History or download, share or save videos/);
    expect(MANUAL_CHECKS['ring.virtual-security-guard']?.helpUrl.en).toContain('ring.com/support/articles/h59fe');
  });
});
