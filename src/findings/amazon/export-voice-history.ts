import { defineFinding } from '../define-finding.ts';
import { exportSubject } from '../subjects.ts';
import { exportFactsOf } from '../export-facts.ts';
import { AMAZON_DATA_REQUEST_NOTE } from '../export-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

const RETENTION_MONTHS: Readonly<Record<string, number>> = { '3-months': 3, '18-months': 18 };

/** Months between two days (YYYY-MM-DD), whole months only. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * How far back Amazon's export holds Alexa voice interactions, held against the retention chosen on Alexa Privacy:
 * a 3- or 18-month setting with interactions older than that (counted back from the newest one) is a contradiction.
 */
export const exportVoiceHistory = defineFinding({
  id: 'amazon.export-voice-history',
  check: (records) =>
    exportFactsOf(records, 'amazon').flatMap((facts) => {
      const voice = facts.voice;
      if (!voice || (voice.interactions === 0 && voice.audioFiles === 0)) return [];
      const retention = records.amazonSettings?.find((s) => s.key === 'voice-retention')?.value ?? null;
      const months = retention ? (RETENTION_MONTHS[retention] ?? null) : null;
      const span = voice.firstDate && voice.lastDate ? monthsBetween(voice.firstDate, voice.lastDate) : null;
      const beyond = months !== null && span !== null && span > months;
      return [
        {
          service: 'amazon',
          subject: exportSubject(facts.label),
          ...(beyond ? { risk: 'high' as const } : {}),
          evidence: { source: SOURCE.amazonExport, field: voice.files[0] ?? 'audio files' },
          details: {
            // Where it was read: the export's own name, so a newly imported export reads as newly read, not newly on.
            page: facts.label,
            interactions: voice.interactions,
            audioFiles: voice.audioFiles,
            firstDate: voice.firstDate,
            lastDate: voice.lastDate,
            retention,
            retentionMonths: months,
            monthsHeld: span,
            ...(beyond ? { textVariant: 'beyond' } : {}),
          },
        },
      ];
    }),
  catalog: {
    service: 'amazon',
    risk: 'medium',
    recipients: ['amazon'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GA7E98TJFEJLYSFR',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GA7E98TJFEJLYSFR',
    },
    helpUrlVerified: false,
    helpUrlNote: `"Alexa und Ihre Privatsphäre" was read on amazon.de (letters research); the amazon.com edition of the node was not read. ${AMAZON_DATA_REQUEST_NOTE}`,
    settingsUrl: { en: 'https://www.amazon.com/alexa-privacy/apd/rvh', de: 'https://www.amazon.de/alexa-privacy/apd/rvh' },
    titleArgs: ['firstDate', 'lastDate', 'retentionMonths'],
    reviewedOn: '2026-12-06',
  },
  labels: ['voice'],
  place: { kind: 'web', path: '/alexa-privacy/apd/rvh', minutes: 5 },
});
