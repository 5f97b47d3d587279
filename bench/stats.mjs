// Small numeric helpers shared by the figures.

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

export const ms = (v) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : 'n/a');
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(3)}×` : 'n/a');

/** A table row. `ok` true/false marks a budgeted figure; undefined means "no budget" (printed as "—"). */
export function row(figure, value, budget = '—', ok = undefined, note = '') {
  return { figure, value, budget, status: ok === undefined ? '' : ok ? 'ok' : 'over budget', note };
}

export const sleep = (msec) => new Promise((r) => setTimeout(r, msec));
