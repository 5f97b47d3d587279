import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { PAGE_SIZE } from './use-paged.ts';

/** "Showing 100 of 7,000 · Show 100 more": the rest is one click away; printing shows everything. */
export function ShowMore({ shown, total, onMore, testId }: { shown: number; total: number; onMore: () => void; testId: string }) {
  if (total <= shown) return null;
  return (
    <p class="show-more no-print" data-testid={testId}>
      {t('report_shown_of', [shown.toLocaleString(uiLocale), total.toLocaleString(uiLocale)])}{' '}
      <button type="button" class="button" onClick={onMore}>
        {t('report_show_more', [String(Math.min(PAGE_SIZE, total - shown))])}
      </button>
    </p>
  );
}
