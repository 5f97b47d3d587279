import type { SourceResult } from '../model/records.ts';
import type { RawFinding, Subject } from '../model/finding.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../model/report.ts';
import { reportDevices } from './report-devices.ts';
import { localizeDiagnostic } from './localize-diagnostics.ts';
import { buildSummary } from './summary/build-summary.ts';
import { mergeAccount } from '../model/merge-records.ts';
import { reportMergeNotes } from './merge-notes-text.ts';
import { withOrphanCameras } from './orphan-cameras.ts';
import { runChecks } from '../findings/lookups.ts';
import { evidenceLocator } from './evidence-location.ts';
import { accountCountries, countryFor } from '../knowledge/finding-state.ts';
import type { Records } from '../model/records.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import type { ManualAnswer } from '../store/manual-answers.ts';
import { reportManualChecks } from './manual/report-manual-checks.ts';
import { reportUnknownSettings } from './unknown-settings.ts';
import { siteLocale } from './site-locale.ts';
import { reportVendorChanges } from './vendor-changes.ts';
import { featureSpread } from './feature-spread.ts';
import { KNOWLEDGE_DATE } from '../knowledge/vendor-changes.ts';
import { ringLocationLabel } from '../findings/ring/location-label.ts';
import { buildAccess } from './access/build-access.ts';
import { withAccountState } from './finding-state-of-account.ts';
import { localizeAll } from './localize-findings.ts';
import { reportPolicePaths } from './report-police-paths.ts';
import { sortFindings } from './sort-findings.ts';

// Parts of the report built in their own files, exported here under the names callers have always used.
export { accountFindings } from './finding-state-of-account.ts';
export { localizeFinding } from './localize-findings.ts';

const TOOL_NAME = 'alexpose';

export interface ReportContext {
  t: Translate;
  locale: Locale;
  toolVersion: string;
  /** ISO time; injected so reports are reproducible in tests. */
  now: string;
  /** The user's answers to this account's manual checks (none in the CLI). */
  manualAnswers?: Readonly<Record<string, ManualAnswer>>;
  /** When each access entry was first seen, from the stored history (see report/access/first-seen.ts); none in the CLI. */
  accessFirstSeen?: Readonly<Record<string, string>>;
}

/** Sources → merged records → checks → localized report (schema v1). Pure. */
export function buildReport(results: readonly SourceResult[], ctx: ReportContext): Report {
  const { records: merged, notes } = mergeAccount(results);
  const records = withOrphanCameras(merged, (id) => ctx.t('device_unnamed_camera', [id]));
  const devices = reportDevices(records, { alexaBuiltIn: ctx.t('device_maker_alexa_built_in') });
  const mergeNotes = reportMergeNotes(notes, records, ctx.t, ctx.locale);
  // Every source says when it was read; with no time of its own, the report's time, named as such.
  const sources = results.map(({ source }) => ({
    ...source,
    ...(source.readAt ? {} : { readAt: ctx.now, readAtKind: 'report' as const }),
    diagnostics: source.diagnostics.map((d) => localizeDiagnostic(d, ctx.t)),
  }));
  const locate = evidenceLocator(results);
  const stated = withAccountState(
    runChecks(records),
    records,
    results.map(({ source }) => source),
  );
  const countries = accountCountries(records, sources);
  // Amazon opt-out pages on the account's own marketplace (amazon.de for an amazon.de account), whatever the UI
  // language; Ring's help is one site whose language editions follow the UI.
  const siteOf = (service: RawFinding['service']): Locale => (service === 'ring' ? ctx.locale : siteLocale(countryFor(service, countries), ctx.locale));
  const findings = sortFindings(localizeAll(stated, ctx, siteOf, locate, (subject, service) => namedSubject(subject, service, records, ctx.t)));
  const policePaths = reportPolicePaths(records, ctx, locate);
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
    unknownSettings: reportUnknownSettings(records),
    featureSpread: featureSpread(records, devices),
    vendorChanges: reportVendorChanges(devices, countries, ctx.t),
    knowledgeDate: KNOWLEDGE_DATE,
    summary: buildSummary({ sources, devices, findings, policePaths, unreadableControls: unreadableControls(records), mergeNotes: mergeNotes.length }, ctx),
    ...(mergeNotes.length > 0 ? { mergeNotes } : {}),
    access: buildAccess(records, sources, { ...ctx, ...(ctx.accessFirstSeen ? { firstSeen: ctx.accessFirstSeen } : {}) }),
    ...reportExports(records),
  };
}

/**
 * A Ring location by its name and city ("Home (Berlin)"), else its city, else "a location": never its raw id,
 * which is what a check falls back to when no location list was read.
 */
function namedSubject(subject: Subject, service: string, records: Records, t: Translate): Subject {
  if (service !== 'ring' || subject.type !== 'location') return subject;
  const { name, city } = ringLocationLabel(records, subject.id);
  const label = name && city && !name.includes(city) ? `${name} (${city})` : (name ?? city ?? t('location_unnamed'));
  return { ...subject, name: label };
}

/** Control Center settings found whose state could not be read (a "mixed" switch): gaps, never "off". */
function unreadableControls(records: Records): number {
  return (records.ringControlSettings ?? []).filter((s) => s.state === null && s.amount === null).length;
}

/** The inventories of imported data exports, when there are any (the field is absent otherwise). */
function reportExports(records: Records): Pick<Report, 'exports'> {
  const inventories = records.exportInventories ?? [];
  return inventories.length > 0 ? { exports: inventories.map((e) => ({ ...e, files: e.files.map((f) => ({ ...f })) })) } : {};
}
