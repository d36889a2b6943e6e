/**
 * Facets, as Datasette shows them: for each column with few distinct values among the
 * matching rows, each value with its count. The counts are over every matching row (not
 * the page shown), so following a facet's link gives exactly that many rows.
 *
 * Which columns: string and code columns with a closed set of values (enum or value
 * labels) whenever they have at most FACET_LIMIT distinct values; any other string or
 * code column when it has 2 to FACET_LIMIT values and fewer values than rows (one value
 * tells nothing, and a value per row is an identifier, not a facet).
 */
import type { PublishedRow } from "../../schema/bundle";
import type { ColumnDef } from "../../schema/columns";
import type { Pair } from "./links";

export const FACET_LIMIT = 12;

export interface FacetValue {
  /** The value; null for the blank cells. */
  value: string | null;
  count: number;
  /** The filter that selects exactly these rows. */
  filter: Pair;
}

export interface Facet {
  column: ColumnDef;
  values: FacetValue[];
}

const closed = (c: ColumnDef) => c.enum !== undefined || c.valueLabels !== undefined;

/** The filter parameter selecting the rows whose `column` is `value` (blank: isnull). */
export function facetFilter(column: ColumnDef, value: string | null): Pair {
  return value === null ? [`${column.name}__isnull`, "1"] : [column.name, value];
}

/** Counts of a column's values, or null as soon as it has more than FACET_LIMIT (so the cost is bounded). */
function tally(rows: readonly PublishedRow[], name: string): Map<string | null, number> | null {
  const counts = new Map<string | null, number>();
  for (const row of rows) {
    const raw = row[name];
    const v = raw === null || raw === undefined ? null : String(raw);
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size > FACET_LIMIT) return null;
  }
  return counts;
}

/** Most rows first; ties by value; the blank last. */
function order(a: FacetValue, b: FacetValue): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.value === null || b.value === null) return a.value === null ? 1 : -1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

export function facetsOf(rows: readonly PublishedRow[], columns: readonly ColumnDef[]): Facet[] {
  if (rows.length === 0) return [];
  const facets: Facet[] = [];
  for (const column of columns) {
    if (column.type !== "string" && column.type !== "code") continue;
    const counts = tally(rows, column.name);
    if (!counts) continue;
    if (!closed(column) && (counts.size < 2 || counts.size >= rows.length)) continue;
    const values = [...counts].map(([value, count]) => ({ value, count, filter: facetFilter(column, value) }));
    facets.push({ column, values: values.sort(order) });
  }
  return facets;
}
