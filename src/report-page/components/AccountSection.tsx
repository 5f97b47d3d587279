import type { AccountReport } from '../../ui/load-reports.ts';
import type { HistoryEntry } from '../../ui/load-history.ts';
import { summaryLine, t } from '../../ui/extension-i18n.ts';
import { accountLabel } from '../../ui/account-label.ts';
import { PolicePaths } from '../../ui/components/PolicePaths.tsx';
import { DataFlow } from '../../ui/flow/DataFlow.tsx';
import { Inventory } from './Inventory.tsx';
import { UnknownSettings } from '../../ui/components/UnknownSettings.tsx';
import { AccountVendorChanges } from '../../ui/components/VendorChanges.tsx';
import { FeatureSpread } from '../../ui/components/FeatureSpread.tsx';
import { History } from './History.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ExportInventory } from '../exports/ExportInventory.tsx';
import { lastReadAt, sourceReads } from '../overview/source-reads.ts';
import { usePaged } from '../paging/use-paged.ts';
import { ShowMore } from '../paging/ShowMore.tsx';
import { formatReadAt } from '../../ui/read-time.ts';

export function AccountSection({ account, history }: { account: AccountReport; history: HistoryEntry[] }) {
  const { report } = account;
  const reads = sourceReads(history);
  const [policeShown, morePolice] = usePaged();
  const paths = report.policePaths ?? [];
  return (
    <section class="report-account" data-account={account.accountKey} aria-labelledby={`h-${account.accountKey}`}>
      <h2 id={`h-${account.accountKey}`}>{accountLabel(account.accountKey)}</h2>
      <p class="summary">{summaryLine(report.devices.length, report.findings.length, report.findings.filter((f) => f.risk === 'high').length)}</p>
      <p class="muted">{t('report_generated', [formatReadAt(report.generatedAt), `${report.tool.name} ${report.tool.version}`])}</p>
      <h3>{t('report_flow_heading')}</h3>
      <DataFlow report={report} />
      <AccountVendorChanges changes={report.vendorChanges ?? []} />
      <FeatureSpread spread={report.featureSpread ?? []} />
      <PolicePaths paths={paths} limit={policeShown} />
      <ShowMore shown={policeShown} total={paths.length} onMore={morePolice} testId="police-paths-more" />
      <Inventory report={report} readOf={(sourceId) => lastReadAt(reads, sourceId)} />
      <UnknownSettings settings={report.unknownSettings ?? []} />
      <ExportInventory report={report} />
      <History entries={history} />
      <ExportPanel report={report} accountKey={account.accountKey} history={history} />
    </section>
  );
}
