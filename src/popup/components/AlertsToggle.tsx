import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { alertsItem } from '../../store/browser-items.ts';
import { t } from '../../ui/extension-i18n.ts';
import { logError } from '../../model/log-error.ts';

/** Browser notifications for changes: off by default; the permission is asked for only when turned on. */
export function AlertsToggle() {
  const [on, setOn] = useState(false);
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    void alertsItem.get().then(setOn);
  }, []);
  const toggle = async (want: boolean) => {
    if (want) {
      const granted = await browser.permissions
        .request({ permissions: ['notifications'] })
        .catch((error: unknown) => (logError('popup: ask for notifications', error), false));
      setDeclined(!granted);
      if (!granted) return;
    } else {
      await browser.permissions.remove({ permissions: ['notifications'] }).catch((error: unknown) => (logError('popup: give up notifications', error), false));
    }
    await alertsItem.set(want);
    setOn(want);
  };
  return (
    <p class="alerts" data-testid="alerts">
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void toggle(e.currentTarget.checked).catch((error: unknown) => logError('popup: alerts toggle', error))}
        />{' '}
        {t('popup_alerts_toggle')}
      </label>
      {declined && <span class="muted"> {t('popup_alerts_declined')}</span>}
    </p>
  );
}
