/**
 * Amounts for display. Every sum and share is computed in integer cents of 万元 (the
 * build's own arithmetic), so what the page adds up is exact and matches the API.
 */

/** Integer cents of an amount in 万元 (at most two decimals by the schema). */
export function toCents(wan: number): number {
  return Math.round(wan * 100);
}

/** Sum of amounts in cents; nulls (blank cells) count as nothing. */
export function sumCents(values: readonly (number | null | undefined)[]): number {
  let total = 0;
  for (const v of values) if (typeof v === "number") total += toCents(v);
  return total;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `453670` → `4,536.7`: thousands grouped, as many decimals as the figure has (0–2). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = group(String(Math.floor(abs / 100)));
  const frac = String(abs % 100).padStart(2, "0").replace(/0+$/, "");
  return sign + whole + (frac ? `.${frac}` : "");
}

/** An amount in 万元 as printed on the page; a blank cell is an em dash, never 0. */
export function formatWan(wan: number | null | undefined): string {
  return typeof wan === "number" ? formatCents(toCents(wan)) : "—";
}

/** Cents of 万元 as whole yuan (1 万元 = 10,000 yuan, so a cent of 万元 is 100 yuan). */
export function formatYuanOfCents(cents: number): string {
  return (cents < 0 ? "-" : "") + group(String(Math.abs(cents) * 100));
}

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
