import { useEffect, useRef } from 'preact/hooks';
import type { SummaryAction } from '../../model/report-summary.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { RiskMarker } from '../../ui/components/RiskMarker.tsx';
import { cleanName } from '../../ui/components/PageName.tsx';
import { plural } from '../../i18n/plural.ts';
import { recipientMessageKey } from '../../knowledge/recipients.ts';
import type { CheckState } from '../fix/use-fixes.ts';

const STATE_KEY = { fixed: 'fix_state_fixed', 'still-on': 'fix_state_still_on' } as const;

/**
 * What the action changes for who receives the data. Most settings stop a flow ("then no longer reaches: …"); a
 * shorter storage time does not: Ring still receives every video, and keeps less that could be handed over.
 */
function outcomeLine(action: SummaryAction): string {
  const outcome = t(`fix_outcome_${action.findingId.replace(/[^A-Za-z0-9]/g, '_')}`);
  if (outcome && !outcome.startsWith('fix_outcome_')) return outcome;
  return t('fix_reaches', [action.recipients.map((r) => t(recipientMessageKey(r, action.service))).join(', ')]);
}

/**
 * One action: what, for which devices, where exactly, how long, what it closes; then "I did it — check again".
 * An action only the owner can take (someone else's device) is asked of them: no app path, no re-check.
 */
export function ActionItem({ action, account, check, onCheck }: { action: SummaryAction; account: string; check: CheckState | undefined; onCheck(): void }) {
  const ownerOnly = action.controlledBy === 'owner';
  // An account-wide setting names the account, not the service's name as if it were a device.
  const devices = action.devices.map((d) => (d.type === 'account' ? t('label_account_wide') : cleanName(d.name))).join(', ');
  // The answer to the click shows under its button: scroll it into view, since what the run adds above (progress,
  // this scan's changes) and longer text (German) can push it below the popup's 600 px.
  const results = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (check && !check.running) results.current?.scrollIntoView({ block: 'nearest' });
  }, [check]);
  return (
    <li
      class={ownerOnly ? 'action action--owner' : 'action'}
      data-testid={ownerOnly ? 'owner-action' : 'fix-action'}
      data-action-id={action.id}
      data-service={action.service}
      data-controlled-by={action.controlledBy ?? 'you'}
    >
      <div class="action__head">
        <RiskMarker risk={action.risk} />
        <strong class="action__title">{action.title}</strong>
      </div>
      <p class="action__line">
        {t('fix_devices', [devices])}{' '}
        <span class="muted">
          ({account} · {t('fix_minutes', [String(action.minutes)])})
        </span>
      </p>
      {action.closesPolicePaths > 0 && <p class="action__line action__line--police">{plural(t, uiLocale, 'fix_closes_police', action.closesPolicePaths)}</p>}
      {action.closesPolicePaths === 0 && action.recipients.length > 0 && <p class="action__line">{outcomeLine(action)}</p>}
      {ownerOnly && (
        <p class="action__line" data-testid="owner-set-by">
          {t('owner_set_by', [action.ownerName ? cleanName(action.ownerName) : t('owner_unknown')])}
        </p>
      )}
      <p class="action__line action__where" data-place={action.place.kind}>
        {ownerOnly ? (
          action.place.text
        ) : action.place.kind === 'app' ? (
          t('fix_where_app', [action.place.text])
        ) : (
          <>
            {t('fix_where_web')}{' '}
            <a href={action.place.url ?? undefined} target="_blank" rel="noreferrer">
              {action.place.url?.replace(/^https:\/\//, '')}
            </a>
          </>
        )}
      </p>
      {!ownerOnly && (
        <div class="action__check">
          <button type="button" class="button button--primary" data-testid="check-again" disabled={check?.running === true} onClick={onCheck}>
            {check?.running ? t('fix_checking') : t('fix_check_again')}
          </button>
          {check && !check.running && (
            <ul ref={results} class="action__results" role="status" data-testid="check-results">
              {check.results.map((r) => (
                <li key={r.deviceId} data-check-state={r.state} data-device-id={r.deviceId}>
                  {r.state === 'unchecked' ? t('fix_state_unchecked', [t(r.reason || 'fix_reason_not_read')]) : t(STATE_KEY[r.state])}: {cleanName(r.name)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
