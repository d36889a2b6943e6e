/** What a hit shows: the searched columns of its row where terms occur, each with a snippet around the first. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { fold } from "../query/text";
import type { SearchTable } from "../schema/search-scope";

export interface ColumnMatch {
  column: string;
  label: string;
  snippet: string;
}

const CONTEXT_BEFORE = 20;
const CONTEXT_AFTER = 40;
const SHORT = 80;

/** The searched columns of a table (scope.ts), with their labels, in the index's field order. */
export function searchedColumns(scope: SearchTable, columns: readonly ColumnDef[]): ColumnDef[] {
  return scope.fields.map((f) => columns.find((c) => c.name === f.column) ?? { name: f.column, label: f.column, type: "text", description: "" });
}

/** Text around the first term found, with … where it was cut. */
function snippet(value: string, folded: string, terms: readonly string[]): string {
  if (value.length <= SHORT) return value;
  const hits = terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0);
  // Folding rarely changes length for Chinese text; when it does, cut from the start.
  const at = folded.length === value.length && hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, at - CONTEXT_BEFORE);
  const end = Math.min(value.length, at + CONTEXT_AFTER);
  return `${start > 0 ? "…" : ""}${value.slice(start, end)}${end < value.length ? "…" : ""}`;
}

const foldedRows = new WeakMap<PublishedRow, Map<string, string>>();

/** fold(row[column]), computed once per row and column. */
function folded(row: PublishedRow, column: string, value: string): string {
  let cache = foldedRows.get(row);
  if (!cache) foldedRows.set(row, (cache = new Map()));
  let f = cache.get(column);
  if (f === undefined) cache.set(column, (f = fold(value)));
  return f;
}

/** The columns where terms occur, or null unless every term occurs somewhere in the row. */
export function matchRow(row: PublishedRow, columns: readonly ColumnDef[], terms: readonly string[]): ColumnMatch[] | null {
  const found = new Set<string>();
  const matches: ColumnMatch[] = [];
  for (const c of columns) {
    const value = row[c.name];
    if (typeof value !== "string") continue;
    const text = folded(row, c.name, value);
    const here = terms.filter((t) => text.includes(t));
    if (here.length === 0) continue;
    here.forEach((t) => found.add(t));
    matches.push({ column: c.name, label: c.label, snippet: snippet(value, text, here) });
  }
  return found.size === terms.length ? matches : null;
}
