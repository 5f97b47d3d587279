import { useEffect, useState } from 'preact/hooks';
import { noHistoryItem } from '../../store/browser-items.ts';
import { t } from '../extension-i18n.ts';
import { logError } from '../../model/log-error.ts';

/**
 * "Keep no history", off by default. The setting is stored; the background (the only writer of scans) folds the
 * history into the latest state as soon as it changes, and again after every scan while it is on.
 */
export function NoHistoryToggle() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    void noHistoryItem.get().then(setOn);
  }, []);
  const toggle = (want: boolean) =>
    void noHistoryItem
      .set(want)
      .then(() => setOn(want))
      .catch((error: unknown) => logError('ui: keep no history', error));
  return (
    <div class="no-history" data-testid="no-history">
      <label>
        <input type="checkbox" checked={on} data-testid="no-history-toggle" onChange={(e) => toggle(e.currentTarget.checked)} /> {t('nohistory_toggle')}
      </label>
      <p class="muted">{t('nohistory_explain')}</p>
    </div>
  );
}
