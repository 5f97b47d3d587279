// @vitest-environment node
/**
 * Issue 20.6 and 11.7/12.5: inputs that are huge, endless, special, differently encoded or partly broken. Each case
 * ends with one stderr line per input and an exit status that counts inputs, not entries. Timeouts here are hang
 * guards only; no test asserts a speed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import type { Report } from '../../../src/model/report.ts';
import { fixturePath, NOW } from '../fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HAR_PATH = fixturePath('account.har');
const HAR_TEXT = readFileSync(HAR_PATH, 'utf8');
const HANG_GUARD_MS = 20_000;

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env: {} });
  return { code, stdout, stderr, lines: stderr.split('\n').filter((l) => l !== ''), json: () => JSON.parse(stdout) as Report };
}

/** Runs `work` with Date and setTimeout faked, moving the clock on whenever real I/O has had its turn. */
async function withFakeClock<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  try {
    let settled = false;
    const running = work().finally(() => (settled = true));
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(20);
    }
    return await running;
  } finally {
    vi.useRealTimers();
  }
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

type Har = {
  log: {
    entries: {
      request: { url: string; method?: string; postData?: unknown };
      response: { status: number; content: { mimeType?: string; text?: string; encoding?: string } };
    }[];
  };
};
const har = (): Har => JSON.parse(HAR_TEXT) as Har;

const findingIds = (report: Report) => report.findings.map((f) => `${f.id} ${f.subject.id}`).sort();

describe.runIf(process.platform === 'linux')('special files end promptly with one line (Linux)', () => {
  it.each(['/dev/zero', '/dev/urandom'])(
    '%s: exit 2, one error line, bounded memory',
    async (device) => {
      const before = process.memoryUsage().rss;
      const { code, lines } = await cli(['scan', '--format', 'json', device]);
      expect(code).toBe(2);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^alexpose: (zero|urandom): This is binary data, not a HAR, JSON or HTML file\.$/);
      // Today's reader grew to 23 GB on /dev/zero; one 64 KB chunk is enough to tell.
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    },
    HANG_GUARD_MS,
  );

  it(
    'a FIFO without a writer: exit 2 with one line saying nothing arrived',
    async () => {
      const fifo = join(tmp, 'no-writer.har');
      execFileSync('mkfifo', [fifo]);
      // The reader's idle time (3 s) passes on fake clocks; its reads of the pipe stay real.
      const { code, lines } = await withFakeClock(() => cli(['scan', fifo]));
      expect(code).toBe(2);
      expect(lines).toEqual([expect.stringMatching(/^alexpose: no-writer\.har: Nothing arrived within \d+ s \(a pipe without a writer\?\)\.$/)]);
    },
    HANG_GUARD_MS,
  );

  it(
    'a FIFO with a writer is read like the file (process substitution, pipes)',
    async () => {
      const fifo = join(tmp, 'piped.har');
      execFileSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', HAR_PATH, fifo], { stdio: 'ignore' });
      const piped = await cli(['scan', '--format', 'json', fifo]);
      writer.kill();
      const direct = await cli(['scan', '--format', 'json', HAR_PATH]);
      expect(piped.code).toBe(0);
      expect(piped.stderr).toBe('');
      expect(findingIds(piped.json())).toEqual(findingIds(direct.json()));
    },
    HANG_GUARD_MS,
  );
});

describe('file type and size are checked before reading', () => {
  it(
    'a 1 GB regular file is refused without being read',
    async () => {
      const big = join(tmp, 'big.har');
      writeFileSync(big, '{');
      truncateSync(big, 1024 ** 3); // sparse: takes no disk space, but a whole-file read would load 1 GB
      const before = process.memoryUsage().rss;
      const { code, lines } = await cli(['scan', big]);
      expect(code).toBe(2);
      expect(lines).toEqual(['alexpose: big.har: The file is 1.0 GB, more than the 200 MB Alexposé reads; it was not read.']);
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    },
    HANG_GUARD_MS,
  );

  it('a directory is named as one', async () => {
    const { code, lines } = await cli(['scan', tmp]);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('This is a directory, not a file.');
  });

  it('an empty file says so', async () => {
    const { code, lines } = await cli(['scan', write('empty.json', '')]);
    expect(code).toBe(2);
    expect(lines).toEqual(['alexpose: empty.json: The file is empty.']);
  });
});

describe('encodings: UTF-8 with BOM and UTF-16 with BOM are read', () => {
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string) => {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  };

  it.each([
    ['UTF-8 with BOM', 'bom8.har', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HAR_TEXT, 'utf8')])],
    ['UTF-16 LE with BOM', 'le16.har', () => utf16le(HAR_TEXT)],
    ['UTF-16 BE with BOM', 'be16.har', () => utf16be(HAR_TEXT)],
  ])('%s HAR gives the same findings as the UTF-8 file', async (_name, file, bytes) => {
    const path = write(file, bytes());
    const encoded = await cli(['scan', '--format', 'json', path]);
    const plain = await cli(['scan', '--format', 'json', HAR_PATH]);
    expect(encoded.code).toBe(0);
    expect(encoded.stderr).toBe('');
    expect(findingIds(encoded.json())).toEqual(findingIds(plain.json()));
  });

  it('a UTF-8 BOM JSON response is read', async () => {
    const path = write('70010001-settings.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixturePath('settings-70010001.json'))]));
    const { code, json } = await cli(['scan', '--format', 'json', path]);
    expect(code).toBe(0);
    expect(json().sources).toEqual([expect.objectContaining({ id: 'ring.device-settings', status: 'read' })]);
  });
});

describe('one stderr line per input, and exit status by input', () => {
  it('1,204 broken entries of a known endpoint give one summary line, never one per entry', async () => {
    const h = har();
    const broken = Array.from({ length: 1204 }, (_, i) => ({
      request: { url: `https://account.ring.com/api/cgw/devices/v1/devices/${80000000 + i}/settings` },
      response: { status: 200, content: { mimeType: 'application/json', text: '{"video_settings": ' } },
    }));
    h.log.entries.push(...broken);
    const { code, lines } = await cli(['scan', '--format', 'json', write('broken.har', JSON.stringify(h))]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^alexpose: broken\.har: 1,204 of 1,215 entries could not be read; first: https:\/\/account\.ring\.com\/api\/cgw\/devices\/v1\/devices\/80000000\/settings: The response body is not valid JSON\.$/,
    );
    expect(code).toBe(1);
  });

  it('a 403 HTML answer on one entry is a diagnostic on that source; the HAR still exits 1, not 2', async () => {
    const h = har();
    const session = h.log.entries.find((e) => e.request.url.endsWith('/clients_api/session'));
    if (!session) throw new Error('fixture has no session entry');
    session.response = {
      status: 403,
      content: {
        mimeType: 'text/html',
        text: '<!DOCTYPE html><html><body><form action="/auth/login"><input type="password" name="password"></form></body></html>',
      },
    };
    const { code, json, lines } = await cli(['scan', '--format', 'json', write('expired.har', JSON.stringify(h))]);
    expect(code).toBe(1);
    const profile = json().sources.filter((s) => s.id === 'ring.profile');
    expect(profile).toEqual([expect.objectContaining({ status: 'error', origin: 'https://account.ring.com' })]);
    expect(profile[0]?.diagnostics).toEqual([
      expect.objectContaining({ code: 'session-refused', message: expect.stringMatching(/^HTTP 403: the response is a sign-in page, not the data\./) }),
    ]);
    expect(profile[0]?.diagnostics[0]?.message).not.toMatch(/profile/i);
    expect(
      json()
        .sources.filter((s) => s.status !== 'read')
        .map((s) => s.id),
    ).toEqual(['ring.profile']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('expired.har: 1 of 11 entries could not be read: https://account.ring.com/api/cgw/clients_api/session: HTTP 403');
  });

  it('a HAR whose known entries all answered 401 exits 2 with one line', async () => {
    const h = har();
    for (const e of h.log.entries) e.response = { status: 401, content: { mimeType: 'application/json', text: '{"error":"unauthorized"}' } };
    const { code, lines } = await cli(['scan', write('all-401.har', JSON.stringify(h))]);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/entries could not be read; first: .*HTTP 401: the response is an error, not the data\./);
  });

  it('a saved sign-in page is called a sign-in page, not a page without data', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>Amazon Sign-In</title></head><body><form name="signIn" action="https://www.amazon.de/ap/signin" method="post"><input type="email" name="email"><input type="password" name="password"></form></body></html>';
    const { code, lines } = await cli(['scan', write('signin.html', page)]);
    expect(code).toBe(2);
    expect(lines).toEqual(['alexpose: signin.html: The saved page is a sign-in page, not an account page: sign in, open the page again and save it then.']);
  });

  it('missing file, good HAR: exit 1 with exactly one line, for the missing file', async () => {
    const { code, lines } = await cli(['scan', join(tmp, 'nope.har'), HAR_PATH]);
    expect(code).toBe(1);
    expect(lines).toEqual(['alexpose: nope.har: File not found.']);
  });
});
