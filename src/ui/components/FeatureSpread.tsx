import type { ReportFeatureSpread } from '../../model/report.ts';
import { t, uiLocale } from '../extension-i18n.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { cleanName } from './PageName.tsx';

/** "Search Party is on for 3 of your 5 cameras", each line opening to the cameras that still have it on. */
export function FeatureSpread({ spread }: { spread: readonly ReportFeatureSpread[] }) {
  if (spread.length === 0) return null;
  return (
    <section class="feature-spread" data-testid="feature-spread">
      <h3>{t('feature_spread_heading')}</h3>
      <ul>
        {spread.map((s) => (
          <li key={s.feature} data-feature={s.feature}>
            <details>
              <summary>
                {/* The plural form follows the number of cameras ($2); $1 counts those with the switch on. */}
                {t(pluralKey(t, uiLocale, 'feature_spread_line', s.total), [
                  s.on.length.toLocaleString(uiLocale),
                  s.total.toLocaleString(uiLocale),
                  t(`feature_name_${s.feature.replace(/-/g, '_')}`),
                ])}
                {s.unknown > 0 && <span class="muted"> {t('feature_spread_unknown', [String(s.unknown)])}</span>}
              </summary>
              <ul>
                {s.on.map((camera) => (
                  <li key={camera.id}>{cleanName(camera.name)}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
