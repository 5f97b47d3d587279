import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { AMAZON_DATA_REQUEST, RING_DATA_REQUEST } from '../../findings/export-urls.ts';

/** The id the letters panel links to. */
export const EXPORT_GUIDE_ID = 'export-guide';

/**
 * How to request each official export, with the link for the user's country: amazon.de for a German account or a
 * German browser, amazon.com otherwise (both shown, the user's first). The amazon.de address is not verified on
 * Amazon's pages (docs/knowledge-sources-exports.md), and the guide says so.
 */
export function ExportGuide({ amazonHosts }: { amazonHosts: readonly string[] }) {
  // Only marketplaces count (an export that joined no account has none): else the browser's language decides.
  const marketplaces = amazonHosts.filter((h) => /(^|\.)amazon\.[a-z.]+$/.test(h));
  const german = marketplaces.some((h) => /amazon\.de$/.test(h)) || (marketplaces.length === 0 && uiLocale === 'de');
  const links = german
    ? [
        { url: AMAZON_DATA_REQUEST.de, host: 'amazon.de', verified: false },
        { url: AMAZON_DATA_REQUEST.en, host: 'amazon.com', verified: true },
      ]
    : [
        { url: AMAZON_DATA_REQUEST.en, host: 'amazon.com', verified: true },
        { url: AMAZON_DATA_REQUEST.de, host: 'amazon.de', verified: false },
      ];
  return (
    <section class="export-guide" id={EXPORT_GUIDE_ID} data-testid="export-guide">
      <h2>{t('report_guide_heading')}</h2>
      <p>{t('report_guide_intro')}</p>
      <h3>{t('report_guide_amazon_heading')}</h3>
      <p>{t('report_guide_amazon_steps')}</p>
      <ul>
        {links.map((l) => (
          <li key={l.host}>
            <a href={l.url} target="_blank" rel="noreferrer noopener" data-testid={`guide-amazon-${l.host}`}>
              {t('report_guide_amazon_link', [l.host])}
            </a>
            {!l.verified && <span class="muted"> — {t('report_guide_amazon_unverified')}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('report_guide_ring_heading')}</h3>
      <p>{t('report_guide_ring_steps')}</p>
      <p>
        <a href={RING_DATA_REQUEST[uiLocale]} target="_blank" rel="noreferrer noopener" data-testid="guide-ring">
          {t('report_guide_ring_link')}
        </a>
      </p>
      <p>{t('report_guide_then')}</p>
      <p class="muted">{t('report_exports_kept')}</p>
    </section>
  );
}
