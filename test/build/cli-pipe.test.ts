/**
 * The built CLI when its reader stops early (`alexpose scan … | head`): the rest of the report is not written, stderr
 * stays as in a full run (no stack trace), and the exit status is the scan's own. A stdout that cannot be written
 * (a full disk) is one stderr line and status 2.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('bin/alexpose.js');
const dir = mkdtempSync(join(tmpdir(), 'alexpose-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture's device list with its cameras repeated under new ids: a report of hundreds of KB, far over a pipe's 64 KB buffer. */
function bigDeviceList(): string {
  const list = JSON.parse(readFileSync('test/fixtures/ring/ring-devices.json', 'utf8')) as Record<string, unknown>;
  const cams = list['stickup_cams'] as Record<string, unknown>[];
  list['stickup_cams'] = Array.from({ length: 1_500 }, (_, i) => ({ ...cams[i % cams.length], id: 900_000 + i, description: `Camera ${i}` }));
  const path = join(dir, 'ring_devices.json');
  writeFileSync(path, JSON.stringify(list));
  return path;
}

interface Ended {
  code: number | null;
  stderr: string;
  stdoutBytes: number;
}

/** Runs the CLI; `stopAfter` bytes of stdout (when given) are read before the reader closes its end of the pipe. */
function scan(args: string[], stopAfter?: number, stdout: 'pipe' | number = 'pipe'): Promise<Ended> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, 'scan', ...args], { stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    let stdoutBytes = 0;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stopAfter !== undefined && stdoutBytes >= stopAfter) child.stdout?.destroy();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr, stdoutBytes }));
  });
}

it('stops quietly with the scan status when the reader closes the pipe after the first bytes', async () => {
  const input = bigDeviceList();
  for (const format of ['json', 'text']) {
    const full = await scan(['--format', format, input]);
    expect(full.stdoutBytes).toBeGreaterThan(256 * 1024);
    const cut = await scan(['--format', format, input], 100);
    expect({ format, code: cut.code, stderr: cut.stderr }).toEqual({ format, code: full.code, stderr: full.stderr });
    expect(cut.stderr).not.toMatch(/EPIPE|Error|at /);
  }
}, 60_000);

it.runIf(process.platform === 'linux')(
  'says in one line that the report could not be written, with status 2',
  async () => {
    const full = openSync('/dev/full', 'w');
    const ended = await scan(['--format', 'json', bigDeviceList()], undefined, full);
    expect(ended.code).toBe(2);
    expect(ended.stderr).toBe('alexpose: cannot write the report: ENOSPC: no space left on device, write\n');
  },
  60_000,
);
