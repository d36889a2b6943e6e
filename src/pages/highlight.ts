/**
 * Where the search terms occur in a snippet, as plain-text pieces marked or not. The page
 * renders each piece as text (escaped like any other), so a highlight can never become markup.
 */
import { fold } from "../query/text";

export interface Piece {
  text: string;
  mark: boolean;
}

/** The pieces of `text`, the occurrences of every term (folded as search folds) marked. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  // Fold character by character, remembering where each folded unit came from, so a match
  // in the folded text maps back to the printed characters even where folding changes lengths.
  const chars = Array.from(text);
  let folded = "";
  const from: number[] = [];
  for (const [i, ch] of chars.entries()) {
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
  }
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) {
      for (let k = from[i]!; k <= from[i + term.length - 1]!; k++) marked[k] = true;
    }
  }
  const pieces: Piece[] = [];
  for (const [i, ch] of chars.entries()) {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === marked[i]) last.text += ch;
    else pieces.push({ text: ch, mark: marked[i]! });
  }
  return pieces;
}
