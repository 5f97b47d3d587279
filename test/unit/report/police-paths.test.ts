// @vitest-environment node
import { ringPolicePaths } from '../../../src/report/police-paths.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator, MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import type { Records } from '../../../src/model/records.ts';
import { NOW } from '../fixtures.ts';
import { control, device, resultOf, settings } from '../records.ts';

const OPEN_CLOSERS = ['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'];

function pathOf(records: Records, id = '1') {
  const path = ringPolicePaths(records).find((p) => p.deviceId === id);
  if (!path) throw new Error(`no police path for ${id}`);
  return path;
}

describe('ringPolicePaths states', () => {
  it('is open for a subscribed camera with encryption off, with every closer', () => {
    const path = pathOf({
      ringDevices: [device('1', { name: 'Front Door' })],
      ringDeviceSettings: [settings('1', { e2eeEnabled: false, recordingTtlDays: 30 })],
    });
    expect(path).toEqual({
      deviceId: '1',
      deviceName: 'Front Door',
      state: 'open',
      retentionDays: 30,
      closers: OPEN_CLOSERS,
      evidence: 'ring.device-settings',
      evidenceField: 'video_settings.encryption_enabled',
      evidenceFields: ['video_settings.encryption_enabled', 'subscribed'],
    });
  });

  it('is open when the plan is unknown but encryption is off', () => {
    expect(pathOf({ ringDevices: [device('1', { subscribed: null })], ringDeviceSettings: [settings('1', { e2eeEnabled: false })] }).state).toBe('open');
  });

  it('is closed-e2ee with encryption on, even with a plan', () => {
    const path = pathOf({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { e2eeEnabled: true, recordingTtlDays: 7 })] });
    expect(path).toMatchObject({ state: 'closed-e2ee', retentionDays: 7, closers: [] });
  });

  it('is closed-no-cloud only when the device says it does not record, even with encryption off', () => {
    const off = settings('1', {
      e2eeEnabled: false,
      cloudRecording: false,
      sources: { cloudRecording: 'ring.device-info' },
      paths: { cloudRecording: 'features.video_recording.recording_state' },
    });
    expect(pathOf({ ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [off] })).toEqual({
      deviceId: '1',
      deviceName: 'Device 1',
      state: 'closed-no-cloud',
      retentionDays: null,
      closers: [],
      evidence: 'ring.device-info',
      evidenceField: 'device.features.video_recording.recording_state',
      evidenceFields: ['device.features.video_recording.recording_state'],
    });
  });

  it('is unknown, not closed, when subscribed: false is the only statement about recording', () => {
    expect(pathOf({ ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', { e2eeEnabled: false })] })).toMatchObject({
      state: 'unknown',
      closers: [],
    });
    expect(pathOf({ ringDevices: [device('1', { subscribed: false })] }).state).toBe('unknown');
  });

  it('is open for a camera that records with subscribed: false and encryption off, naming the recording field', () => {
    const on = settings('1', {
      e2eeEnabled: false,
      recordingTtlDays: 60,
      cloudRecording: true,
      sources: { e2eeEnabled: 'ring.device-info', cloudRecording: 'ring.device-info' },
      paths: { cloudRecording: 'features.video_recording.recording_enabled' },
    });
    expect(pathOf({ ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [on] })).toMatchObject({
      state: 'open',
      retentionDays: 60,
      closers: OPEN_CLOSERS,
      evidence: 'ring.device-info',
      evidenceField: 'device.settings.video_settings.encryption_enabled',
      evidenceFields: ['device.settings.video_settings.encryption_enabled', 'device.features.video_recording.recording_enabled'],
    });
  });

  it('is local-only with Ring Edge storage, before anything else', () => {
    expect(pathOf({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { localStorage: true, e2eeEnabled: false })] })).toMatchObject({
      state: 'local-only',
      closers: [],
    });
  });

  it('is unknown, never closed, when encryption was not read', () => {
    expect(pathOf({ ringDevices: [device('1')] })).toMatchObject({ state: 'unknown', retentionDays: null, closers: [] });
    expect(pathOf({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { recordingTtlDays: 30 })] }).state).toBe('unknown');
  });

  it('lists cameras only', () => {
    const records = { ringDevices: [device('1'), device('2', { category: 'chime', hasCamera: false })] };
    expect(ringPolicePaths(records).map((p) => p.deviceId)).toEqual(['1']);
    expect(ringPolicePaths({})).toEqual([]);
  });
});

describe('ringPolicePaths retention', () => {
  const page = [control('video-storage', null, { amount: 60 })];

  it('takes days from the settings document before the Control Center', () => {
    expect(
      pathOf({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { e2eeEnabled: false, recordingTtlDays: 7 })], ringControlSettings: page })
        .retentionDays,
    ).toBe(7);
  });

  it('falls back to the Control Center amount', () => {
    expect(pathOf({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { e2eeEnabled: false })], ringControlSettings: page }).retentionDays).toBe(
      60,
    );
    expect(pathOf({ ringDevices: [device('1')], ringControlSettings: [control('video-storage', null), ...page] }).retentionDays).toBe(60);
  });
});

describe('police paths in the report', () => {
  const results = [
    resultOf({
      ringDevices: [
        device('1', { name: 'Open Cam' }),
        device('2', { name: 'Unknown Cam' }),
        device('3', { name: 'E2EE Cam' }),
        device('4', { name: 'Edge Cam' }),
        device('5', { name: 'No Plan Cam', subscribed: false }),
      ],
      ringDeviceSettings: [
        settings('1', { e2eeEnabled: false, recordingTtlDays: 45 }),
        settings('3', { e2eeEnabled: true }),
        settings('4', { localStorage: true }),
        settings('5', { cloudRecording: false }),
      ],
    }),
  ];
  const report = (locale: Locale) => buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: 'test', now: NOW });
  const message = (locale: Locale, key: string) => MESSAGES[locale][key]?.message ?? '';

  it.each(['en', 'de'] as const)('localises every state in %s, substituting the days', (locale) => {
    const paths = report(locale).policePaths ?? [];
    expect(paths.map((p) => [p.deviceId, p.state])).toEqual([
      ['1', 'open'],
      ['2', 'unknown'],
      ['3', 'closed-e2ee'],
      ['4', 'local-only'],
      ['5', 'closed-no-cloud'],
    ]);
    for (const p of paths) {
      const key = `police_path_${p.state.replace(/-/g, '_')}`;
      expect(p.title).toBe(message(locale, `${key}_title`));
      expect(p.explanation).toBe(message(locale, `${key}_explanation`).replace('$1', p.retentionDays === null ? '?' : String(p.retentionDays)));
    }
    const open = paths[0];
    expect(open?.explanation).toContain(locale === 'de' ? '45 Tage' : '45 days');
    expect(open?.explanation).not.toContain('$1');
  });

  it('writes German text that differs from the English one', () => {
    const en = report('en').policePaths ?? [];
    const de = report('de').policePaths ?? [];
    expect(de.map((p) => p.title)).not.toContain(en[0]?.title);
    de.forEach((p, i) => {
      expect(p.title).not.toBe(en[i]?.title);
      expect(p.explanation).not.toBe(en[i]?.explanation);
    });
    expect(de[0]?.title).toBe('Ring kann die Videos dieser Kamera öffnen und an die Polizei geben');
  });

  it("substitutes '?' when the days are unknown", () => {
    const open = buildReport([resultOf({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { e2eeEnabled: false })] })], {
      t: bundledTranslator('en'),
      locale: 'en',
      toolVersion: 'test',
      now: NOW,
    }).policePaths?.[0];
    expect(open).toMatchObject({ state: 'open', retentionDays: null });
    expect(open?.explanation).toContain('kept for ? days');
  });
});
