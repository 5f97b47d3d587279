import type { ReportFinding } from '../../model/report.ts';
import { CATALOG } from '../../knowledge/catalog.ts';
import { t, uiLocale } from '../extension-i18n.ts';
import { RiskMarker } from './RiskMarker.tsx';
import { cleanName } from './PageName.tsx';
import { sharedWithYou } from '../../findings/ring/shared-with-you.ts';
import { evidenceText } from '../read-time.ts';

/**
 * One finding: risk and title at a glance; why it matters, what it rests on (the exact document and when it was
 * read) and the official steps one click away. `provenance` replaces the evidence line (the report page adds the
 * tool version for print).
 */
export function FindingCard({ finding, provenance }: { finding: ReportFinding; provenance?: string }) {
  const entry = CATALOG[finding.id];
  // Someone else's device or location: its owner changes it; the user is not shown steps for a setting that is not
  // theirs (leaving the share, the one thing they can do, is the shared-with-you finding's own steps).
  const ownerOnly = finding.controlledBy === 'owner' && finding.id !== sharedWithYou.id;
  const owner = finding.ownerName ? cleanName(finding.ownerName) : t('owner_unknown');
  const evidence = provenance ?? evidenceText(finding.evidence);
  return (
    <article class="finding" data-finding-id={finding.id} data-subject-id={finding.subject.id} data-subject-name={finding.subject.name}>
      <header>
        <RiskMarker risk={finding.risk} />
        <h4>{finding.title}</h4>
      </header>
      {finding.controlledBy === 'owner' && (
        <p class="finding__owner" data-testid="finding-owner">
          {t('owner_set_by', [owner])}
        </p>
      )}
      <p class="recipients">
        <strong>{t('label_recipients')}:</strong> {finding.recipients.map((r) => r.name).join(', ')}
      </p>
      <details>
        <summary>{t('label_why_and_how')}</summary>
        <p>{finding.explanation}</p>
        {evidence && (
          <p
            class="finding__evidence muted"
            data-testid="finding-evidence"
            data-location={finding.evidence.location ?? ''}
            data-read-at={finding.evidence.readAt ?? ''}
          >
            {evidence}
          </p>
        )}
        {entry?.regions && <p class="muted">{t('label_offered_in', [entry.regions.join(', ')])}</p>}
        {ownerOnly ? (
          <p data-testid="finding-owner-place">{t('owner_ask_place', [owner])}</p>
        ) : (
          <>
            <h5>{t('label_how_to_turn_off')}</h5>
            <ol>
              {finding.optOut.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </>
        )}
        <p class="links">
          {/* A link whose text was not read, or a generic page, is not called the official steps. */}
          <a href={finding.optOut.url} target="_blank" rel="noreferrer" data-help-verified={entry?.helpUrlVerified ? 'true' : 'false'}>
            {entry?.helpUrlVerified ? t('label_official_help') : t('label_related_help')}
          </a>
          {entry && !entry.helpUrlVerified && <span class="muted"> ({t('label_unverified_link')})</span>}
          {entry?.settingsUrl && !ownerOnly && (
            <a class="button" href={entry.settingsUrl[uiLocale]} target="_blank" rel="noreferrer">
              {t('label_open_settings')}
            </a>
          )}
          {entry && !entry.settingsUrl && <span class="muted"> {t('label_no_web_setting')}</span>}
        </p>
      </details>
    </article>
  );
}
