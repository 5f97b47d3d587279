import type { AccessKind, ReportAccessEntry } from '../../model/report.ts';
import type { AccountReport } from '../load-reports.ts';
import { ACCESS_MANUAL_CHECKS } from '../../report/access/access-checks.ts';
import { t, tn, uiLocale } from '../extension-i18n.ts';
import { PageName } from './PageName.tsx';
import { ManualChecks } from './ManualChecks.tsx';
import { SOURCE, sourceMessageKey } from '../../model/source-ids.ts';

const KINDS: readonly AccessKind[] = ['person', 'client', 'service', 'device', 'app'];

/** Sources whose lists name people, clients, services, devices or apps: none read means "not read", never "nobody". */
const ACCESS_SOURCES = new Set<string>([
  SOURCE.ringLocationUsers,
  SOURCE.ringControlCenter,
  SOURCE.alexaHousehold,
  SOURCE.amazonPersons,
  SOURCE.amazonPrivacyPage,
  SOURCE.amazonRegisteredDevices,
]);

/** The one-line verdict: how many can reach the home, none in what was read, or not read at all. */
function accessLine(accounts: readonly AccountReport[]): string {
  const count = accounts.reduce((n, a) => n + (a.report.access?.length ?? 0), 0);
  if (count > 0) return tn('access_line', count);
  const read = accounts.some((a) => a.report.sources.some((s) => ACCESS_SOURCES.has(s.id) && (s.status === 'read' || s.status === 'partial')));
  return t(read ? 'access_line_none' : 'access_line_not_read');
}

/**
 * Who and what can see, hear or act on the home, across all accounts, grouped by kind: each entry with its
 * detail, whether the person verified their account, when it was first seen and whether that is new since the
 * last visit, and the official steps and page that remove it; then the checks only the apps can answer.
 * `collapsed` (popup): one line, the list behind it. Quick exit closes it all.
 */
export function AccessView({ accounts, collapsed, onQuickExit }: { accounts: readonly AccountReport[]; collapsed: boolean; onQuickExit: () => void }) {
  const entries = accounts.flatMap((a) => (a.report.access ?? []).map((entry) => ({ entry, isNew: a.accessNew.includes(entry.id) })));
  const checks = accounts.map((a) => ({ accountKey: a.accountKey, checks: (a.report.manualChecks ?? []).filter((c) => ACCESS_MANUAL_CHECKS.has(c.id)) }));
  const body = (
    <>
      {/* First, so it is in view the moment the list opens. */}
      <QuickExit onQuickExit={onQuickExit} />
      <p class="muted">{t('access_intro')}</p>
      {KINDS.map((kind) => {
        const group = entries.filter((e) => e.entry.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} class="access__group" data-access-kind={kind}>
            <h3>
              {t(`access_kind_${kind}`)} ({group.length.toLocaleString(uiLocale)})
            </h3>
            <ul class="access__list">
              {group.map(({ entry, isNew }) => (
                <AccessItem key={entry.id} entry={entry} isNew={isNew} withEvidence={!collapsed} />
              ))}
            </ul>
          </section>
        );
      })}
      {checks.some((c) => c.checks.length > 0) && (
        <section class="access__group" data-testid="access-manual-checks">
          <h3>{t('access_manual_heading')}</h3>
          {checks.map((c) => (
            <ManualChecks key={c.accountKey} accountKey={c.accountKey} checks={c.checks} testId="access-manual-check-list" />
          ))}
        </section>
      )}
    </>
  );
  if (collapsed) {
    return (
      <details class="access" data-testid="access">
        <summary data-testid="access-line">{accessLine(accounts)}</summary>
        {body}
      </details>
    );
  }
  return (
    <section class="access" data-testid="access" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('access_heading')}</h2>
      <p data-testid="access-line">
        <strong>{accessLine(accounts)}</strong>
      </p>
      {body}
    </section>
  );
}

function AccessItem({ entry, isNew, withEvidence }: { entry: ReportAccessEntry; isNew: boolean; withEvidence: boolean }) {
  return (
    <li class="access__item" data-access-id={entry.id} data-new={isNew ? 'true' : undefined}>
      <p>
        <strong>
          <PageName name={entry.name} />
        </strong>{' '}
        <span class="muted">({t(`access_service_${entry.service}`)})</span>
        {isNew && (
          <>
            {' '}
            <span class="access__new">▲ {t('access_new')}</span>
          </>
        )}
      </p>
      <p class="muted">
        {entry.detail && <PageName name={entry.detail} />}
        {entry.verified !== null && <> · {t(entry.verified ? 'access_verified' : 'access_unverified')}</>}
        {entry.firstSeen && <> · {t('access_first_seen', [new Date(entry.firstSeen).toLocaleDateString(uiLocale)])}</>}
      </p>
      {/* The report page's print names what each entry was read from (the popup has no print). */}
      {withEvidence && (
        <p class="print-only muted">
          {t('md_evidence')}: {t(sourceMessageKey(entry.evidence.source))} ({entry.evidence.source}) · {entry.evidence.field}
        </p>
      )}
      <details>
        <summary>{t('access_remove')}</summary>
        <ol>
          {entry.remove.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
        <p class="links">
          <a href={entry.remove.url} target="_blank" rel="noreferrer">
            {t('access_remove_link')}
          </a>
        </p>
      </details>
    </li>
  );
}

function QuickExit({ onQuickExit }: { onQuickExit: () => void }) {
  return (
    <p class="access__exit no-print">
      <button type="button" class="button quick-exit" data-testid="quick-exit" onClick={onQuickExit}>
        {t('access_quick_exit')}
      </button>{' '}
      <span class="muted">{t('access_quick_exit_hint')}</span>
    </p>
  );
}
