/**
 * Money as integer cents of 万元. The document prints "1,313.9", "20.00" or "4536.7万元";
 * floats never carry a figure from here on.
 */
const AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^-?\d+(\.\d{1,2})?$/;

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

/** 万元 as a JSON number with the printed precision (cents / 100 is exact in decimal for ≤2 places). */
export function centsToWan(cents: number): number {
  return cents / 100;
}

export function formatCents(cents: number | null): string {
  if (cents === null) return "blank";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
