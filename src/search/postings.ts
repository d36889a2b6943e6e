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

/**
 * Every bigram's postings over the datasets, numbered as docSpace numbers them; the map in the
 * order the bigrams were first seen. Each place is appended to one growing array as (bigram's
 * number, doc, field · 2^20 + position), then the lists are cut from one buffer, each in the
 * order its places came: no array per bigram to grow and copy (a dataset has some 10^5 places).
 */
export function buildPostings(datasets: Iterable<DatasetRows>): Map<string, Postings> {
  // A bigram is keyed by its two code points as one number while places are gathered; its string is made once, at its first place.
  const numbers = new Map<number, number>();
  const grams: string[] = [];
  let places = new Uint32Array(3 * 4096);
  let n = 0;
  let doc = 0;
  let base = 0;
  // One closure for every cell (not one per cell); `doc` and `base` say where the cell is.
  const add = (first: number, second: number, pos: number): boolean => {
    if (pos >= MAX_INDEXED_CHARS) return false;
    const key = first * 0x110000 + second;
    let g = numbers.get(key);
    if (g === undefined) {
      g = grams.length;
      numbers.set(key, g);
      grams.push(String.fromCodePoint(first, second));
    }
    if (n + 3 > places.length) {
      const more = new Uint32Array(2 * places.length);
      more.set(places);
      places = more;
    }
    places[n] = g;
    places[n + 1] = doc;
    places[n + 2] = base + pos;
    n += 3;
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
  // Where each bigram's list starts in the one buffer (two words a place), then the places written in.
  const start = new Uint32Array(grams.length + 1);
  for (let i = 0; i < n; i += 3) start[places[i]! + 1] += 2;
  for (let g = 0; g < grams.length; g++) start[g + 1] += start[g]!;
  const all = new Uint32Array(start[grams.length]!);
  const next = start.slice(0, grams.length);
  for (let i = 0; i < n; i += 3) {
    const g = places[i]!;
    const at = next[g]!;
    all[at] = places[i + 1]!;
    all[at + 1] = places[i + 2]!;
    next[g] = at + 2;
  }
  const out = new Map<string, Postings>();
  grams.forEach((gram, g) => out.set(gram, all.subarray(start[g]!, start[g + 1]!)));
  return out;
}
