import type { AccountReport } from '../../ui/load-reports.ts';
import type { ReportFinding } from '../../model/report.ts';
import { summaryLine, t, tn, uiLocale } from '../../ui/extension-i18n.ts';
import { Coverage } from './Coverage.tsx';
import { FindingCard } from '../../ui/components/FindingCard.tsx';
import { PolicePaths } from '../../ui/components/PolicePaths.tsx';
import { relativeTime } from '../../ui/relative-time.ts';
import { ChangeList } from '../../ui/components/ChangeList.tsx';
import { PageName, cleanName } from '../../ui/components/PageName.tsx';
import { DataFlow } from '../../ui/flow/DataFlow.tsx';
import { accountLabel, accountService } from '../../ui/account-label.ts';
import { REPORT_PAGE, pageUrl } from '../../ui/pages.ts';
import { ManualChecks } from '../../ui/components/ManualChecks.tsx';
import { UnknownSettings } from '../../ui/components/UnknownSettings.tsx';
import { AccountVendorChanges } from '../../ui/components/VendorChanges.tsx';
import { FeatureSpread } from '../../ui/components/FeatureSpread.tsx';
import { MAX_GROUPS } from '../list-limits.ts';
import { stateReporting } from '../../findings/alexa/state-reporting.ts';
import { skillPermission } from '../../findings/alexa/skill-permission.ts';

/** One account: summary sentence, findings grouped by device (highest risk first), then coverage. */
export function AccountView({ account }: { account: AccountReport }) {
  const { report } = account;
  const high = report.findings.filter((f) => f.risk === 'high');
  const policePath = (report.policePaths ?? []).filter((p) => p.state === 'open').length;
  const groups = groupBySubject(report.findings);
  const reporting = report.findings.filter((f) => f.id === stateReporting.id).length;
  const addressSkills = new Set(
    report.findings.filter((f) => f.id === skillPermission.id && /address/.test(String(f.details['permission']))).map((f) => f.subject.id),
  ).size;
  return (
    <section class="account" data-testid="account" data-account={account.accountKey}>
      <h2 class="account__title">{accountLabel(account.accountKey)}</h2>
      <p class="summary" data-testid="summary">
        {report.devices.length === 0 && listTooLarge(report)
          ? tn('popup_summary_list_too_large', report.findings.length, [String(high.length)])
          : summaryLine(report.devices.length, report.findings.length, high.length)}
      </p>
      {policePath > 0 && <p class="summary summary--alert">{tn('popup_police_summary', policePath)}</p>}
      {reporting > 0 && <p class="summary summary--alert">{tn('popup_state_reporting_summary', reporting)}</p>}
      {addressSkills > 0 && <p class="summary">{tn('popup_address_skills_summary', addressSkills)}</p>}
      <p class="muted" data-testid="scan-age">
        <time dateTime={account.lastScanAt} title={new Date(account.lastScanAt).toLocaleString(uiLocale)}>
          {t('popup_scanned_at', [relativeTime(account.lastScanAt, uiLocale)])}
        </time>
      </p>
      <details class="flow-compact">
        <summary>{t('report_flow_heading')}</summary>
        <DataFlow report={report} compact />
      </details>
      {account.changes.length > 0 && (
        <section class="since" data-testid="changes">
          <h2>{t('popup_changes_heading')}</h2>
          <ChangeList changes={account.changes} />
        </section>
      )}
      <AccountVendorChanges changes={report.vendorChanges ?? []} />
      <FeatureSpread spread={report.featureSpread ?? []} />
      <PolicePaths paths={report.policePaths ?? []} limit={MAX_GROUPS} moreHref={pageUrl(REPORT_PAGE)} />
      <h2>{t('popup_findings_heading')}</h2>
      {report.findings.length === 0 && <p>{t('popup_no_findings')}</p>}
      {groups.slice(0, MAX_GROUPS).map(([subject, findings]) => (
        <section class="group" key={subject} aria-label={cleanName(subject)}>
          <h3 class="group__title">
            <PageName name={subject} />
          </h3>
          <ul class="findings">
            {findings.map((f, i) => (
              <li key={`${f.id}:${f.subject.id}:${i}`}>
                <FindingCard finding={f} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length > MAX_GROUPS && (
        <p class="hint" data-testid="more-groups">
          {tn('popup_more_groups', groups.length - MAX_GROUPS)}{' '}
          <a href={pageUrl(REPORT_PAGE)} target="_blank" rel="noreferrer">
            {t('popup_open_report')}
          </a>
        </p>
      )}
      <UnknownSettings settings={report.unknownSettings ?? []} onlyOn limit={5} />
      <Coverage report={report} service={accountService(account.accountKey)} notes={account.notes} />
      <ManualChecks accountKey={account.accountKey} checks={report.manualChecks ?? []} />
    </section>
  );
}

/** A device list (or page state) was seen and dropped for its size: "0 devices" would be a false all-clear. */
function listTooLarge(report: AccountReport['report']): boolean {
  return report.sources.some((s) => /devices|page-state/.test(s.id) && s.diagnostics.some((d) => d.code === 'response-too-large'));
}

function groupBySubject(findings: ReportFinding[]): [string, ReportFinding[]][] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    // Page-derived names are rendered as text by Preact; never as markup.
    const key = f.subject.type === 'account' ? t('label_account_wide') : f.subject.name;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()];
}
