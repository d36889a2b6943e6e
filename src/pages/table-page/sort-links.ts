/**
 * Click-to-sort headers, as plain links: a header sorts by its column ascending, or
 * descending when the rows are already sorted by it ascending. Only the first sort key
 * is shown as the table's sort (aria-sort); the others are ties broken.
 */
import type { SortKey } from "../../query/types";

export type SortState = "ascending" | "descending" | null;

/** How the rows are sorted by `column`: only the primary key counts. */
export function sortState(sort: readonly SortKey[], column: string): SortState {
  const first = sort[0];
  if (!first || first.column !== column) return null;
  return first.desc ? "descending" : "ascending";
}

/** The `_sort` value of the header's link. */
export function toggledSort(sort: readonly SortKey[], column: string): string {
  return sortState(sort, column) === "ascending" ? `-${column}` : column;
}
