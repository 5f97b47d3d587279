// Text cut to fit a width in the picture. Width estimated from the font size (no measuring: deterministic).
import { flowLabelKey, type FlowLabel } from '../../knowledge/flow-labels.ts';
import { t } from '../extension-i18n.ts';

/** Average glyph width per font size (wide enough for DejaVu Sans, the Linux fallback of system-ui). */
const CHAR = 0.6;
const CHAR_BOLD = 0.63;

/** Shortens to fit a width, by code point, with an ellipsis. */
export function fit(text: string, width: number, fontSize: number, bold = false): string {
  const max = Math.max(1, Math.floor(width / (fontSize * (bold ? CHAR_BOLD : CHAR))));
  const chars = Array.from(text);
  return chars.length > max
    ? `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`
    : text;
}

/** As many labels as fit, then "+N" for the rest (the edge's title lists them all). */
export function fitLabels(labels: readonly FlowLabel[], width: number, fontSize: number, bold = false): string {
  const words = labels.map((l) => t(flowLabelKey(l)));
  const max = Math.floor(width / (fontSize * (bold ? CHAR_BOLD : CHAR)));
  for (let n = words.length; n > 0; n--) {
    const text = words.slice(0, n).join(', ') + (n < words.length ? ` +${words.length - n}` : '');
    if (Array.from(text).length <= max) return text;
  }
  return fit(words.join(', '), width, fontSize, bold);
}
