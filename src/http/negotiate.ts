/**
 * Content negotiation. The path's extension wins, then ?format=, then the Accept header;
 * with no usable Accept header the first offered format (JSON) is served. When Accept
 * rules out every offered format the result is null (the caller answers 406).
 */
import { FORMATS, MEDIA_TYPES, type Format } from "../lib/media-types";


interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** Splits `name.csv` into `name` and its format; names without a known extension are returned whole. */
export function splitExtension(name: string): { base: string; format: Format | null } {
  for (const format of FORMATS) {
    const ext = `.${format}`;
    if (name.length > ext.length && name.endsWith(ext)) return { base: name.slice(0, -ext.length), format };
  }
  return { base: name, format: null };
}

/** Media ranges of an Accept header; malformed entries are skipped. */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(",")) {
    const [range, ...params] = part.trim().toLowerCase().split(";");
    const m = /^([\w.+*-]+)\/([\w.+*-]+)$/.exec(range.trim());
    if (!m) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split("=");
      if (k === "q") q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(v ?? "") ? Number(v) : 0;
    }
    ranges.push({ type: m[1], subtype: m[2], q });
  }
  return ranges;
}

/** q of a media type under the most specific matching range (0 when none matches). */
function quality(mediaType: string, ranges: readonly MediaRange[]): number {
  const [type, subtype] = mediaType.split("/");
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 3 : r.type === type && r.subtype === "*" ? 2 : r.type === "*" && r.subtype === "*" ? 1 : 0;
    if (specificity > best && specificity > 0) {
      best = specificity;
      q = r.q;
    }
  }
  return q;
}

/** The format to serve, or null when the Accept header excludes all of `offered`. */
export function negotiate(
  input: { extension: Format | null; param: Format | null; accept: string | null },
  offered: readonly Format[],
): Format | null {
  if (input.extension && offered.includes(input.extension)) return input.extension;
  if (input.param && offered.includes(input.param)) return input.param;
  return pickFormat(parseAccept(input.accept ?? ""), offered);
}

/** The best of `offered` under these media ranges (the first when there are none), or null. */
function pickFormat(ranges: readonly MediaRange[], offered: readonly Format[]): Format | null {
  if (ranges.length === 0) return offered[0];
  let chosen: Format | null = null;
  let bestQ = 0;
  for (const format of offered) {
    const q = Math.max(...MEDIA_TYPES[format].map((t) => quality(t, ranges)));
    if (q > bestQ) {
      bestQ = q;
      chosen = format;
    }
  }
  return chosen;
}

/**
 * True when Accept names text/html (or application/xhtml+xml) with q > 0 and ranks it no
 * lower than JSON. `*\/*` alone (curl, fetch, HTTP libraries) is not a request for a page.
 */
export function wantsHtml(accept: string | null): boolean {
  return htmlWanted(parseAccept(accept ?? ""));
}

function htmlWanted(ranges: readonly MediaRange[]): boolean {
  const q = (type: string, subtype: string) => Math.max(0, ...ranges.filter((r) => r.type === type && r.subtype === subtype).map((r) => r.q));
  const html = Math.max(q("text", "html"), q("application", "xhtml+xml"));
  return html > 0 && html >= q("application", "json");
}

/** Every non-empty set of formats a route could offer, in FORMATS order. */
const OFFER_SETS: readonly Format[][] = Array.from({ length: 2 ** FORMATS.length - 1 }, (_, i) => FORMATS.filter((_, b) => ((i + 1) >> b) & 1));

/**
 * All that a response can depend on in an Accept header, as a short string: the format
 * negotiated for each set of formats a route could offer, and whether a page is wanted.
 * Two headers with the same key get the same response from every route, so the response
 * cache keys on this rather than on the header (of any length, in endless spellings).
 */
export function acceptKey(accept: string | null): string {
  const ranges = parseAccept(accept ?? "");
  return `${OFFER_SETS.map((offered) => pickFormat(ranges, offered) ?? "-").join(",")};${htmlWanted(ranges) ? "html" : "data"}`;
}
