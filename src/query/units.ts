/** Money units: amounts are 万元 with at most two decimals; arithmetic is in integer cents. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import type { Unit } from "./types";

export const YUAN_LABEL = "元";

/** Integer cents of 万元 (exact for values with at most two decimals). */
export function toCents(wan: number): number {
  return Math.round(wan * 100) || 0;
}

/** A sum in cents of 万元, expressed in the unit: 万元 (≤ 2 decimals) or exact integer yuan. */
export function fromCents(cents: number, unit: Unit): number {
  return unit === "yuan" ? cents * 100 : cents / 100;
}

/** A printed 万元 amount in the unit (unchanged for 万元). */
export function convertAmount(wan: number, unit: Unit): number {
  return unit === "yuan" ? toCents(wan) * 100 : wan;
}

/** Unit label of amount columns in responses. */
export function unitLabel(unit: Unit, wanLabel: string): string {
  return unit === "yuan" ? YUAN_LABEL : wanLabel;
}

/** Rows with every amount column converted to the unit (the same rows when 万元). */
export function convertRows(rows: readonly PublishedRow[], columns: readonly ColumnDef[], unit: Unit): readonly PublishedRow[] {
  if (unit === "wan") return rows;
  const amounts = columns.filter((c) => c.type === "amount").map((c) => c.name);
  if (amounts.length === 0) return rows;
  return rows.map((row) => {
    const out = { ...row };
    for (const name of amounts) {
      const v = out[name];
      if (typeof v === "number") out[name] = convertAmount(v, unit);
    }
    return out;
  });
}
