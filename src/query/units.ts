/** Amount columns of rows in the unit a request asks for (money itself: lib/money.ts). */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { wanInUnit, type Unit } from "../lib/money";

export const YUAN_LABEL = "元";

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
      if (typeof v === "number") out[name] = wanInUnit(v, unit);
    }
    return out;
  });
}
