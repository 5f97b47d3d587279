import type { SourceResult } from '../model/records.ts';
import type { RawFinding, Risk } from '../model/finding.ts';
import { RISKS } from '../model/finding.ts';
import { REPORT_SCHEMA_VERSION, type Report, type ReportFinding, type ReportPolicePath } from '../model/report.ts';
import { reportDevices } from './report-devices.ts';
import { buildSummary } from './summary/build-summary.ts';
import { mergeRecords } from '../model/merge-records.ts';
import { runChecks } from '../checks/index.ts';
import { ringPolicePaths } from '../checks/ring/police-path.ts';
import { CATALOG, findingMessageKey, interfaceMessageKey, permissionMessageKey, type CatalogEntry } from '../knowledge/catalog.ts';
import { recipientMessageKey } from '../knowledge/recipients.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import type { ManualAnswer } from '../store/manual-answers.ts';
import { reportManualChecks } from './manual/report-manual-checks.ts';

export const TOOL_NAME = 'alexpose';

export interface ReportContext {
  t: Translate;
  locale: Locale;
  toolVersion: string;
  /** ISO time; injected so reports are reproducible in tests. */
  now: string;
  /** The user's answers to this account's manual checks (none in the CLI). */
  manualAnswers?: Readonly<Record<string, ManualAnswer>>;
}

/** Sources → merged records → checks → localized report (schema v1). Pure. */
export function buildReport(results: readonly SourceResult[], ctx: ReportContext): Report {
  const records = mergeRecords(results);
  const devices = reportDevices(records);
  const sources = results.map(({ source }) => ({ ...source, diagnostics: [...source.diagnostics] }));
  const findings = sortFindings(localizeAll(runChecks(records), ctx));
  const policePaths = ringPolicePaths(records).map((path): ReportPolicePath => {
    const key = `police_path_${path.state.replace(/-/g, '_')}`;
    const days = path.retentionDays === null ? '?' : String(path.retentionDays);
    return { ...path, title: ctx.t(`${key}_title`, [days]), explanation: ctx.t(`${key}_explanation`, [days]) };
  });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    generatedAt: ctx.now,
    locale: ctx.locale,
    sources,
    devices,
    findings,
    policePaths,
    manualChecks: reportManualChecks(records, results, ctx.manualAnswers ?? {}, ctx),
    summary: buildSummary({ sources, devices, findings, policePaths }, ctx),
  };
}

/** Localizes many findings; the texts that do not depend on the subject are looked up once per finding kind. */
function localizeAll(raws: readonly RawFinding[], ctx: Pick<ReportContext, 't' | 'locale'>): ReportFinding[] {
  const shared = new Map<string, Pick<ReportFinding, 'explanation' | 'recipients' | 'optOut'>>();
  return raws.map((raw) => {
    const kind = `${raw.id}\u0000${textVariant(raw)}`;
    let texts = shared.get(kind);
    if (!texts) {
      const { explanation, recipients, optOut } = localizeFinding(raw, ctx);
      texts = { explanation, recipients, optOut };
      shared.set(kind, texts);
    }
    const entry = CATALOG[raw.id];
    if (!entry) throw new Error(`No catalog entry for ${raw.id}`);
    return {
      id: raw.id,
      service: raw.service,
      subject: raw.subject,
      risk: raw.risk ?? entry.risk,
      title: variantText(raw, 'title', ctx.t, titleArgs(entry, raw, ctx.t)),
      explanation: texts.explanation,
      recipients: texts.recipients.map((r) => ({ ...r })),
      optOut: { steps: [...texts.optOut.steps], url: texts.optOut.url },
      evidence: raw.evidence,
      details: raw.details,
    };
  });
}

export function localizeFinding(raw: RawFinding, { t, locale }: Pick<ReportContext, 't' | 'locale'>): ReportFinding {
  const entry = CATALOG[raw.id];
  if (!entry) throw new Error(`No catalog entry for ${raw.id}`); // a meta-test makes this unreachable
  const steps = Array.from({ length: entry.steps }, (_, i) => t(findingMessageKey(raw.id, `step${i + 1}`)));
  return {
    id: raw.id,
    service: raw.service,
    subject: raw.subject,
    risk: raw.risk ?? entry.risk,
    title: variantText(raw, 'title', t, titleArgs(entry, raw, t)),
    explanation: variantText(raw, 'explanation', t),
    recipients: entry.recipients.map((id) => ({ id, name: t(recipientMessageKey(id)) })),
    optOut: { steps, url: entry.helpUrl[locale] },
    evidence: raw.evidence,
    details: raw.details,
  };
}

/** A finding whose subject changes what the text must say (e.g. `owner`: the address is the owner's, not yours). */
function textVariant(raw: RawFinding): string {
  const v = raw.details['textVariant'];
  return typeof v === 'string' && /^[a-z]{1,20}$/.test(v) ? v : '';
}

/** The variant's message (`finding_…_title_owner`) when the catalog has one, else the finding's own. */
function variantText(raw: RawFinding, part: 'title' | 'explanation', t: Translate, args?: string[]): string {
  const variant = textVariant(raw);
  if (variant) {
    const key = `${findingMessageKey(raw.id, part)}_${variant}`;
    const text = t(key, args);
    if (text && text !== key) return text;
  }
  return t(findingMessageKey(raw.id, part), args);
}

/**
 * Title substitutions in the user's language. A name the catalog has no words for is still shown, through
 * a neutral message that names it: never dropped.
 */
function titleArgs(entry: CatalogEntry, raw: RawFinding, t: Translate): string[] {
  const known = (key: string, fallbackKey: string, name: string) => {
    const text = t(key);
    return text && text !== key ? text : t(fallbackKey, [name]);
  };
  return (entry.titleArgs ?? []).map((arg) => {
    if (typeof arg === 'string') return String(raw.details[arg] ?? '?');
    if (arg.as === 'count') {
      const count = String(raw.details[arg.detail] ?? '?');
      return raw.details[arg.atLeast] === true ? t('count_at_least', [count]) : count;
    }
    const value = String(raw.details[arg.detail] ?? '');
    if (arg.as === 'permission') return known(permissionMessageKey(value), 'perm_unknown', value);
    const names = value.split(',').filter(Boolean);
    return [...new Set(names.map((n) => known(interfaceMessageKey(n), 'iface_unknown', n)))].join(', ') || '?';
  });
}

export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

const collator = new Intl.Collator('en');

function sortFindings(findings: ReportFinding[]): ReportFinding[] {
  return findings.sort((a, b) => riskRank(a.risk) - riskRank(b.risk) || collator.compare(a.subject.name, b.subject.name) || collator.compare(a.id, b.id));
}
