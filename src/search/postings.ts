/**
 * Posting lists: for one bigram, every place it stands, as pairs (doc, field · 2^20 + position)
 * in increasing order. Sorted pairs let a term be matched by walking lists side by side
 * (match.ts), with no set or map as large as a list.
 */
import type { PublishedRow } from "../schema/bundle";
import { fold } from "../query/text";
import { bigramsOf } from "./terms";
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
  for (const rowsOf of datasets) {
    for (const scope of SEARCH_TABLES) {
      for (const row of rowsOf(scope.table)) {
        scope.fields.forEach(({ column }, field) => {
          const value = row[column];
          if (typeof value !== "string" || value === "") return;
          for (const [gram, pos] of bigramsOf(fold(value))) {
            if (pos >= MAX_INDEXED_CHARS) break;
            let list = lists.get(gram);
            if (!list) lists.set(gram, (list = []));
            list.push(doc, field * FIELD_SHIFT + pos);
          }
        });
        doc++;
      }
    }
  }
  return new Map([...lists].map(([gram, list]) => [gram, Uint32Array.from(list)]));
}
