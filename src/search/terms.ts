/**
 * Search words and the character bigrams the index is keyed by. Chinese is written without
 * spaces and its common words have two characters (培训, 科普), so the index holds every
 * pair of adjacent characters of the folded text with its position: a word is found where
 * its pairs stand one after another, which no word-based tokenizer can do for Chinese.
 */
import { fold } from "../query/text";

/** A word needs two characters: the index is of character pairs, and one character matches nearly everything. */
export const MIN_TERM_LENGTH = 2;

/** Search terms: the folded query split on white space (including the ideographic space). */
export function searchTerms(q: string): string[] {
  return [...new Set(fold(q).split(/\s+/u).filter(Boolean))];
}

/** Characters as the index counts them (code points, so a character outside the BMP is one). */
export const chars = (text: string): string[] => Array.from(text);

/**
 * Every bigram of a folded text with its position (in code points), in order, until `visit`
 * returns false: each as its two code points (the bigram is String.fromCodePoint(first,
 * second)). Code points, not strings or pairs: the index visits every bigram of every
 * searchable cell, and a string per bigram costs the build more than the indexing itself.
 */
export function forEachBigram(folded: string, visit: (first: number, second: number, position: number) => boolean | void): void {
  let prev = -1;
  let pos = -1;
  for (let i = 0; i < folded.length; ) {
    // A code point, as chars() counts them (a lone surrogate is one).
    const c = folded.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (pos >= 0 && visit(prev, c, pos) === false) return;
    prev = c;
    pos++;
  }
}

/**
 * Bigrams that pin down every character of a term, with their offsets: those at 0, 2, 4, …
 * and the last pair. A term occurs at p exactly when each stands at p + offset, so a term of
 * n characters reads about n/2 posting lists instead of n - 1.
 */
export function coveringBigrams(term: string): { gram: string; offset: number }[] {
  const cs = chars(term);
  const out: { gram: string; offset: number }[] = [];
  for (let i = 0; i + 1 < cs.length; i += 2) out.push({ gram: cs[i]! + cs[i + 1]!, offset: i });
  if (cs.length % 2 === 1 && cs.length > 1) out.push({ gram: cs[cs.length - 2]! + cs[cs.length - 1]!, offset: cs.length - 2 });
  return out;
}
