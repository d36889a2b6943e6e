/**
 * The baseline Worker: answers each benchmarked path with a response precomputed from
 * the real Worker (same bytes, same content type), so the ratio measures the real
 * Worker's own work over the cost of serving a constant response.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export interface Recorded {
  path: string;
  contentType: string;
  body: string;
}

export function writeBaseline(dir: string, recorded: Recorded[]): string {
  const table = Object.fromEntries(recorded.map((r) => [r.path, { t: r.contentType, b: r.body }]));
  const source = `const R = ${JSON.stringify(table)};
const enc = new TextEncoder();
const B = Object.fromEntries(Object.entries(R).map(([k, v]) => [k, { t: v.t, b: enc.encode(v.b) }]));
export default {
  fetch(request) {
    const u = new URL(request.url);
    const r = B[u.pathname + u.search];
    if (!r) return new Response("not found", { status: 404 });
    return new Response(r.b, { headers: { "content-type": r.t } });
  },
};
`;
  writeFileSync(join(dir, "baseline.js"), source);
  return "baseline.js";
}
