/**
 * "Did you mean" suggestions by edit distance, at a bounded cost: words longer than any
 * name worth suggesting get none, and a candidate is compared only when its length could
 * be within the allowed distance (the comparison itself stops once it must exceed it).
 */

import { cappedEditDistance } from "./edit-distance";

/** Longer words are not typos of a name (ids, columns and parameters are all shorter). */
export const MAX_SUGGEST_LENGTH = 64;
/** Lists in messages (datasets, tables) show at most this many names. */
export const MAX_LISTED = 20;

/** The largest distance at which `word` still suggests a name. */
function allowedDistance(word: string): number {
  return Math.max(2, Math.floor(word.length / 3));
}

type Distance = (a: string, b: string, max: number) => number;

/** The candidates closest to `word` (at most three), if any is reasonably close. */
export function closest(word: string, candidates: readonly string[], distance: Distance = cappedEditDistance): string[] {
  if (word.length > MAX_SUGGEST_LENGTH) return [];
  const limit = allowedDistance(word);
  const w = word.toLowerCase();
  return candidates
    .filter((c) => Math.abs(c.length - word.length) <= limit)
    .map((c) => ({ c, d: distance(w, c.toLowerCase(), limit) }))
    .filter((x) => x.d <= limit)
    .sort((x, y) => x.d - y.d)
    .slice(0, 3)
    .map((x) => x.c);
}

/** " Did you mean 'a' or 'b'?" or "". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  if (near.length === 0) return "";
  return ` Did you mean ${near.map((n) => `'${n}'`).join(" or ")}?`;
}

/** "a, b, c" or, past `max` names, "a, b, … (120 in all)": a message never grows with the data. */
export function listSome(names: readonly string[], max = MAX_LISTED): string {
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")}, … (${names.length} in all)`;
}
