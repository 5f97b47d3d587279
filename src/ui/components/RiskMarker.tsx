import type { Risk } from '../../model/finding.ts';
import { t } from '../extension-i18n.ts';

// Shape and words carry the level, so it reads without colour.
const SHAPE: Record<Risk, string> = { high: '▲', medium: '◆', low: '●', info: 'ℹ' };

export function RiskMarker({ risk }: { risk: Risk }) {
  return (
    <span class={`risk risk--${risk}`}>
      <span aria-hidden="true">{SHAPE[risk]}</span> {t(`risk_${risk}`)}
    </span>
  );
}
