// @vitest-environment node
import { runChecks } from '../../../src/findings/lookups.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { dashboardResults, devicesCapture, harResults, settingsCapture, subjectsOf } from '../fixtures.ts';

describe('all checks on the fixtures', () => {
  const separateFiles = [devicesCapture(), settingsCapture('70010001'), settingsCapture('70010002'), settingsCapture('70010003')].map(readCapture);

  it.each([
    ['separate JSON files', () => separateFiles],
    ['the HAR alone', harResults],
  ])('gives the expected subjects for %s', (_name, results) => {
    const findings = runChecks(mergeRecords(results()));
    expect(subjectsOf(findings, 'ring.e2ee-off')).toEqual(['70010001', '70010002']);
    expect(subjectsOf(findings, 'ring.audio-recording')).toEqual(['70010001', '70010003']);
    expect(subjectsOf(findings, 'ring.shared-with-you')).toEqual(['70020007']);
    expect(subjectsOf(findings, 'ring.sidewalk')).toEqual(['70010002']);
  });

  it('gives devices but no e2ee findings for the dashboard page alone', () => {
    const results = dashboardResults();
    expect(results.map((r) => r.source.id)).toEqual(['ring.page-state']);
    const findings = runChecks(mergeRecords(results));
    expect(subjectsOf(findings, 'ring.e2ee-off')).toEqual([]);
    expect(subjectsOf(findings, 'ring.audio-recording')).toEqual(['70010001']);
    expect(subjectsOf(findings, 'ring.shared-with-you')).toEqual(['70020007']);
  });
});
