import type { Report } from '../../model/report.ts';
import { t } from '../../ui/extension-i18n.ts';

/** What was read and what was not, so an empty list never looks like "all clear". */
export function Coverage({ report }: { report: Report }) {
  const settingsRead = report.sources.some((s) => s.id === 'ring.device-settings' && s.status !== 'error');
  return (
    <section class="coverage" data-testid="coverage">
      <h2>{t('popup_coverage_heading')}</h2>
      <ul>
        {report.sources.map((s, i) => (
          <li key={i} class={`source source--${s.status}`}>
            {t(`source_${s.id.replace(/[^a-z0-9]/gi, '_')}`)}: {t(`status_${s.status}`)}
            {s.diagnostics.filter((d) => d.level !== 'info').length > 0 && (
              <span class="muted"> ({s.diagnostics.filter((d) => d.level !== 'info').length}⚠)</span>
            )}
          </li>
        ))}
      </ul>
      {!settingsRead && <p class="hint">{t('popup_settings_missing')}</p>}
    </section>
  );
}
