/** Levenshtein distance over code points, giving up (Infinity) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return Infinity;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return Infinity;
    prev = cur;
  }
  return prev[y.length]! <= max ? prev[y.length]! : Infinity;
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
