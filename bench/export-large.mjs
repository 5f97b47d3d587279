// Figure 9: the CLI on a large official data export (issue 30). A zip of 3 GiB: three 1 GiB Alexa recordings
// stored (not deflated), a 400,000-row DeviceEvents.csv and the known Amazon tables, written as a sparse file so
// the bench needs little disk. Measured: wall time and the process's peak resident memory (/usr/bin/time -f %M),
// which must stay far below the file's size because the reader streams it.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { ROOT } from './load-ts.mjs';
import { median, ms, mb, row } from './stats.mjs';

const RUNS = 3;
const GIB = 1024 ** 3;
/** CRC-32 of 1 GiB of zero bytes (zlib.crc32 over 1,024 × 1 MiB of zeros): the recordings' checksum. */
const CRC_1GIB_ZEROS = 0x5b64c2b0;

function tables() {
  const events = ['Device Name,Event Type,Created At,Duration'];
  for (let i = 0; i < 400_000; i++)
    events.push(`Cam ${i % 7},motion,2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z,${i % 60}`);
  return {
    'DeviceEvents.csv': strToU8(events.join('\r\n')),
    'Devices.Registration/registration.csv': strToU8('AccountName,FirstTimeRegistered\r\nKitchen Echo,2018-11-03T09:12:00Z\r\n'),
    'Alexa/Location/Country of Residence-1.csv': strToU8('Timestamp,Country\r\n2018-11-03T09:15:00Z,US\r\n'),
  };
}

/** Writes the zip: the deflated tables first, then the stored recordings as holes (sparse), then the directory. */
function writeLargeExport(path, recordings = 3) {
  const small = zipSync(tables(), { level: 6 });
  const view = new DataView(small.buffer, small.byteOffset);
  const eocdAt = small.length - 22;
  const count = view.getUint16(eocdAt + 10, true);
  const cdSize = view.getUint32(eocdAt + 12, true);
  const cdAt = view.getUint32(eocdAt + 16, true);
  const fd = openSync(path, 'w');
  let at = 0;
  const put = (bytes) => {
    writeSync(fd, bytes, 0, bytes.length, at);
    at += bytes.length;
  };
  put(small.subarray(0, cdAt));
  const centrals = [];
  for (let n = 0; n < recordings; n++) {
    const name = strToU8(`Alexa/Audio/recording-${n}.wav`);
    const offset = at;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 45, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint32(14, CRC_1GIB_ZEROS, true);
    lv.setUint32(18, GIB, true);
    lv.setUint32(22, GIB, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    put(local);
    at += GIB; // a hole: reads as zeros, takes no disk
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 45, true);
    cv.setUint16(6, 45, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint32(16, CRC_1GIB_ZEROS, true);
    cv.setUint32(20, GIB, true);
    cv.setUint32(24, GIB, true);
    cv.setUint16(28, name.length, true);
    // Offsets past 4 GiB would need zip64; three recordings stay below it.
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    centrals.push(central);
  }
  const directoryAt = at;
  put(small.subarray(cdAt, cdAt + cdSize));
  for (const c of centrals) put(c);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count + recordings, true);
  ev.setUint16(10, count + recordings, true);
  ev.setUint32(12, at - directoryAt, true);
  ev.setUint32(16, directoryAt, true);
  put(eocd);
  closeSync(fd);
}

function measure(zip) {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/alexpose.js', 'scan', '--format', 'json', zip], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  if (r.status !== 0) throw new Error(`CLI on the large export exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  const report = JSON.parse(r.stdout);
  const files = report.exports?.[0]?.files ?? [];
  if (files.length !== 6 || !files.some((f) => f.path === 'DeviceEvents.csv' && f.rows === 400_000)) throw new Error('the large export was not read in full');
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return { elapsed, rss: kb * 1024 };
}

export function exportRows() {
  if (!existsSync('/usr/bin/time')) return [row('CLI on a 3 GiB export', 'skipped', '—', undefined, '/usr/bin/time is missing')];
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-bench-export-'));
  try {
    const zip = join(dir, 'All Data Categories.zip');
    writeLargeExport(zip);
    const size = statSync(zip).size;
    measure(zip); // warm-up
    const runs = Array.from({ length: RUNS }, () => measure(zip));
    const time = median(runs.map((r) => r.elapsed));
    const rss = median(runs.map((r) => r.rss));
    return [
      row(`CLI scan of a ${mb(size)} export (3 × 1 GiB stored audio, 400,000-row CSV): wall time`, ms(time), '—', undefined, `median of ${RUNS}`),
      row('  peak resident memory of that run', mb(rss), '≤ 256 MB', rss <= 256 * 1024 * 1024, `${((rss / size) * 100).toFixed(1)} % of the file`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
