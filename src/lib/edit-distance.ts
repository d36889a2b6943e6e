/**
 * Edit distance, and the nearest words by it. Two contracts, for two callers: the build
 * compares template words by code point and wants "too far" as Infinity; the API's "did
 * you mean" compares names by UTF-16 unit and ranks by a capped distance (`max + 1`).
 */

/** Levenshtein distance of two sequences; undefined once every path must exceed `max`. */
function levenshtein(x: readonly string[], y: readonly string[], max: number): number | undefined {
  if (Math.abs(x.length - y.length) > max) return undefined;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]!);
    }
    // Every later row is at least this row's minimum.
    if (rowMin > max) return undefined;
    prev = cur;
  }
  return prev[y.length]!;
}

/** Levenshtein distance over code points; Infinity once it exceeds `max` (exact without one). */
export function editDistance(a: string, b: string, max = Infinity): number {
  const d = levenshtein([...a], [...b], max);
  return d !== undefined && d <= max ? d : Infinity;
}

/** Levenshtein distance over UTF-16 code units, or `max + 1` once it must exceed `max` (a rank, not an exact figure, past it). */
export function cappedEditDistance(a: string, b: string, max = Infinity): number {
  return levenshtein(a.split(""), b.split(""), max) ?? max + 1;
}

/**
 * How far an OCR slip may be from its word: one character in a word of up to three, two
 * in longer ones. Template words differ from each other by more than that, or the
 * candidates tie and the caller refuses to choose.
 */
export const slipAllowance = (word: string): number => ([...word].length <= 3 ? 1 : 2);

/**
 * The words of `words` that `text` is nearest to, if any is within its allowance: one word
 * when the slip is unambiguous, several when they tie (the caller then refuses, or lets the
 * place of the word decide), none when nothing is near enough.
 */
export function slipCandidates(text: string, words: Iterable<string>): string[] {
  let best = Infinity;
  let found: string[] = [];
  for (const w of words) {
    if (w === text) return [w];
    const d = editDistance(text, w, slipAllowance(w));
    if (d < best) [best, found] = [d, [w]];
    else if (d === best && d !== Infinity) found.push(w);
  }
  return found;
}

/** The `n` words of `words` nearest to `text` (ties in list order), however far: for telling a person what was expected. */
export function nearestWords(text: string, words: readonly string[], n: number): string[] {
  const limit = (w: string) => Math.max([...text].length, [...w].length);
  return words
    .map((w, i) => ({ w, i, d: editDistance(text, w, limit(w)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.w);
}
