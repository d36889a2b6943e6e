/**
 * One dataset's posting lists as the cache stores them, numbered from its own first searchable
 * row (docSpace of that dataset alone): for each bigram, its UTF-16 length (u16) and code units,
 * padding to a 4-byte boundary, the number of words (u32), the words; all little-endian, so the
 * words are copied as bytes. The merge (merge-index.ts) adds each dataset's first doc number.
 */
import { LITTLE_ENDIAN } from "../../src/data/postings-codec";

if (!LITTLE_ENDIAN) throw new Error("the build's postings files assume a little-endian machine");

const headerBytes = (gram: string) => (2 + gram.length * 2 + 3) & ~3;

/** A gram's header (length, code units, padding) and word count, then its words, at `at` in `out` (viewed by `view`); returns the offset after it. */
export function writeList(out: Uint8Array, view: DataView, at: number, gram: string, list: Uint32Array): number {
  view.setUint16(at, gram.length, true);
  for (let i = 0; i < gram.length; i++) view.setUint16(at + 2 + i * 2, gram.charCodeAt(i), true);
  at += headerBytes(gram);
  view.setUint32(at, list.length, true);
  out.set(new Uint8Array(list.buffer, list.byteOffset, list.byteLength), at + 4);
  return at + 4 + list.byteLength;
}

export const listBytes = (gram: string, list: Uint32Array) => headerBytes(gram) + 4 + list.byteLength;

/**
 * Each gram and its words from `start` to `end` of `bytes`. The words are a view into `bytes`
 * where it is 4-byte aligned (no copy: a merge reads millions of lists), else a copy.
 */
export function* readLists(bytes: Uint8Array, start = 0, end = bytes.length): Generator<[string, Uint32Array]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const aligned = bytes.byteOffset % 4 === 0;
  let at = start;
  while (at < end) {
    const length = view.getUint16(at, true);
    let gram: string;
    if (length === 2) gram = String.fromCharCode(view.getUint16(at + 2, true), view.getUint16(at + 4, true));
    else {
      const units: number[] = [];
      for (let i = 0; i < length; i++) units.push(view.getUint16(at + 2 + i * 2, true));
      gram = String.fromCharCode(...units);
    }
    at += (2 + length * 2 + 3) & ~3;
    const words = view.getUint32(at, true);
    at += 4;
    const from = bytes.byteOffset + at;
    yield [gram, aligned ? new Uint32Array(bytes.buffer, from, words) : new Uint32Array(bytes.buffer.slice(from, from + words * 4))];
    at += words * 4;
  }
  if (at !== end) throw new Error(`a postings file ends at byte ${at}, not ${end}`);
}
