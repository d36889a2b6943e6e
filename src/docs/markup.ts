/**
 * Markup of /docs, with hono/html (the pages' library): every interpolated value is escaped
 * unless it is already markup, so text from the data or the spec cannot become markup.
 * The template literals keep the page's bytes exactly as written, newlines included.
 */
import { html as honoHtml, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type Html = HtmlEscapedString;

/** hono/html's tag, typed for what /docs gives it: synchronous parts only (no async components). */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html => honoHtml(strings, ...values) as Html;

/** Markup written in this code base (never data): inserted as is. */
export const trusted = (markup: string): Html => raw(markup);

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return html`${text}`.toString();
}

/** Escaped text with `code spans` as <code>, paragraphs split on blank lines. */
export function prose(text: string): Html {
  return raw(text.split(/\n{2,}/).map((p) => `<p>${inline(p)}</p>`).join(""));
}

/** One line of escaped text with `code spans` as <code>. */
export function inline(text: string): Html {
  // Escaping first keeps the backticks and makes whatever they enclose inert.
  return raw(escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>"));
}
