/** Multi-column stable sort; nulls last in either direction. */
import type { PublishedRow, PublishedValue } from "../schema/bundle";
import type { SortKey } from "./types";

/** Orders two non-null values of one column (numbers numerically, strings by code point). */
function compareValues(a: PublishedValue, b: PublishedValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A sorted copy; ties keep the published order. */
export function sortRows(rows: readonly PublishedRow[], keys: readonly SortKey[]): PublishedRow[] {
  const copy = [...rows];
  if (keys.length === 0) return copy;
  return copy.sort((r1, r2) => {
    for (const { column, desc } of keys) {
      const a = r1[column] ?? null;
      const b = r2[column] ?? null;
      if (a === b) continue;
      if (a === null) return 1;
      if (b === null) return -1;
      const c = compareValues(a, b);
      if (c !== 0) return desc ? -c : c;
    }
    return 0;
  });
}
