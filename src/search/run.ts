/**
 * One search, for the API (/v1/search) and the search page (/search) alike: the caps on q,
 * and the hits of every searched table of the datasets in scope. Neither caller searches
 * any other way, so the page can never find what the API would not (or cost more).
 */
import type { DataStore } from "../data/store";
import type { PublishedRow } from "../schema/bundle";
import type { ParamError } from "../query/types";
import { loadTables } from "./load-tables";
import { matchRow, searchableColumns, type ColumnMatch } from "./match";
import { SEARCH_TABLES } from "./scope";

export const MAX_QUERY = 200;
/** Every term is a pass over every searched row, so the cost of a search is capped by capping them. */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 50;

/** What is wrong with q (nothing when it is usable); an empty q is an error only where `required`. */
export function queryErrors(q: string, terms: readonly string[], required: boolean): ParamError[] {
  const errors: ParamError[] = [];
  if (terms.length === 0 && required) errors.push({ param: "q", message: "q is required: the text to find, e.g. q=培训 (several words: every one must occur)." });
  if (q.length > MAX_QUERY) errors.push({ param: "q", message: `q is limited to ${MAX_QUERY} characters.` });
  else if (terms.length > MAX_TERMS) errors.push({ param: "q", message: `q has ${terms.length} words; at most ${MAX_TERMS} are searched for at once.` });
  else if (terms.some((t) => t.length > MAX_TERM_LENGTH)) errors.push({ param: "q", message: `A word of q is limited to ${MAX_TERM_LENGTH} characters.` });
  return errors;
}

export interface SearchHit {
  dataset: string;
  table: string;
  id: string;
  title: PublishedRow[string] | null;
  matches: ColumnMatch[];
  row: PublishedRow;
}

/** Every row of the searched tables (all, or `table` only) of `datasets` that holds every term, in dataset, table and row order. */
export async function findHits(store: DataStore, datasets: readonly string[], terms: readonly string[], table?: string): Promise<SearchHit[]> {
  const wanted = datasets.flatMap((d) => SEARCH_TABLES.filter((scope) => table === undefined || scope.table === table).map((scope) => ({ dataset: d, table: scope.table, scope })));
  const loaded = await loadTables(store, wanted);
  const hits: SearchHit[] = [];
  for (const [i, { dataset, scope }] of wanted.entries()) {
    const data = loaded[i];
    if (!data) continue;
    const columns = searchableColumns(data.columns);
    for (const row of data.rows) {
      const matches = matchRow(row, columns, terms);
      if (matches) hits.push({ dataset, table: scope.table, id: String(row.id), title: row[scope.title] ?? null, matches, row });
    }
  }
  return hits;
}
