// SVG path pieces, rounded to 0.1 so the markup is short and the same on every machine.

export function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A cubic from (x1,y1) to (x2,y2), leaving and arriving horizontally. */
export function curve(x1: number, y1: number, x2: number, y2: number): string {
  const dx = (x2 - x1) / 2;
  return `C${r(x1 + dx)} ${r(y1)} ${r(x2 - dx)} ${r(y2)} ${r(x2)} ${r(y2)}`;
}
