/**
 * Property-based fuzzing of every route: real and unknown columns, every operator, values
 * at and beyond limits, Unicode, malformed percent-encoding, repeated and empty
 * parameters, very long values, odd Accept headers, every method. No response may be a
 * 5xx; every error is a problem body with CORS; no request costs much more than an
 * ordinary one. That bound is a generous multiple of the slowest ordinary request of the
 * same run, measured after the Worker is warm (data inflated, the OpenAPI document made),
 * so a slow or busy machine does not fail it; speed itself belongs to `npm run bench`.
 * A fixed seed and a modest count run in `npm test`; `npm run fuzz` runs many more.
 */
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { wantsHtml } from "../../src/pages/accept";
import { ROUTES } from "../../src/routes/index";
import { TABLE_LIST } from "../../src/schema/tables";
import * as responseSchemas from "../../src/spec/responses";
import { D, DATASET, expectProblem, get } from "./helpers";

const RUNS = Number((env as { FUZZ_RUNS?: string }).FUZZ_RUNS ?? "1000");
/** No request may take more than this many ordinary ones, nor less than the floor. */
const MULTIPLE = 100;
const FLOOR_MS = 2000;
let boundMs = FLOOR_MS;

/** Every route and table once, so the property never meets the cold start (loading data, making the document). */
async function warmUp(): Promise<void> {
  const paths = ["/v1", "/v1/datasets", "/v1/search?q=xx", "/v1/problems", "/v1/problems/not-found", "/docs", "/openapi.json", D, `${D}/tables`, `${D}/checks`, `${D}/aggregate?_group=class`, `${D}/datapackage.json`, `${D}/download.zip`];
  for (const t of TABLE_LIST) paths.push(`${D}/tables/${t.id}`, `${D}/tables/${t.id}.csv`);
  for (const path of paths) await (await get(path)).arrayBuffer();
  await (await get("/", { headers: { Accept: "text/html" } })).arrayBuffer();
}

/** The slowest of a few ordinary requests the cache has not seen (a filtered, sorted page of a table). */
async function slowestOrdinaryMs(): Promise<number> {
  let slowest = 0;
  for (let i = 1; i <= 20; i++) {
    const started = Date.now();
    await (await get(`${D}/tables/budget-lines?_sort=-amount&_size=${i}&amount__gte=${i}`)).arrayBuffer();
    slowest = Math.max(slowest, Date.now() - started);
  }
  return slowest;
}

beforeAll(async () => {
  await warmUp();
  boundMs = Math.max(FLOOR_MS, MULTIPLE * (await slowestOrdinaryMs()));
  console.log(`fuzz: each request within ${boundMs} ms (${MULTIPLE} × the slowest ordinary request, at least ${FLOOR_MS} ms)`);
}, 300_000);

const tables = [...TABLE_LIST.map((t) => t.id), "nope", "", "..", "projects.csv", "projects.xlsx"];
const columns = [...new Set(TABLE_LIST.flatMap((t) => t.columns.map((c) => c.name)))];
const ops = ["", "__exact", "__ne", "__gt", "__gte", "__lt", "__lte", "__in", "__contains", "__startswith", "__isnull", "__like", "__", "__gt__gt"];
const reserved = ["_sort", "_fields", "_size", "_next", "_unit", "_bom", "_header", "_excel", "_group", "format", "q", "dataset", "table", "pass", "kind", "_x"];

const value = fc.oneof(
  fc.constantFrom("", "0", "-0", "1", "-1", "08", "017", "1e308", "1e999", "-1e999", "NaN", "Infinity", "9007199254740993", "0.001", "1,313.9", "true", "false", "null", "yuan", "wan", "labels", "names", "1000", "1001", "-id", "id,-id", "a,b,,c", "2021-01-01", "2021-13-45", "产出目标", "满意", "=100%", "≥95%", "%E4%B8", "%ZZ", "%", "\u0000", "\ud800", "𝕏", "<script>alert(1)</script>", "' OR 1=1 --", "__proto__", "constructor", "toString"),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constant("x".repeat(5000)),
);

const param = fc.oneof(
  fc.tuple(fc.constantFrom(...columns, "nmae", "", "__proto__"), fc.constantFrom(...ops)).map(([c, o]) => c + o),
  fc.constantFrom(...reserved),
);

const path = fc.oneof(
  fc.constantFrom("/v1", "/v1/datasets", "/v1/search", "/v1/problems", "/v1/problems/not-found", "/", "/v1/nope", "/v1/datasets/nope", "/docs", "/openapi.json"),
  fc.tuple(fc.constantFrom(DATASET, DATASET, DATASET, "2021-00000000", "x"), fc.constantFrom(...tables), fc.constantFrom("", ".json", ".csv", ".ndjson")).map(([d, t, e]) => `/v1/datasets/${d}/tables/${t}${e}`),
  fc.tuple(fc.constantFrom(...tables), fc.constantFrom("p01", "r01", "e17", "2150599-017", "nope", "%E4%B8", "")).map(([t, id]) => `/v1/datasets/${DATASET}/tables/${t}/rows/${id}`),
  fc.constantFrom("checks", "aggregate", "aggregate.csv", "aggregate.ndjson", "", "tables", "datapackage.json", "download.zip").map((r) => `/v1/datasets/${DATASET}/${r}`),
);

/** encodeURIComponent, except for lone surrogates, which it refuses: those are sent raw. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

// Raw query strings, so malformed percent-encoding and repeated names reach the Worker as sent.
const query = fc.array(fc.tuple(param, value, fc.boolean()), { maxLength: 6 }).map((pairs) =>
  pairs.map(([k, v, raw]) => `${encode(k)}=${raw ? v.replace(/[#&\s]/g, "") : encode(v)}`).join("&"),
);

const request = fc.record({
  path,
  query,
  method: fc.constantFrom("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
  accept: fc.constantFrom(undefined, "*/*", "text/csv", "application/x-ndjson", "application/json;q=0", "image/png", "text/html", "", ";;;", "text/csv;q=abc, */*;q=0.1"),
});

/** The documented route a path belongs to (templates such as /v1/datasets/{dataset} as patterns). */
const routePatterns = ROUTES.map((r) => ({ route: r, re: new RegExp(`^${r.template.replace(/\{[^}]+\}/g, "[^/]+")}(\\.json)?$`) }));
const routeOf = (path: string) => routePatterns.find((p) => p.re.test(path))?.route;

it(`answers ${RUNS} random requests with no 5xx, problem bodies with CORS, each within ${MULTIPLE} ordinary requests' time`, async () => {
  const statuses = new Map<number, number>();
  let validated = 0;
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const headers: Record<string, string> = { Origin: "https://portal.example" };
      if (r.accept !== undefined) headers.Accept = r.accept;
      if (r.method === "OPTIONS") headers["Access-Control-Request-Method"] = "GET";
      const started = Date.now();
      let res: Response;
      try {
        res = await get(`${r.path}${r.query ? "?" + r.query : ""}`, { method: r.method, headers, redirect: "manual" });
      } catch (e) {
        // A URL the Request constructor itself refuses never reaches the Worker.
        if (e instanceof TypeError) return;
        throw e;
      }
      if (r.method !== "HEAD") await res.arrayBuffer();
      const elapsed = Date.now() - started;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status).toBeLessThan(500);
      expect(elapsed, `${r.method} ${r.path}?${r.query}`).toBeLessThan(boundMs);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const type = res.headers.get("Content-Type") ?? "";
      if (res.status === 200 && r.method === "GET" && type.startsWith("application/json")) {
        // A JSON answer must be valid against the schema the OpenAPI document is generated from.
        const route = routeOf(new URL(`http://x${r.path}`).pathname);
        expect(route, `no documented route for ${r.path}`).toBeDefined();
        const again = await get(`${r.path}${r.query ? "?" + r.query : ""}`, { method: r.method, headers, redirect: "manual" });
        const parsed = responseSchemas[route!.response].safeParse(await again.json());
        expect(parsed.success, `${r.path}: ${parsed.error?.message}`).toBe(true);
        validated++;
      }
      if (res.status >= 400 && r.method !== "HEAD" && res.status !== 405) {
        const again = await get(`${r.path}${r.query ? "?" + r.query : ""}`, { method: r.method, headers, redirect: "manual" });
        if (wantsHtml(r.accept ?? null)) {
          // A browser gets the problem as a page (error-page.tsx), with the same status.
          expect([again.status, again.headers.get("Content-Type")]).toEqual([res.status, "text/html; charset=utf-8"]);
          expect(await again.text()).toContain(`HTTP ${res.status}`);
        } else await expectProblem(again, res.status);
      }
    }),
    { seed: 20261127, numRuns: RUNS },
  );
  console.log(`fuzz: ${RUNS} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, ${validated} JSON answers valid against their schema`);
  expect(validated).toBeGreaterThan(0);
}, 600_000);

// Requests a researcher could plausibly write: a real table, its own columns, every operator.
const plausible = fc
  .constantFrom(...TABLE_LIST.filter((t) => t.columns.length > 3))
  .chain((table) =>
    fc.record({
      table: fc.constant(table.id),
      ext: fc.constantFrom("", ".json", "", ".csv", ".ndjson"),
      filters: fc.array(
        fc.tuple(fc.constantFrom(...table.columns.map((c) => c.name)), fc.constantFrom(...ops.slice(0, 11)), value),
        { maxLength: 3 },
      ),
      sort: fc.option(fc.subarray(table.columns.map((c) => c.name), { minLength: 1, maxLength: 3 }).map((cols) => cols.map((c, i) => (i % 2 ? `-${c}` : c)).join(","))),
      size: fc.option(fc.integer({ min: 1, max: 1000 }).map(String)),
      unit: fc.option(fc.constantFrom("yuan", "wan")),
    }),
  );

it(`answers ${RUNS} plausible table queries with 200 and a body valid against its schema, or a 400 problem`, async () => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(plausible, async (q) => {
      const params = [...q.filters.map(([c, o, v]) => `${encode(c + o)}=${encode(v)}`)];
      if (q.sort) params.push(`_sort=${q.sort}`);
      if (q.size && !q.ext.match(/csv|ndjson/)) params.push(`_size=${q.size}`);
      if (q.unit) params.push(`_unit=${q.unit}`);
      const url = `/v1/datasets/${DATASET}/tables/${q.table}${q.ext}${params.length ? "?" + params.join("&") : ""}`;
      const res = await get(url, { redirect: "manual" });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect([200, 400, 414]).toContain(res.status);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
      if (res.status !== 200) return void (await expectProblem(res, res.status));
      if (q.ext === "" || q.ext === ".json") {
        const parsed = responseSchemas.tableRowsSchema.safeParse(await res.json());
        expect(parsed.success, `${url}: ${parsed.error?.message}`).toBe(true);
      } else await res.arrayBuffer();
    }),
    { seed: 20261128, numRuns: RUNS },
  );
  console.log(`fuzz (plausible): ${RUNS} table queries, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 4);
}, 600_000);
