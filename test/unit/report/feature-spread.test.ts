/**
 * Per feature across cameras (issue 28 item 3): for switches Ring sets per camera, how many of the user's own
 * cameras still have each on, the cameras named, unread ones counted as unknown (never as off), a neighbour's
 * shared doorbell never counted. Fixtures: the project's device list (three own cameras, one shared doorbell),
 * its settings documents and Control Center page (Search Party rows per camera).
 */
import { readCapture } from '../../../src/sources/read-capture.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { NOW, devicesCapture, fixtureOutline, outlineCapture, settingsCapture } from '../fixtures.ts';

const ctx = { t: bundledTranslator('en'), locale: 'en' as const, toolVersion: '0.1.0', now: NOW };
const spreadOf = (ids: readonly string[]) =>
  buildReport(
    [
      readCapture(devicesCapture()),
      ...ids.map((id) => readCapture(settingsCapture(id))),
      readCapture(outlineCapture(fixtureOutline('control-center-en.html'))),
    ],
    ctx,
  );

describe('feature spread over the user’s own cameras', () => {
  it('every settings document read: audio on for 2 of 3, snapshots for 1 of 3, Search Party for 1 of 3 with 1 not read', () => {
    const report = spreadOf(['70010001', '70010002', '70010003']);
    expect(reportIssues(report)).toEqual([]);
    const byFeature = Object.fromEntries((report.featureSpread ?? []).map((s) => [s.feature, s]));
    expect(byFeature['audio-recording']).toEqual({
      feature: 'audio-recording',
      on: [
        { id: '70010001', name: 'Front Door' },
        { id: '70010003', name: 'Wohnzimmer' },
      ],
      off: 1,
      unknown: 0,
      total: 3,
    });
    expect(byFeature['snapshot-capture']).toMatchObject({ on: [{ id: '70010003', name: 'Wohnzimmer' }], off: 2, unknown: 0, total: 3 });
    // The Control Center names Search Party rows for two cameras; the third was not on that page.
    expect(byFeature['search-party']).toMatchObject({ on: [{ id: '70010002', name: 'Garten Flutlicht' }], off: 1, unknown: 1, total: 3 });
    // Fire Watch is off on both rows that were read: no line says "on for 0".
    expect(byFeature['fire-watch']).toBeUndefined();
  });

  it('a camera whose settings were not read is unknown, not off', () => {
    const report = spreadOf(['70010001']);
    const audio = report.featureSpread?.find((s) => s.feature === 'audio-recording');
    expect(audio).toMatchObject({ on: [{ id: '70010001' }], off: 0, unknown: 2, total: 3 });
  });

  it('never counts the neighbour’s shared doorbell', () => {
    const report = spreadOf(['70010001', '70010002', '70010003']);
    const named = (report.featureSpread ?? []).flatMap((s) => s.on.map((c) => c.name));
    expect(named).not.toContain('Nachbarn Eingang');
    expect((report.featureSpread ?? []).every((s) => s.total === 3)).toBe(true);
  });
});
