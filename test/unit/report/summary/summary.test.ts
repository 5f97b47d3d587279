/** The report's additive `summary` over the project's Ring and Amazon fixtures, read by the real readers. */
import { buildReport } from '../../../../src/report/build-report.ts';
import { translatorFrom, type Locale, type MessageFile } from '../../../../src/i18n/translate.ts';
import { reportIssues } from '../../../../src/model/report-schema.ts';
import { gradeFindings } from '../../../../src/report/summary/grade.ts';
import en from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import { alexaDeepScan, amazonPages, ringControlCenter, ringDeviceListOnly, ringHar, type Scan } from '../../ui-kit.ts';

const report = (scans: Scan[], locale: Locale = 'en') =>
  buildReport(
    scans.flatMap((s) => s.results),
    { t: translatorFrom(locale === 'de' ? de : en), locale, toolVersion: '0.0.0', now: '2026-11-21T10:00:00.000Z' },
  );

describe('Ring', () => {
  const r = report([ringHar(), ringControlCenter()]);
  const summary = r.summary!;

  it('conforms to the report schema and names the formula', () => {
    expect(reportIssues(r)).toEqual([]);
    expect(summary.formula).toBe((en as MessageFile)['summary_formula']!.message);
  });

  it('puts the action that closes the police path first, naming its cameras and the app path', () => {
    const first = summary.actions[0]!;
    expect(first.findingId).toBe('ring.e2ee-off');
    expect(first.closesPolicePaths).toBe((r.policePaths ?? []).filter((p) => p.state === 'open').length);
    expect(first.devices.map((d) => d.id).sort()).toEqual(['70010001', '70010002']);
    // E2EE can be set only in the app: no web page, the app path instead.
    expect(first.place).toMatchObject({ kind: 'app', url: null });
    expect(first.place.text).toContain('Control Center');
    expect(first.minutes).toBeGreaterThan(0);
  });

  it('ranks the rest by risk, then by reach within a risk, and links web-settable settings to the exact Ring page', () => {
    const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;
    const rest = summary.actions.slice(1);
    expect(rest.map((a) => rank[a.risk])).toEqual(rest.map((a) => rank[a.risk]).sort((a, b) => a - b));
    for (const risk of ['high', 'medium', 'low'] as const) {
      const reach = rest.filter((a) => a.risk === risk).map((a) => a.reach);
      expect(reach).toEqual([...reach].sort((a, b) => b - a));
    }
    expect(summary.actions.find((a) => a.findingId === 'ring.authorized-devices')?.place).toEqual({
      kind: 'web',
      text: 'https://account.ring.com/account/control-center/authorized-devices',
      url: 'https://account.ring.com/account/control-center/authorized-devices',
    });
    expect(summary.actions.some((a) => a.findingId === 'ring.shared-with-you')).toBe(false); // info is no action
  });

  it('grades from the findings; closing a police path raises the score', () => {
    expect(summary.grade).toMatch(/^[A-F]$/);
    const fixed = r.findings.filter((f) => !(f.id === 'ring.e2ee-off' && f.subject.id === '70010001'));
    const paths = (r.policePaths ?? []).map((p) => (p.deviceId === '70010001' ? { ...p, state: 'closed-e2ee' as const } : p));
    expect(gradeFindings(fixed, paths).score).toBeGreaterThan(summary.score!);
    expect(summary.costs[0]!.findingId).toBe('ring.e2ee-off');
  });
});

describe('coverage', () => {
  it('device list only: encryption unknown and the Control Center missing, each with its page; grade provisional', () => {
    const s = report([ringDeviceListOnly()]).summary!;
    expect(s.provisional).toBe(true);
    expect(s.coverage.gaps.map((g) => [g.source, g.url])).toEqual([
      ['ring.device-settings', 'https://account.ring.com/account/dashboard'],
      ['ring.control-center', 'https://account.ring.com/account/control-center'],
    ]);
    expect(s.coverage.gaps[1]!.unknown).toBeGreaterThan(0);
  });

  it('a camera shared with you is no gap you could close', () => {
    const r = report([ringHar()]);
    const shared = r.devices.filter((d) => d.owned === false).map((d) => d.id);
    const unknown = (r.policePaths ?? []).filter((p) => p.state === 'unknown').map((p) => p.deviceId);
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((id) => shared.includes(id))).toBe(true);
    expect(r.summary!.coverage.gaps.map((g) => g.source)).toEqual(['ring.control-center']);
  });

  it('nothing readable: no grade', () => {
    const s = report([]).summary!;
    expect([s.grade, s.score]).toEqual(['?', null]);
  });
});

describe('Amazon on amazon.de', () => {
  it('links the exact amazon.de pages whatever the UI language', () => {
    for (const locale of ['en', 'de'] as const) {
      const s = report([alexaDeepScan(), amazonPages()], locale).summary!;
      const web = s.actions.filter((a) => a.place.kind === 'web');
      expect(web.length).toBeGreaterThan(0);
      expect(web.every((a) => a.place.url!.startsWith('https://www.amazon.de/'))).toBe(true);
      expect(s.actions.find((a) => a.findingId === 'alexa.human-review')?.place.url).toBe('https://www.amazon.de/alexa-privacy/apd/myad');
      expect(s.coverage.complete).toBe(true);
    }
  });

  it('German action texts', () => {
    const s = report([alexaDeepScan(), amazonPages()], 'de').summary!;
    expect(s.actions.find((a) => a.findingId === 'alexa.human-review')?.title).toBe((de as MessageFile)['action_alexa_human_review']!.message);
  });
});
