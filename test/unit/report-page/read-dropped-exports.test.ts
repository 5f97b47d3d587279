// @vitest-environment node
import { readDroppedExports } from '../../../src/report-page/exports/read-dropped-exports.ts';
import { ringExportFiles, zipOf } from '../../fixtures/exports/build-exports.ts';

const NOW = '2026-12-06T12:00:00.000Z';

/** A File as a folder pick gives it: its path inside the chosen folder in webkitRelativePath. */
function pickedFile(path: string, data: Uint8Array<ArrayBuffer>): File {
  const file = new File([data], path.split('/').at(-1) ?? path);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('readDroppedExports (report page)', () => {
  it('reads zips as exports and leaves HAR and JSON files to the saved-file readers', async () => {
    const zip = new File([zipOf(ringExportFiles())], 'All Data Categories.zip', { type: 'application/zip' });
    const har = new File(['{"log":{"entries":[]}}'], 'account.har');
    const { results, rest } = await readDroppedExports([zip, har], NOW);
    expect(results.map((r) => [r.file, r.result.source.id, r.result.source.status])).toEqual([['All Data Categories.zip', 'ring.export', 'read']]);
    expect(rest.map((f) => f.name)).toEqual(['account.har']);
  });

  it('reads the files of a chosen folder as one export, with their paths inside it', async () => {
    const files = Object.entries(ringExportFiles()).map(([path, data]) => pickedFile(`My Ring Export/${path}`, data as Uint8Array<ArrayBuffer>));
    const { results, rest } = await readDroppedExports(files, NOW);
    expect(rest).toEqual([]);
    const [only] = results;
    expect(only?.file).toBe('My Ring Export');
    expect(only?.result.records.exportInventories?.[0]?.files.map((f) => f.path)).toEqual([
      'AppEvents.csv',
      'DeviceEvents.csv',
      'Emails/Notification-1.json',
      'RingDeviceRegistry/Device.csv',
    ]);
    expect(only?.result.records.exportFacts?.[0]?.ringLocation?.wifiName).toBe(true);
  });
});
