/**
 * The D1 alternative to the sharded R2 index (benchmark only, not part of the API): a Worker
 * that answers a one-term search and a cross-dataset aggregate with one SQL statement each
 * against a D1 database holding the build's bigram postings (one row per posting) and every
 * dataset's facts. Served by `wrangler dev` from a throwaway project (scripts/bench/d1/run.ts).
 *
 *   GET /health                      200 without touching D1
 *   GET /search?q=满意&page=1         page of 20 ranked hits + exact total
 *   GET /aggregate                   SUM(cents) GROUP BY class_code over expenditure facts
 *
 * Ranking of a one-term query is exactly rank.ts's: every hit of one term is a "phrase" match,
 * so hits are ordered by the best weight of the fields the term occurs in, then by doc.
 * Queries of several words (phrase / field / row match kinds) are not implemented here.
 */
import { coveringBigrams, MIN_TERM_LENGTH, searchTerms } from "../../../src/search/terms";

// Structural D1 types: this file is type-checked with the Node scripts (scripts/tsconfig.json), which have no workers types.
interface D1Meta {
  rows_read?: number;
  rows_written?: number;
  duration?: number;
  size_after?: number;
}
interface D1Result<T> {
  results: T[];
  meta: D1Meta;
}
interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  all<T>(): Promise<D1Result<T>>;
}
interface D1 {
  prepare(sql: string): D1Statement;
}
interface Env {
  DB: D1;
}

const PAGE_SIZE = 20;
const FIELD_SHIFT_BITS = 20;

/**
 * One statement: where the term starts (the covering bigram `driver` is read by its key range,
 * every other must stand at fp + its offset − the driver's in the same doc: primary-key probes,
 * in this order, forced with CROSS JOIN), each doc's best field weight, the exact total (a
 * window over all hits, before LIMIT) and the page.
 */
export function searchSql(term: string, driver = 0): { sql: string; params: (string | number)[] } {
  const covering = coveringBigrams(term);
  const d = covering[driver]!;
  const params: (string | number)[] = [d.gram];
  const joins = covering
    .filter((_, i) => i !== driver)
    .map((c, i) => {
      params.push(c.gram);
      const delta = c.offset - d.offset;
      return `CROSS JOIN grams g${i + 1} ON g${i + 1}.gram = ?${params.length} AND g${i + 1}.doc = g0.doc AND g${i + 1}.fp = g0.fp ${delta < 0 ? "-" : "+"} ${Math.abs(delta)}`;
    });
  // A driver at offset k only counts where the term would start at position ≥ 0 (rank.ts: start < 0 is skipped).
  const start = d.offset ? ` AND (g0.fp & ${2 ** FIELD_SHIFT_BITS - 1}) >= ${d.offset}` : "";
  const sql = `WITH occ AS (
  SELECT g0.doc AS doc, g0.fp >> ${FIELD_SHIFT_BITS} AS field FROM grams g0 ${joins.join(" ")}
  WHERE g0.gram = ?1${start}
), hits AS (
  SELECT o.doc AS doc, MAX(w.weight) AS weight FROM occ o CROSS JOIN docs d ON d.doc = o.doc CROSS JOIN weights w ON w.tbl = d.tbl AND w.field = o.field
  GROUP BY o.doc
), page AS (
  SELECT doc, weight, COUNT(*) OVER () AS total FROM hits ORDER BY weight DESC, doc LIMIT ${PAGE_SIZE} OFFSET ?${params.length + 1}
)
SELECT p.doc, p.weight, p.total, d.dataset, d.tbl, d.row_index, d.row_id, d.title FROM page p JOIN docs d ON d.doc = p.doc ORDER BY p.weight DESC, p.doc`;
  return { sql, params };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/health") return json({ ok: true });
    if (url.pathname === "/search") {
      const terms = searchTerms(url.searchParams.get("q") ?? "");
      if (terms.length !== 1 || Array.from(terms[0]!).length < MIN_TERM_LENGTH) return json({ error: "one term of at least two characters" }, 400);
      const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) | 0);
      // driver=rarest: one more statement (another round trip) for the posting counts, then the rarest covering bigram drives, as rank.ts does.
      let driver = 0;
      let countsRowsRead = 0;
      let countsMs = 0;
      if (url.searchParams.get("driver") === "rarest") {
        const grams = coveringBigrams(terms[0]!).map((c) => c.gram);
        const c = await env.DB.prepare(`SELECT gram, n FROM gram_counts WHERE gram IN (${grams.map(() => "?").join(", ")})`)
          .bind(...grams)
          .all<{ gram: string; n: number }>();
        countsRowsRead = c.meta.rows_read ?? 0;
        countsMs = c.meta.duration ?? 0;
        const n = new Map(c.results.map((r) => [r.gram, r.n]));
        if (grams.some((g) => !n.has(g))) return json({ terms, total: 0, hits: [], meta: { rows_read: countsRowsRead, sql_ms: c.meta.duration ?? null, statements: 1 } });
        grams.forEach((g, i) => {
          if (n.get(g)! < n.get(grams[driver]!)!) driver = i;
        });
      }
      const { sql, params } = searchSql(terms[0]!, driver);
      const r = await env.DB.prepare(sql)
        .bind(...params, (page - 1) * PAGE_SIZE)
        .all<{ doc: number; weight: number; total: number; dataset: string; tbl: number; row_index: number; row_id: string; title: string }>();
      const total = r.results[0]?.total ?? (page === 1 ? 0 : null);
      const hits = r.results.map(({ doc, weight, dataset, tbl, row_index, row_id, title }) => ({ doc, dataset, tbl, row_index, id: row_id, title, match: "phrase", weight }));
      return json({ terms, total, hits, meta: { rows_read: (r.meta.rows_read ?? 0) + countsRowsRead, sql_ms: (r.meta.duration ?? 0) + countsMs, statements: url.searchParams.get("driver") === "rarest" ? 2 : 1, driver } });
    }
    if (url.pathname === "/aggregate") {
      const r = await env.DB.prepare(
        "SELECT class_code, MAX(class_name) AS class_name, SUM(cents) AS cents, COUNT(*) AS facts FROM facts WHERE direction = 'expenditure' GROUP BY class_code ORDER BY class_code",
      ).all<{ class_code: string | null; class_name: string | null; cents: number; facts: number }>();
      return json({ groups: r.results, meta: { rows_read: r.meta.rows_read ?? null, sql_ms: r.meta.duration ?? null } });
    }
    return json({ error: "not found" }, 404);
  },
};
