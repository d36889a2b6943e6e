/** Whether a request comes from a browser that asked for a page rather than for data. */
import { parseAccept } from "../http/negotiate";

/**
 * True when Accept names text/html (or application/xhtml+xml) with q > 0 and ranks it no
 * lower than JSON. `*\/*` alone (curl, fetch, HTTP libraries) is not a request for a page.
 */
export function wantsHtml(accept: string | null): boolean {
  const ranges = parseAccept(accept ?? "");
  const q = (type: string, subtype: string) => Math.max(0, ...ranges.filter((r) => r.type === type && r.subtype === subtype).map((r) => r.q));
  const html = Math.max(q("text", "html"), q("application", "xhtml+xml"));
  return html > 0 && html >= q("application", "json");
}
