/**
 * Long texts arrive with bits of HTML (<p>, <ol>, <li>, <h2 style=…>). Published text is
 * plain: tags removed, entities decoded, one paragraph per line.
 *
 * htmlparser2 tokenises as an HTML parser does, so a `<` that cannot start a tag (`<100`,
 * `< 5`) is text, and entities are decoded by the HTML rules (fb55's `entities`): `&#0;`,
 * lone surrogates and code points past U+10FFFF become U+FFFD. One deliberate departure:
 * these cells are text with some HTML in it, not HTML documents, so source text that a
 * browser would silently discard without it being markup (a tag left unfinished at the end,
 * `</5>`, `<!x>`, `<?x>`) is kept as printed rather than lost.
 */
import { Parser } from "htmlparser2";

/** Elements that end a paragraph; the rest of the markup is removed without a break. */
const BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ol", "ul", "br"]);
/** Elements whose content is code, not text. */
const HIDDEN = new Set(["script", "style"]);

/**
 * Control characters other than tab and newline (C0, DEL, C1) and lone surrogates are
 * replaced by U+FFFD rather than dropped: the reader sees that the source had something
 * unreadable there, and the text around it is not silently joined. (An HTML parser does the
 * same for `&#0;` and surrogates.) CR and CRLF are line breaks, as in HTML.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Results by source text: a sheet's long texts are read twice (the heading-in-field rule, then
 * the readers), and the parser is the costly part. Cleared when full, so it holds about one
 * document's texts.
 */
const memo = new Map<string, string | null>();
const MEMO_MAX = 4096;

export function htmlToText(raw: string | null): string | null {
  if (raw == null) return null;
  let text = memo.get(raw);
  if (text === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(raw, (text = convert(raw)));
  }
  return text;
}

function convert(raw: string): string | null {
  const text = markupToText(raw).replace(/\r\n?/g, "\n").replace(CONTROL, "\ufffd").replace(LONE_SURROGATE, "\ufffd");
  const paragraphs = text
    .split("\n")
    .map((p) => p.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean);
  return paragraphs.length ? paragraphs.join("\n") : null;
}

/** The text of `raw` with paragraph ends as "\n"; every source character is either markup or kept. */
function markupToText(raw: string): string {
  const out: string[] = [];
  /** Source offset up to which the parser's events account for the input. */
  let consumed = 0;
  let hidden = 0;
  /** Where the output stood at the first implied end since the parser last consumed input. */
  let impliedFrom: number | null = null;
  const advance = () => {
    impliedFrom = null;
    // Input the parser passed over without reporting it is text.
    if (parser.startIndex > consumed && !hidden) out.push(raw.slice(consumed, parser.startIndex));
    consumed = Math.max(consumed, parser.endIndex + 1);
  };
  const source = () => raw.slice(parser.startIndex, parser.endIndex + 1);
  const keepUnlessMarkup = (isMarkup: boolean) => {
    const printed = source();
    advance();
    if (!isMarkup && !hidden) out.push(printed);
  };
  const parser = new Parser(
    {
      ontext(t) {
        advance();
        if (!hidden) out.push(t);
      },
      onopentag(name) {
        advance();
        if (HIDDEN.has(name)) hidden++;
        if (BLOCKS.has(name)) out.push("\n");
      },
      onclosetag(name, isImplied) {
        // An implied end (`<li>` closed by `</ol>`, or at the end of the text) consumes no source.
        if (!isImplied) advance();
        else impliedFrom ??= out.length;
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCKS.has(name)) out.push("\n");
      },
      // `<!--…-->` and a doctype are markup; `</5>`, `<!x>`, `<?x>` are what the text printed.
      oncomment() {
        keepUnlessMarkup(source().startsWith("<!--"));
      },
      onprocessinginstruction(name) {
        keepUnlessMarkup(name.toLowerCase() === "!doctype");
      },
    },
    { decodeEntities: true },
  );
  parser.end(raw);
  // A tag cut off at the end is text, printed before the ends the parser implied after it.
  if (consumed < raw.length) out.splice(impliedFrom ?? out.length, 0, raw.slice(consumed));
  return out.join("");
}
