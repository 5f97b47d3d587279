import type { ReportPolicePath, PolicePathState } from '../../model/report.ts';
import { t, tn } from '../extension-i18n.ts';
import { PageName, cleanName } from './PageName.tsx';

// Shape and words, not colour alone: open is a warning, closed a check, unknown a question.
const MARK: Record<PolicePathState, string> = { open: '▲', 'closed-e2ee': '✓', 'closed-no-cloud': '✓', 'local-only': '✓', unknown: '?' };

/**
 * Per camera: can Ring hand its videos to police without the owner, and what closes that path. With `limit`
 * the first cameras are listed; with `moreHref` too (the popup), the rest is counted, with a link to the page that lists them all.
 */
export function PolicePaths({ paths, limit, moreHref }: { paths: readonly ReportPolicePath[]; limit?: number; moreHref?: string }) {
  if (paths.length === 0) return null;
  const shown = limit === undefined ? paths : paths.slice(0, limit);
  return (
    <section class="police" data-testid="police-paths">
      <h2>{t('popup_police_heading')}</h2>
      <ul class="police__list">
        {shown.map((p) => (
          <li key={p.deviceId} class={`police__item police__item--${p.state}`} data-police-state={p.state} data-device-id={p.deviceId}>
            <details>
              <summary>
                <span aria-hidden="true">{MARK[p.state]}</span>{' '}
                <strong>
                  <PageName name={p.deviceName} />
                </strong>
                : {p.title}
              </summary>
              {p.controlledBy === 'owner' && <p data-testid="police-owner">{t('owner_set_by', [p.ownerName ? cleanName(p.ownerName) : t('owner_unknown')])}</p>}
              <p>{p.explanation}</p>
              {p.state === 'open' && <p class="muted">{t('police_path_tradeoffs')}</p>}
            </details>
          </li>
        ))}
      </ul>
      {moreHref && shown.length < paths.length && (
        <p class="hint" data-testid="police-more">
          {tn('popup_police_more', paths.length - shown.length)}{' '}
          <a href={moreHref} target="_blank" rel="noreferrer">
            {t('popup_open_report')}
          </a>
        </p>
      )}
    </section>
  );
}
