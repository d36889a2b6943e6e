/**
 * Ranked search over posting lists: which docs hold every term, and in what order they are
 * listed: the words as typed next to each other (the exact phrase) first, then every word in
 * one field, then every word somewhere in the row; within each, a match in the title over one
 * in a label over one in long text; then the order of the catalogue.
 */
import type { Postings } from "../data/postings-codec";
import type { Lookup } from "../data/store";
import { FIELD_SHIFT } from "./postings";
import { chars, coveringBigrams } from "./terms";
import { SEARCH_TABLES } from "../schema/search-scope";
import type { DocSpace } from "../data/doc-space";

export const MATCH_KINDS = ["phrase", "field", "row"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface RankedDoc {
  doc: number;
  match: MatchKind;
  /** Weight of the best field that matched (scope.ts). */
  weight: number;
  /** Bit mask of the fields (scope.ts order) where any of the words occurs. */
  fields: number;
}

/**
 * Where a term starts: sorted pairs (doc, field · 2^20 + position). The rarest covering bigram
 * drives; every other must stand at its offset, found by walking its list alongside.
 */
export async function occurrences(term: string, lookup: Lookup): Promise<number[]> {
  const covering = coveringBigrams(term);
  const lists = await Promise.all(covering.map((c) => lookup(c.gram)));
  let driver = 0;
  lists.forEach((l, i) => {
    if (l.length < lists[driver]!.length) driver = i;
  });
  const d = lists[driver]!;
  const dOffset = covering[driver]!.offset;
  const cursors = lists.map(() => 0);
  const out: number[] = [];
  for (let i = 0; i < d.length; i += 2) {
    const doc = d[i]!;
    const fp = d[i + 1]!;
    const start = (fp % FIELD_SHIFT) - dOffset;
    if (start < 0) continue;
    const base = fp - dOffset;
    let all = true;
    for (let k = 0; k < lists.length && all; k++) {
      if (k === driver) continue;
      const list = lists[k]!;
      const want = base + covering[k]!.offset;
      // Both walks go up in (doc, fp): advance this list to the first pair not below (doc, want).
      let c = cursors[k]!;
      while (c < list.length && (list[c]! < doc || (list[c]! === doc && list[c + 1]! < want))) c += 2;
      cursors[k] = c;
      all = c < list.length && list[c] === doc && list[c + 1] === want;
    }
    if (all) out.push(doc, Math.floor(fp / FIELD_SHIFT) * FIELD_SHIFT + start);
  }
  return out;
}

/** doc → bit mask of the fields where the occurrences are. */
function fieldsByDoc(occ: readonly number[], keep: (doc: number) => boolean): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < occ.length; i += 2) {
    const doc = occ[i]!;
    if (!keep(doc)) continue;
    m.set(doc, (m.get(doc) ?? 0) | (1 << Math.floor(occ[i + 1]! / FIELD_SHIFT)));
  }
  return m;
}

/** The highest weight of the fields in mask, for the table of a doc. */
function bestWeight(mask: number, table: number): number {
  let best = 0;
  SEARCH_TABLES[table]!.fields.forEach((f, i) => {
    if (mask & (1 << i) && f.weight > best) best = f.weight;
  });
  return best;
}

const key = (doc: number, fp: number) => doc * 2 ** 31 + fp;

/**
 * Where the words stand one after another in one field, as typed: each next to the one before
 * (as Chinese is written) or one space after it. Found from the words' own occurrences, plus one
 * pair (last character, space) per joint, so a phrase costs no more reads than its words.
 */
async function phraseFields(terms: readonly string[], occ: readonly number[][], lookup: Lookup, keep: (doc: number) => boolean): Promise<Map<number, number>> {
  const lengths = terms.map((t) => chars(t).length);
  const starts = occ.map((o) => {
    const set = new Set<number>();
    for (let i = 0; i < o.length; i += 2) set.add(key(o[i]!, o[i + 1]!));
    return set;
  });
  const spaces = await Promise.all(
    terms.slice(0, -1).map(async (t) => {
      const list = await lookup(`${chars(t).at(-1)!} `);
      const set = new Set<number>();
      for (let i = 0; i < list.length; i += 2) set.add(key(list[i]!, list[i + 1]!));
      return set;
    }),
  );
  const out = new Map<number, number>();
  const first = occ[0]!;
  for (let i = 0; i < first.length; i += 2) {
    const doc = first[i]!;
    if (!keep(doc)) continue;
    let at = first[i + 1]!;
    let whole = true;
    for (let k = 1; k < terms.length && whole; k++) {
      const end = at + lengths[k - 1]!;
      if (starts[k]!.has(key(doc, end))) at = end;
      else if (spaces[k - 1]!.has(key(doc, end - 1)) && starts[k]!.has(key(doc, end + 1))) at = end + 1;
      else whole = false;
    }
    if (whole) out.set(doc, (out.get(doc) ?? 0) | (1 << Math.floor(first[i + 1]! / FIELD_SHIFT)));
  }
  return out;
}

/** Every doc (that `keep` allows) holding every term, in ranked order. */
export async function rankDocs(terms: readonly string[], lookup: Lookup, space: DocSpace, keep: (doc: number) => boolean): Promise<RankedDoc[]> {
  const memo = new Map<string, Promise<Postings>>();
  const once: Lookup = (gram) => {
    let p = memo.get(gram);
    if (!p) memo.set(gram, (p = lookup(gram)));
    return p;
  };
  const occ: number[][] = [];
  const perTerm: Map<number, number>[] = [];
  for (const term of terms) {
    occ.push(await occurrences(term, once));
    perTerm.push(fieldsByDoc(occ.at(-1)!, keep));
    if (perTerm.at(-1)!.size === 0) return [];
  }
  const [smallest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
  const phrase = terms.length > 1 ? await phraseFields(terms, occ, once, keep) : new Map<number, number>();
  const ranked: RankedDoc[] = [];
  for (const [doc, firstMask] of smallest!) {
    let and = firstMask;
    let or = firstMask;
    let inAll = true;
    for (const m of others) {
      const mask = m.get(doc);
      if (mask === undefined) {
        inAll = false;
        break;
      }
      and &= mask;
      or |= mask;
    }
    if (!inAll) continue;
    const table = space.locate(doc).table;
    const ph = terms.length === 1 ? and : (phrase.get(doc) ?? 0);
    if (ph) ranked.push({ doc, match: "phrase", weight: bestWeight(ph, table), fields: or });
    else if (and) ranked.push({ doc, match: "field", weight: bestWeight(and, table), fields: or });
    else ranked.push({ doc, match: "row", weight: bestWeight(or, table), fields: or });
  }
  return ranked.sort(rankedOrder);
}

const order = (k: MatchKind) => MATCH_KINDS.indexOf(k);
/** The ranked order: kind of match, then the best field's weight, then the catalogue's order. */
export const rankedOrder = (a: RankedDoc, b: RankedDoc): number => order(a.match) - order(b.match) || b.weight - a.weight || a.doc - b.doc;
