/**
 * Long texts arrive with bits of HTML (<p>, <ol>, <li>, <h2 style=…>). Published text is
 * plain: tags removed, entities decoded, one paragraph per line.
 */
const BLOCK_END = /<\/(p|li|h[1-6]|div|ol|ul)\s*>|<br\s*\/?>/gi;
const BLOCK_START = /<(li|p|h[1-6]|div|ol|ul)(\s[^>]*)?>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlToText(raw: string | null): string | null {
  if (raw == null) return null;
  let s = raw;
  if (/<[a-z/][^>]*>/i.test(s)) {
    s = s.replace(BLOCK_END, "\n").replace(BLOCK_START, "\n").replace(/<[^>]+>/g, "");
  }
  s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  const paragraphs = s
    .split("\n")
    .map((p) => p.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean);
  return paragraphs.length ? paragraphs.join("\n") : null;
}
