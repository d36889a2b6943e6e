/**
 * Text a reader typed or the data holds, made safe for places where markup cannot isolate
 * it (a <title>, an attribute): bidi control characters are dropped, so a right-to-left
 * override in a query cannot reorder the rest of the line. In the page body, user text is
 * isolated with <bdi> instead.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function isolate(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
