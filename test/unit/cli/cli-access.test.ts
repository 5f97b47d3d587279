/** The CLI carries access[] in JSON and names it in text and Markdown, in both languages. */
import { run } from '../../../src/cli/main.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import type { Report } from '../../../src/model/report.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { NOW, fixturePath } from '../fixtures.ts';

const HAR = fixturePath('account.har');
const CONTROL_CENTER_DE = fixturePath('control-center-de.html');

async function cli(argv: string[]) {
  let stdout = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: () => undefined, now: () => NOW, env: {} });
  return { code, stdout };
}

describe('alexpose scan: access', () => {
  it('JSON: access[] with the shared user and the Control Center entries, no first-seen date without a history', async () => {
    const { code, stdout } = await cli(['scan', '--format', 'json', HAR, CONTROL_CENTER_DE]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(reportIssues(report)).toEqual([]);
    expect(report.access?.map((e) => e.kind)).toEqual(expect.arrayContaining(['person', 'client', 'service', 'device']));
    expect(report.access?.find((e) => e.name === 'Sam Beispiel')).toMatchObject({ kind: 'person', verified: true, firstSeen: null });
    expect(stdout).not.toMatch(/example\.invalid/);
  });

  it.each(['en', 'de'] as const)("Markdown and text (%s): the access heading and the count in the language's plural form", async (lang) => {
    const json = JSON.parse((await cli(['scan', '--format', 'json', '--lang', lang, HAR, CONTROL_CENTER_DE])).stdout) as Report;
    const count = json.access?.length ?? 0;
    const line = (MESSAGES[lang][count === 1 ? 'access_line_one' : 'access_line_other']?.message ?? '').replace('$1', String(count));
    const md = (await cli(['scan', '--format', 'markdown', '--lang', lang, HAR, CONTROL_CENTER_DE])).stdout;
    expect(md).toContain(`## ${MESSAGES[lang]['access_heading']?.message}`);
    expect(md).toContain(line);
    const text = (await cli(['scan', '--lang', lang, HAR, CONTROL_CENTER_DE])).stdout;
    expect(text).toContain(line);
  });
});
