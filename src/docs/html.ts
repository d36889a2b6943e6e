/**
 * HTML by tagged template: every interpolated value is escaped unless it is already Html
 * (made by this tag or by `raw`), so text from the data or the spec cannot become markup.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < parts.length; i++) out += render(parts[i]) + strings[i + 1];
  return new Html(out);
}

/** Escaped text with `code spans` as <code>, paragraphs split on blank lines. */
export function prose(text: string): Html {
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${inline(p).value}</p>`);
  return new Html(paragraphs.join(""));
}

/** One line of escaped text with `code spans` as <code>. */
export function inline(text: string): Html {
  // Escaping first keeps the backticks and makes whatever they enclose inert.
  return new Html(escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>"));
}

/** Markup written in this code base (never data): inserted as is. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
