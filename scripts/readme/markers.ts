/**
 * Generated parts of a README live between `<!-- name:start -->` and `<!-- name:end -->`,
 * so a script can rewrite them and a test can tell when the text has drifted from its source.
 */

function bounds(text: string, name: string): { start: number; end: number } {
  const open = `<!-- ${name}:start -->`;
  const close = `<!-- ${name}:end -->`;
  const at = text.indexOf(open);
  const to = text.indexOf(close);
  if (at < 0 || to < 0 || to < at || text.indexOf(open, at + 1) >= 0) throw new Error(`README needs exactly one ${open} … ${close}`);
  return { start: at + open.length, end: to };
}

/** The text between the markers, without the line ends that frame it. */
export function readSection(text: string, name: string): string {
  const { start, end } = bounds(text, name);
  return text.slice(start, end).replace(/^\n/, "").replace(/\n$/, "");
}

/** `text` with the part between the markers replaced by `body`. */
export function replaceSection(text: string, name: string, body: string): string {
  const { start, end } = bounds(text, name);
  return `${text.slice(0, start)}\n${body}\n${text.slice(end)}`;
}

/** The fenced code blocks of a language in `markdown`, in order (the tests run them). */
export function codeBlocks(markdown: string, lang: string): string[] {
  const fence = new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "gm");
  return [...markdown.matchAll(fence)].map((m) => m[1]!);
}
