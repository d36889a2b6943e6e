/** Shares of a total, for charts and tables: from integer cents, so they add up as the amounts do. */

/** `part / whole` as a percentage with one decimal (`29.0%`), from integer cents. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "—";
  const tenths = Math.round((part * 1000) / whole);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** `part / max` as a bar length in percent of the available width, at least a hairline for non-zero parts. */
export function barPercent(part: number, max: number, full: number): number {
  if (max <= 0 || part <= 0) return 0;
  return Math.max(0.5, Math.round((part * full * 100) / max) / 100);
}
