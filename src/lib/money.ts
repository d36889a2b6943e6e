/**
 * Money, for the build, the API and the pages alike. Amounts are 万元 with at most two
 * decimals; every sum is made in integer cents of 万元, so no float carries a figure and what
 * a page adds up matches the API and the build to the cent.
 */

/** `wan`: 万元 as printed (the default); `yuan`: exact integer yuan. */
export type Unit = "wan" | "yuan";

// The document prints "1,313.9", "20.00" or "4536.7万元".
const AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^-?\d+(\.\d{1,2})?$/;

/** Whether printed text is an amount as the document prints one. */
export function isAmountText(text: string): boolean {
  return AMOUNT.test(text.trim());
}

/** Cents for a printed amount; null for a blank cell; undefined when the text is not an amount. */
export function parseAmount(text: string | null | undefined, suffix = ""): number | null | undefined {
  if (text == null) return null;
  let t = text.trim();
  if (t === "") return null;
  if (suffix && t.endsWith(suffix)) t = t.slice(0, -suffix.length).trim();
  if (!AMOUNT.test(t)) return undefined;
  const negative = t.startsWith("-");
  const [whole, frac = ""] = t.replace(/^-/, "").replace(/,/g, "").split(".");
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  return negative ? -cents : cents;
}

/** Integer cents of an amount in 万元 (exact for at most two decimals; never -0). */
export function wanToCents(wan: number): number {
  return Math.round(wan * 100) || 0;
}

/** 万元 as a JSON number with the printed precision (cents / 100 is exact in decimal for ≤2 places). */
export function centsToWan(cents: number): number {
  return cents / 100;
}

/** A sum in cents of 万元, expressed in the unit: 万元 (≤ 2 decimals) or exact integer yuan. */
export function centsInUnit(cents: number, unit: Unit): number {
  return unit === "yuan" ? cents * 100 : cents / 100;
}

/** A printed 万元 amount in the unit (unchanged for 万元). */
export function wanInUnit(wan: number, unit: Unit): number {
  return unit === "yuan" ? wanToCents(wan) * 100 : wan;
}

/** Sum of amounts in cents; nulls (blank cells) count as nothing. */
export function sumCents(values: readonly (number | null | undefined)[]): number {
  let total = 0;
  for (const v of values) if (typeof v === "number") total += wanToCents(v);
  return total;
}

/** `321980` → `3219.80`, null → `blank`: two decimals, no grouping, as the build's messages state a figure. */
export function formatCentsPlain(cents: number | null): string {
  if (cents === null) return "blank";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `453670` → `4,536.7`: thousands grouped, as many decimals as the figure has (0–2), as pages print it. */
export function formatCentsGrouped(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = group(String(Math.floor(abs / 100)));
  const frac = String(abs % 100).padStart(2, "0").replace(/0+$/, "");
  return sign + whole + (frac ? `.${frac}` : "");
}

/** An amount in 万元 as printed on a page; a blank cell is an em dash, never 0. */
export function formatWan(wan: number | null | undefined): string {
  return typeof wan === "number" ? formatCentsGrouped(wanToCents(wan)) : "—";
}

/** Cents of 万元 as whole yuan, grouped (1 万元 = 10,000 yuan, so a cent of 万元 is 100 yuan). */
export function formatYuanOfCents(cents: number): string {
  return (cents < 0 ? "-" : "") + group(String(Math.abs(cents) * 100));
}
