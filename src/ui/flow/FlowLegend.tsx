import { t } from '../extension-i18n.ts';

/** What the picture's colours, bars and "+N" mean (HTML swatches in the picture's colours: the picture stays one svg). */
export function FlowLegend() {
  return (
    <ul class="flow-legend" data-testid="data-flow-legend">
      <li>
        <span class="flow-legend__swatch flow-legend__swatch--high" aria-hidden="true" />
        {t('flow_legend_high')}
      </li>
      <li>
        <span class="flow-legend__swatch flow-legend__swatch--medium" aria-hidden="true" />
        {t('flow_legend_medium')}
      </li>
      <li>
        <span class="flow-legend__swatch flow-legend__swatch--alert" aria-hidden="true" />
        {t('flow_legend_alert')}
      </li>
      <li>
        <span class="flow-legend__more" aria-hidden="true">
          +2
        </span>
        {t('flow_legend_more')}
      </li>
    </ul>
  );
}
