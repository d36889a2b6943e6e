/** Text folding for substring matching that works for Chinese: width- and case-insensitive. */

/** NFKC (full-width → half-width, compatibility forms) then lower case. */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}
