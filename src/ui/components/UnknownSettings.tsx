import type { ReportUnknownSetting } from '../../model/report.ts';
import { t, tn, uiLocale } from '../extension-i18n.ts';

/** One unknown setting in words: which service shows it, its label as shown, its state and where to look. */
function unknownSettingText(u: ReportUnknownSetting): string {
  const state = t(`unknown_setting_state_${u.state ?? 'unknown'}`);
  if (u.service !== 'ring') return t('unknown_setting_amazon_page', [u.label, state]);
  return u.where.deviceId
    ? t('unknown_setting_ring_device', [u.label, state, u.where.deviceName ?? u.where.deviceId])
    : t('unknown_setting_ring_page', [u.label, state]);
}

/**
 * Switches Alexposé read but cannot interpret: never scored, never a finding, but never silent either.
 * The popup shows only those that are on (`onlyOn`, at most `limit`); the report lists all with their read time.
 */
export function UnknownSettings({ settings, onlyOn = false, limit }: { settings: readonly ReportUnknownSetting[]; onlyOn?: boolean; limit?: number }) {
  const shown = onlyOn ? settings.filter((u) => u.state === 'on') : settings;
  if (shown.length === 0) return null;
  const visible = limit === undefined ? shown : shown.slice(0, limit);
  return (
    <section class="unknown-settings" data-testid="unknown-settings">
      <h3>{t('unknown_settings_heading')}</h3>
      {!onlyOn && <p class="muted">{t('unknown_settings_intro')}</p>}
      <ul>
        {visible.map((u, i) => (
          <li key={`${u.service}:${u.where.deviceId ?? u.where.page}:${u.label}:${i}`} data-state={u.state ?? 'unknown'}>
            {unknownSettingText(u)}
            {!onlyOn && u.readAt && (
              <span class="muted"> ({t('unknown_settings_read_at', [new Date(u.readAt).toLocaleString(uiLocale, { timeZoneName: 'short' })])})</span>
            )}
          </li>
        ))}
      </ul>
      {shown.length > visible.length && <p class="hint">{tn('unknown_settings_more', shown.length - visible.length)}</p>}
    </section>
  );
}
