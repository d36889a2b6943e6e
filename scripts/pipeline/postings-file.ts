/**
 * One dataset's posting lists as the cache stores them, numbered from its own first searchable
 * row (docSpace of that dataset alone): for each bigram, its UTF-16 length and code units, the
 * number of words, the words (little-endian). The merge adds each dataset's first doc number.
 */
import type { Postings } from "../../src/data/postings-codec";

export function encodePostingsFile(lists: ReadonlyMap<string, Postings>): Uint8Array {
  let size = 4;
  for (const [gram, list] of lists) size += 2 + gram.length * 2 + 4 + list.length * 4;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  view.setUint32(at, lists.size, true);
  at += 4;
  for (const [gram, list] of lists) {
    view.setUint16(at, gram.length, true);
    at += 2;
    for (let i = 0; i < gram.length; i++, at += 2) view.setUint16(at, gram.charCodeAt(i), true);
    view.setUint32(at, list.length, true);
    at += 4;
    for (let i = 0; i < list.length; i++, at += 4) view.setUint32(at, list[i]!, true);
  }
  return out;
}

/** Each bigram and its words, in stored order. */
export function* decodePostingsFile(bytes: Uint8Array): Generator<[string, Uint32Array]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const count = view.getUint32(at, true);
  at += 4;
  for (let g = 0; g < count; g++) {
    const length = view.getUint16(at, true);
    at += 2;
    const units: number[] = [];
    for (let i = 0; i < length; i++, at += 2) units.push(view.getUint16(at, true));
    const words = view.getUint32(at, true);
    at += 4;
    const list = new Uint32Array(words);
    for (let i = 0; i < words; i++, at += 4) list[i] = view.getUint32(at, true);
    yield [String.fromCharCode(...units), list];
  }
  if (at !== bytes.length) throw new Error(`a postings file of ${bytes.length} bytes holds ${at}`);
}
