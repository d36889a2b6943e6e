/** Small text helpers for labels and paragraphs. */

/** At most `max` characters (code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join("") + "…";
}

/** The paragraphs of a text field (the build keeps them apart with "\n"). */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "").split("\n").map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A URL a page may link to: http(s) only, so data can never smuggle in a javascript: link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}
