/**
 * Posting lists: for one bigram, every place it stands, as pairs (doc, field · 2^20 + position)
 * in increasing order. Sorted pairs let a term be matched by walking lists side by side
 * (match.ts), with no set or map as large as a list.
 */
import type { PublishedRow } from "../schema/bundle";
import { fold } from "../query/text";
import { forEachBigram } from "./terms";
import { SEARCH_TABLES } from "../schema/search-scope";
import type { Postings } from "../data/postings-codec";

export const FIELD_SHIFT = 2 ** 20;
/** A field's text is indexed up to this many characters (a position must fit below FIELD_SHIFT). */
export const MAX_INDEXED_CHARS = FIELD_SHIFT - 1;

/** The rows of one dataset's search tables, in SEARCH_TABLES order (missing tables are empty). */
export type DatasetRows = (table: string) => readonly PublishedRow[];

/** Every bigram's postings over the datasets, numbered as docSpace numbers them. */
export function buildPostings(datasets: Iterable<DatasetRows>): Map<string, Postings> {
  const lists = new Map<string, number[]>();
  let doc = 0;
  let base = 0;
  // One closure for every cell (not one per cell); `doc` and `base` say where the cell is.
  const add = (gram: string, pos: number): boolean => {
    if (pos >= MAX_INDEXED_CHARS) return false;
    let list = lists.get(gram);
    if (!list) lists.set(gram, (list = []));
    list.push(doc, base + pos);
    return true;
  };
  for (const rowsOf of datasets) {
    for (const scope of SEARCH_TABLES) {
      const fields = scope.fields;
      for (const row of rowsOf(scope.table)) {
        for (let field = 0; field < fields.length; field++) {
          const value = row[fields[field]!.column];
          if (typeof value !== "string" || value === "") continue;
          base = field * FIELD_SHIFT;
          forEachBigram(fold(value), add);
        }
        doc++;
      }
    }
  }
  const out = new Map<string, Postings>();
  for (const [gram, list] of lists) out.set(gram, Uint32Array.from(list));
  return out;
}
