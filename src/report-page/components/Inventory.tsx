import { useState } from 'preact/hooks';
import type { Report } from '../../model/report.ts';
import type { Risk } from '../../model/finding.ts';
import { RISKS } from '../../model/finding.ts';
import { t } from '../../ui/extension-i18n.ts';
import { FindingCard } from '../../ui/components/FindingCard.tsx';
import { PageName } from '../../ui/components/PageName.tsx';
import type { SourceRead } from '../overview/source-reads.ts';
import { provenance } from '../overview/provenance.ts';
import { usePaged } from '../paging/use-paged.ts';
import { ShowMore } from '../paging/ShowMore.tsx';

type ServiceFilter = 'all' | 'ring' | 'alexa' | 'amazon';

/** Every device and every finding, filterable by service and risk. */
export function Inventory({ report, readOf }: { report: Report; readOf?: (sourceId: string) => SourceRead | undefined }) {
  const [service, setService] = useState<ServiceFilter>('all');
  const [risk, setRisk] = useState<Risk | 'all'>('all');
  const [devicesShown, moreDevices] = usePaged();
  const [findingsShown, moreFindings] = usePaged();
  const devices = report.devices.filter((d) => service === 'all' || d.service === service);
  const findings = report.findings.filter((f) => (service === 'all' || f.service === service) && (risk === 'all' || f.risk === risk));
  const findingsPerDevice = new Map<string, number>();
  for (const f of report.findings) findingsPerDevice.set(f.subject.id, (findingsPerDevice.get(f.subject.id) ?? 0) + 1);
  const services = [...new Set([...report.devices.map((d) => d.service), ...report.findings.map((f) => f.service)])];
  return (
    <section class="inventory" data-testid="inventory">
      <h3>{t('report_inventory_heading')}</h3>
      <div class="filters no-print" role="group" aria-label={t('report_filters')}>
        <label>
          {t('report_filter_service')}{' '}
          <select value={service} onChange={(e) => setService(e.currentTarget.value as ServiceFilter)}>
            <option value="all">{t('report_filter_all')}</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {t(`service_${s}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('report_filter_risk')}{' '}
          <select value={risk} onChange={(e) => setRisk(e.currentTarget.value as Risk | 'all')}>
            <option value="all">{t('report_filter_all')}</option>
            {RISKS.map((r) => (
              <option key={r} value={r}>
                {t(`risk_${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table class="devices" data-testid="devices">
        <caption>{t('cli_devices_heading', [String(devices.length)])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report_col_device')}</th>
            <th scope="col">{t('report_col_category')}</th>
            <th scope="col">{t('report_col_maker')}</th>
            <th scope="col">{t('report_col_via')}</th>
            <th scope="col">{t('report_col_findings')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.slice(0, devicesShown).map((d) => (
            <tr key={`${d.service}:${d.id}`} data-device-id={d.id}>
              <th scope="row">
                <PageName name={d.name} />
              </th>
              <td>{t(`category_${d.category.replace(/-/g, '_')}`)}</td>
              <td>
                <PageName name={d.maker} />
              </td>
              <td>
                <PageName name={d.via.name || d.via.kind} />
              </td>
              <td>{findingsPerDevice.get(d.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={devicesShown} total={devices.length} onMore={moreDevices} testId="devices-more" />
      <h3>{t('cli_findings_heading', [String(findings.length)])}</h3>
      <ul class="findings findings--report" data-testid="report-findings">
        {findings.slice(0, findingsShown).map((f, i) => (
          <li key={`${f.id}:${f.subject.id}:${i}`}>
            <p class="finding__subject">
              <PageName name={f.subject.name} />
            </p>
            <FindingCard finding={f} provenance={provenance(f.evidence, report, readOf)} />
          </li>
        ))}
      </ul>
      <ShowMore shown={findingsShown} total={findings.length} onMore={moreFindings} testId="findings-more" />
    </section>
  );
}
