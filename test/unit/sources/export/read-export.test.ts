// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { readExportFiles, readExportZip } from '../../../../src/sources/export/read-export.ts';
import type { ExportFile } from '../../../../src/model/export.ts';
import { amazonExportFiles, chunksOf, ringExportFiles, SECRETS, zipOf, zipWithHugeAudio } from '../../../fixtures/exports/build-exports.ts';

const NOW = '2026-12-06T12:00:00.000Z';
const fileAt = (files: readonly ExportFile[], path: string) => files.find((f) => f.path === path);

describe('readExportZip: Amazon', () => {
  it('inventories every file and reads the known ones', async () => {
    const result = await readExportZip('Amazon All Data Categories.zip', chunksOf(zipOf(amazonExportFiles()), 777), NOW);
    expect(result.source).toMatchObject({ id: 'amazon.export', service: 'amazon', status: 'read', kind: 'export' });
    const [inventory] = result.records.exportInventories ?? [];
    expect(inventory).toMatchObject({ service: 'amazon', kind: 'amazon-data-export', readAt: NOW, label: 'Amazon All Data Categories.zip' });
    const files = inventory?.files ?? [];
    expect(files).toHaveLength(Object.keys(amazonExportFiles()).length);
    expect(fileAt(files, 'Devices.Registration/registration.csv')).toMatchObject({ rows: 3, status: 'read', firstDate: '2017-06-30', lastDate: '2025-01-01' });
    expect(fileAt(files, 'Alexa/Audio/2019-01-05-recording.wav')).toMatchObject({ bytes: 2048, rows: null, status: 'inventoried', note: 'audio-counted' });
    // Unknown tables: counted and dated, never skipped; a quoted line break is one row.
    expect(fileAt(files, 'Retail.Mystery/Unknown.Thing.csv')).toMatchObject({
      rows: 2,
      status: 'inventoried',
      firstDate: '2020-03-04',
      lastDate: '2021-12-24',
    });
    expect(fileAt(files, 'Alexa/SmartHome/Alexa.SmartHome.Unknown.csv')).toMatchObject({ rows: 1, status: 'inventoried', firstDate: '2023-01-01' });
    expect(fileAt(files, 'Alexa/README.txt')).toMatchObject({ status: 'inventoried', note: 'text-not-read' });
    const [facts] = result.records.exportFacts ?? [];
    expect(facts?.registeredDevices).toEqual({
      file: 'Devices.Registration/registration.csv',
      names: ['Kitchen Echo', 'Living room "big" Echo Show', 'Old Fire TV'],
      count: 3,
      firstDate: '2017-06-30',
      lastDate: '2025-01-01',
    });
    expect(facts?.countries?.changes).toEqual([
      { date: '2018-11-03', country: 'US' },
      { date: '2021-03-01', country: 'DE' },
    ]);
    expect(facts?.voice).toMatchObject({ interactions: 3, audioFiles: 1, firstDate: '2019-01-05', lastDate: '2026-11-30' });
    expect(facts?.audiences).toMatchObject({
      amazon: ['Smart Home Enthusiasts', 'In-market: Security Cameras', 'Frequent Voice Shoppers'],
      thirdParty: ['Homeowners (Data Partner X)'],
      advertisers: 1,
    });
  });

  it('reads a zip written as a stream (sizes after the data) the same way', async () => {
    const { Zip, ZipDeflate } = await import('fflate');
    const parts: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      const zip = new Zip((err, data, final) => {
        if (err) reject(err);
        parts.push(data);
        if (final) resolve();
      });
      for (const [name, data] of Object.entries(amazonExportFiles())) {
        const entry = new ZipDeflate(name, { level: 6 });
        zip.add(entry);
        entry.push(data as Uint8Array, true);
      }
      zip.end();
    });
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    const result = await readExportZip('streamed.zip', chunksOf(bytes, 1000), NOW);
    expect(result.source.status).toBe('read');
    expect(result.records.exportFacts?.[0]?.registeredDevices?.count).toBe(3);
  });
});

describe('readExportZip: Ring', () => {
  it('keeps which location data the registry holds, never the values', async () => {
    const result = await readExportZip('All Data Categories.zip', chunksOf(zipOf(ringExportFiles())), NOW);
    expect(result.source).toMatchObject({ id: 'ring.export', service: 'ring', status: 'read' });
    const facts = result.records.exportFacts?.[0];
    expect(facts?.ringLocation).toEqual({
      file: 'RingDeviceRegistry/Device.csv',
      devices: ['Front Door', 'Garden'],
      coordinates: true,
      wifiName: true,
      ipAddresses: true,
      address: true,
    });
    // A JSON list: its items are rows, dated by its camel-case date key.
    expect(fileAt(result.records.exportInventories?.[0]?.files ?? [], 'Emails/Notification-1.json')).toMatchObject({
      rows: 1,
      firstDate: '2025-02-02',
      status: 'inventoried',
    });
    expect(facts?.ringEvents).toEqual({
      deviceEvents: { file: 'DeviceEvents.csv', rows: 3, firstDate: '2024-01-02', lastDate: '2025-12-01' },
      appEvents: { file: 'AppEvents.csv', rows: 2, firstDate: '2025-01-01', lastDate: '2025-01-01' },
    });
    const json = JSON.stringify(result);
    for (const secret of Object.values(SECRETS)) expect(json).not.toContain(secret);
    expect(json).not.toContain('someone@example.invalid');
  });

  it('reads the unzipped files of an export', async () => {
    const files = Object.entries(ringExportFiles()).map(([path, data]) => ({ path, chunks: () => chunksOf(data as Uint8Array) }));
    const result = await readExportFiles('All Data Categories (folder)', files, NOW);
    expect(result.source.status).toBe('read');
    expect(result.records.exportInventories?.[0]?.files).toHaveLength(4);
    expect(result.records.exportFacts?.[0]?.ringLocation?.coordinates).toBe(true);
  });
});

describe('readExportZip: bad input gets an error of its own', () => {
  it('refuses a file that is not a zip', async () => {
    const result = await readExportZip('notes.zip', chunksOf(strToU8('Timestamp,Country\n2020-01-01,US\n')), NOW);
    expect(result.source.status).toBe('error');
    expect(result.source.diagnostics[0]).toMatchObject({ code: 'not-a-zip' });
    expect(result.records).toEqual({});
  });

  it('refuses a 0-byte file', async () => {
    const result = await readExportZip('empty.zip', chunksOf(new Uint8Array(0)), NOW);
    expect(result.source.status).toBe('error');
    expect(result.source.diagnostics[0]).toMatchObject({ code: 'empty' });
  });

  it('keeps what came before the cut of a truncated zip, and says so', async () => {
    const bytes = zipOf(ringExportFiles());
    const result = await readExportZip('cut.zip', chunksOf(bytes.subarray(0, Math.floor(bytes.length * 0.6))), NOW);
    expect(result.source.status).toBe('partial');
    expect(result.source.diagnostics.map((d) => d.code)).toContain('truncated');
    expect((result.records.exportInventories?.[0]?.files ?? []).length).toBeGreaterThan(0);
  });

  it('names a damaged entry and reads the others', async () => {
    const bytes = zipOf({ 'DeviceEvents.csv': strToU8('a,b\n'.repeat(2000)), 'RingDeviceRegistry/Device.csv': strToU8('Device Name\nFront Door\n') });
    // Garble the first entry's deflate data (after its 30-byte header and name).
    const damaged = bytes.slice();
    for (let i = 30 + 'DeviceEvents.csv'.length; i < 30 + 'DeviceEvents.csv'.length + 12; i++) damaged[i] = 0xff;
    const result = await readExportZip('damaged.zip', chunksOf(damaged), NOW);
    const files = result.records.exportInventories?.[0]?.files ?? [];
    expect(fileAt(files, 'DeviceEvents.csv')?.note).toBe('corrupt-data');
    expect(fileAt(files, 'RingDeviceRegistry/Device.csv')?.status).toBe('read');
  });

  it('does not read an entry whose name climbs out of the export', async () => {
    const result = await readExportZip(
      'traversal.zip',
      chunksOf(zipSync({ '../../etc/evil.csv': strToU8('Timestamp\n2020-01-01\n'), 'DeviceEvents.csv': strToU8('Created At\n2024-01-01\n') })),
      NOW,
    );
    expect(result.source.status).toBe('partial');
    expect(result.source.diagnostics.find((d) => d.code === 'unsafe-name')?.message).toMatch(/outside the export/);
    const evil = fileAt(result.records.exportInventories?.[0]?.files ?? [], '../../etc/evil.csv');
    expect(evil).toMatchObject({ status: 'inventoried', rows: null, note: 'unsafe-name' });
  });

  it('caps a zip bomb: inflated bytes per entry and in total, and the entry count', async () => {
    const bomb = zipSync({ 'DeviceEvents.csv': new Uint8Array(5_000_000).fill(0x41), 'b.csv': strToU8('x\n1\n') }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    const perEntry = await readExportZip('bomb.zip', chunksOf(bomb), NOW, { maxEntries: 100, maxEntryBytes: 1_000_000, maxTotalBytes: 10_000_000 });
    expect(perEntry.source.diagnostics.map((d) => d.code)).toContain('zip-bomb');
    expect(fileAt(perEntry.records.exportInventories?.[0]?.files ?? [], 'DeviceEvents.csv')?.note).toBe('inflated-too-large');
    expect(fileAt(perEntry.records.exportInventories?.[0]?.files ?? [], 'b.csv')?.rows).toBe(1);
    const total = await readExportZip('bomb.zip', chunksOf(bomb), NOW, { maxEntries: 100, maxEntryBytes: 10_000_000, maxTotalBytes: 1_000_000 });
    expect(total.source.diagnostics.find((d) => d.code === 'zip-bomb')?.message).toMatch(/the rest was not read/);
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.csv`, strToU8('a\n1\n')]));
    const count = await readExportZip('many.zip', chunksOf(zipSync(many)), NOW, { maxEntries: 10, maxEntryBytes: 1e6, maxTotalBytes: 1e7 });
    expect(count.source.diagnostics.map((d) => d.code)).toContain('too-many-entries');
    expect(count.records.exportInventories?.[0]?.files).toHaveLength(10);
  });

  it('counts an unknown export file by file instead of guessing', async () => {
    const result = await readExportZip(
      'other.zip',
      chunksOf(zipSync({ 'photos/a.jpg': new Uint8Array(10), 'misc/table.csv': strToU8('When,What\n2022-02-02,x\n') })),
      NOW,
    );
    expect(result.source.status).toBe('unrecognized');
    expect(result.records.exportInventories?.[0]).toMatchObject({ service: 'unknown', kind: 'unrecognized-export' });
    expect(result.records.exportInventories?.[0]?.files.map((f) => [f.path, f.rows, f.firstDate])).toEqual([
      ['misc/table.csv', 1, '2022-02-02'],
      ['photos/a.jpg', null, null],
    ]);
  });
});

describe('readExportZip: a 1 GiB stored recording', () => {
  it('is counted, not decoded, with memory bounded', async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const result = await readExportZip('Alexa.zip', zipWithHugeAudio(amazonExportFiles()), NOW);
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    const huge = fileAt(result.records.exportInventories?.[0]?.files ?? [], 'Alexa/Audio/huge-recording.wav');
    expect(huge).toMatchObject({ bytes: 1024 ** 3, status: 'inventoried', note: 'audio-counted' });
    expect(result.source.status).toBe('read');
    expect(result.records.exportFacts?.[0]?.voice?.audioFiles).toBe(2);
    // The whole file would be 1,024 MB; the reader works in slices of 1 MB.
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  }, 120_000);
});
