import type { Report } from '../../model/report.ts';
import type { StoreNote } from '../../store/schema.ts';
import { t, tn, uiLocale } from '../../ui/extension-i18n.ts';
import { PageSnapshot } from './PageSnapshot.tsx';
import { StoreNotes } from './StoreNotes.tsx';
import { SOURCE, sourceMessageKey } from '../../model/source-ids.ts';

const CONTROL_CENTER = 'https://account.ring.com/account/control-center';
const DASHBOARD = 'https://account.ring.com/account/dashboard';

type Status = Report['sources'][number]['status'];
/** Worst first: the line of a group carries the worst status among its inputs. */
const SEVERITY: Status[] = ['error', 'unrecognized', 'partial', 'read'];

interface SourceGroup {
  id: string;
  total: number;
  read: number;
  status: Status;
  issues: number;
  /** Largest response of this kind that was too large to read here, in MB. */
  tooLarge: number | null;
}

/** One line per kind of source, however many inputs of it were read: a 7,000-camera account gives one settings line. */
function groupSources(sources: Report['sources']): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const s of sources) {
    const g = groups.get(s.id) ?? { id: s.id, total: 0, read: 0, status: 'read' as Status, issues: 0, tooLarge: null };
    g.total++;
    if (s.status === 'read' || s.status === 'partial') g.read++;
    if (SEVERITY.indexOf(s.status) < SEVERITY.indexOf(g.status)) g.status = s.status;
    g.issues += s.diagnostics.filter((d) => d.level !== 'info').length;
    const big = s.diagnostics.find((d) => d.code === 'response-too-large');
    const mb = big ? Number(/\(([\d.]+) MB\)/.exec(big.message)?.[1] ?? 0) : null;
    if (mb !== null) g.tooLarge = Math.max(g.tooLarge ?? 0, mb);
    groups.set(s.id, g);
  }
  return [...groups.values()];
}

const count = (n: number) => n.toLocaleString(uiLocale);

/** What was read and what was not, so an empty list never looks like "all clear". */
export function Coverage({ report, service, notes = [] }: { report: Report; service: 'ring' | 'amazon'; notes?: StoreNote[] }) {
  const read = (id: string) => report.sources.some((s) => s.id === id && (s.status === 'read' || s.status === 'partial'));
  const ring = service === 'ring';
  const settingsRead = !ring || read(SOURCE.ringDeviceSettings);
  const controlCenterRead = !ring || read(SOURCE.ringControlCenter);
  const privacyRead = ring || read(SOURCE.amazonPrivacyPage);
  const smartHomeRead = ring || read(SOURCE.alexaSmartHome);
  const groups = groupSources(report.sources);
  return (
    <section class="coverage" data-testid="coverage">
      <h2>{t('popup_coverage_heading')}</h2>
      <ul>
        {groups.map((g) => {
          const name = t(sourceMessageKey(g.id));
          return (
            <li key={g.id} class={`source source--${g.status}`} data-source-id={g.id} data-source-status={g.status} data-source-count={g.total}>
              {g.total > 1 ? t('popup_source_count', [name, count(g.read), count(g.total)]) : `${name}: ${t(`status_${g.status}`)}`}
              {g.issues > 0 && <span class="muted"> ({tn('popup_diagnostics', g.issues)})</span>}
              {g.tooLarge !== null && (
                <p class="notice" data-testid="too-large">
                  {t('popup_source_too_large', [name, String(g.tooLarge)])}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {report.mergeNotes && report.mergeNotes.length > 0 && (
        <div class="notice" data-testid="merge-notes">
          <h3>{t('popup_merge_notes_heading')}</h3>
          <ul>
            {report.mergeNotes.map((n) => (
              <li key={`${n.code}\u0000${n.subject.id}\u0000${n.field ?? ''}`} data-merge-code={n.code} data-subject-id={n.subject.id}>
                {n.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <StoreNotes notes={notes} />
      {report.sources.some((s) => s.status === 'partial' || s.status === 'unrecognized') && <PageSnapshot />}
      {!settingsRead && (
        <p class="hint">
          {t('popup_settings_missing')}{' '}
          <a href={DASHBOARD} target="_blank" rel="noreferrer">
            {t('popup_open_dashboard')}
          </a>
        </p>
      )}
      {!privacyRead && (
        <p class="hint">
          {t('popup_alexa_privacy_missing')}{' '}
          <a
            href={uiLocale === 'de' ? 'https://www.amazon.de/alexa-privacy/apd/myad' : 'https://www.amazon.com/alexa-privacy/apd/myad'}
            target="_blank"
            rel="noreferrer"
          >
            {t('popup_open_alexa_privacy')}
          </a>
        </p>
      )}
      {!smartHomeRead && <p class="hint">{t('popup_smart_home_missing')}</p>}
      {!controlCenterRead && (
        <p class="hint" data-testid="control-center-missing">
          {t('popup_control_center_missing')}{' '}
          <a href={CONTROL_CENTER} target="_blank" rel="noreferrer">
            {t('popup_open_control_center')}
          </a>
        </p>
      )}
    </section>
  );
}
