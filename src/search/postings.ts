/**
 * Posting lists: for one bigram, every place it stands, as pairs (doc, field · 2^20 + position)
 * in increasing order. Sorted pairs let a term be matched by walking lists side by side
 * (match.ts), with no set or map as large as a list.
 */
import type { PublishedRow } from "../schema/bundle";
import { fold } from "../query/text";
import { bigramsOf } from "./terms";
import { SEARCH_TABLES } from "./scope";

export const FIELD_SHIFT = 2 ** 20;
/** A field's text is indexed up to this many characters (a position must fit below FIELD_SHIFT). */
export const MAX_INDEXED_CHARS = FIELD_SHIFT - 1;

export type Postings = Uint32Array;
export const NO_POSTINGS: Postings = new Uint32Array(0);

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

/** The bytes of a posting list as stored (little-endian 32-bit words). */
export function encodePostings(p: Postings): Uint8Array {
  const out = new Uint8Array(p.length * 4);
  const view = new DataView(out.buffer);
  p.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

export function decodePostings(bytes: ArrayBuffer): Postings {
  if (bytes.byteLength % 8 !== 0) throw new Error(`a posting list of ${bytes.byteLength} bytes is not whole pairs`);
  return decodeWords(bytes);
}

/** Little-endian 32-bit words (the stored form of postings and of row offsets). */
export function decodeWords(bytes: ArrayBuffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`${bytes.byteLength} bytes are not whole 32-bit words`);
  const view = new DataView(bytes);
  const out = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
