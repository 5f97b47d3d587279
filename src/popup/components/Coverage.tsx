import type { Report } from '../../model/report.ts';
import { t, tn, uiLocale } from '../../ui/extension-i18n.ts';
import { PageSnapshot } from './PageSnapshot.tsx';

const CONTROL_CENTER = 'https://account.ring.com/account/control-center';
const DASHBOARD = 'https://account.ring.com/account/dashboard';

/** What was read and what was not, so an empty list never looks like "all clear". */
export function Coverage({ report, service }: { report: Report; service: 'ring' | 'amazon' }) {
  const read = (id: string) => report.sources.some((s) => s.id === id && (s.status === 'read' || s.status === 'partial'));
  const ring = service === 'ring';
  const settingsRead = !ring || read('ring.device-settings');
  const controlCenterRead = !ring || read('ring.control-center');
  const privacyRead = ring || read('amazon.privacy-page');
  const smartHomeRead = ring || read('alexa.smart-home');
  return (
    <section class="coverage" data-testid="coverage">
      <h2>{t('popup_coverage_heading')}</h2>
      <ul>
        {report.sources.map((s, i) => {
          const issues = s.diagnostics.filter((d) => d.level !== 'info').length;
          return (
            <li key={i} class={`source source--${s.status}`} data-source-id={s.id} data-source-status={s.status}>
              {t(`source_${s.id.replace(/[^a-z0-9]/gi, '_')}`)}: {t(`status_${s.status}`)}
              {issues > 0 && <span class="muted"> ({tn('popup_diagnostics', issues)})</span>}
            </li>
          );
        })}
      </ul>
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
          <a href={uiLocale === 'de' ? 'https://www.amazon.de/alexa-privacy/apd/myad' : 'https://www.amazon.com/alexa-privacy/apd/myad'} target="_blank" rel="noreferrer">
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
