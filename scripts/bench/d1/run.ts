/**
 * The D1 alternative to the sharded R2 search index, measured on the documents the R2 bench
 * serves (clonedBundle(N), BENCH_D1_N, default 1000) with the same index content (buildPostings:
 * one row per posting pair) plus every dataset's facts:
 *
 *   npx tsx scripts/bench/d1/run.ts        (BENCH_D1_N=1|100|1000, BENCH_SECONDS=3)
 *
 * 1. Times the official load paths (`wrangler d1 execute --local --file` and the D1 binding's
 *    batch() through getPlatformProxy) on one dataset's rows in a scratch database, then loads
 *    the real database by the faster one (.sql files of ≤ 128 MiB, statements of ≤ 95 KB).
 *    BENCH_D1_DIRECT=1 writes the rows into miniflare's SQLite file with node:sqlite instead
 *    (the schema still made by wrangler), stated in the results.
 * 2. Serves scripts/bench/d1/worker.ts with `wrangler dev` (local D1) and measures the first
 *    request and steady load of: search 满意 (one bigram), search 企业家培训 (three covering
 *    bigrams matched with self-joins; driven by the first covering bigram, and by the rarest
 *    one after a second query for the counts), and SUM(cents) GROUP BY class_code over
 *    expenditure facts across every dataset. Each answer carries D1's meta.rows_read.
 * 3. Checks totals and the first page against rank.ts rankDocs over the same postings in Node,
 *    and the aggregate against a sum in Node. Writes scripts/bench/results/d1-<N>.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { getPlatformProxy } from "wrangler";
import { clonedBundle } from "../clones";
import { devServer, QUIET } from "../wrangler-dev";
import { docSpace } from "../../../src/data/doc-space";
import { catalogEntry } from "../../../src/data/catalog-file";
import { NO_POSTINGS } from "../../../src/data/postings-codec";
import { buildPostings } from "../../../src/search/postings";
import { rankDocs } from "../../../src/search/rank";
import { SEARCH_TABLES } from "../../../src/schema/search-scope";
import { searchTerms } from "../../../src/search/terms";
import type { Bundle } from "../../../src/schema/bundle";

const ROOT = resolve(import.meta.dirname, "../../..");
const N = Number(process.env.BENCH_D1_N ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
const DB_NAME = "bench";
const COMPAT = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, "wrangler.toml"), "utf8"))![1]!;

const SCHEMA = `
CREATE TABLE grams (gram TEXT NOT NULL, doc INTEGER NOT NULL, fp INTEGER NOT NULL, PRIMARY KEY (gram, doc, fp)) WITHOUT ROWID;
CREATE TABLE gram_counts (gram TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE docs (doc INTEGER PRIMARY KEY, dataset TEXT NOT NULL, tbl INTEGER NOT NULL, row_index INTEGER NOT NULL, row_id TEXT, title TEXT);
CREATE TABLE weights (tbl INTEGER NOT NULL, field INTEGER NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY (tbl, field)) WITHOUT ROWID;
CREATE TABLE facts (dataset TEXT NOT NULL, department TEXT NOT NULL, year INTEGER NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, direction TEXT NOT NULL, class_code TEXT, class_name TEXT, fund TEXT, spending TEXT, economic_kind TEXT, revenue_source TEXT, cents INTEGER NOT NULL);
CREATE INDEX facts_direction ON facts (direction, class_code);
`;

type Value = string | number | null;
/** A table's rows, produced on demand (43 million posting rows at N = 1,000 are never held as arrays). */
interface RowSet {
  length: number;
  rows(): Iterable<Value[]>;
}
interface Tables {
  grams: RowSet;
  gram_counts: RowSet;
  docs: RowSet;
  weights: RowSet;
  facts: RowSet;
}
const rowSet = (list: Value[][]): RowSet => ({ length: list.length, rows: () => list });
function* chunks(set: RowSet, size: number): Generator<Value[][]> {
  let chunk: Value[][] = [];
  for (const r of set.rows()) {
    chunk.push(r);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
const COLUMNS: Record<keyof Tables, string[]> = {
  grams: ["gram", "doc", "fp"],
  gram_counts: ["gram", "n"],
  docs: ["doc", "dataset", "tbl", "row_index", "row_id", "title"],
  weights: ["tbl", "field", "weight"],
  facts: ["dataset", "department", "year", "kind", "id", "direction", "class_code", "class_name", "fund", "spending", "economic_kind", "revenue_source", "cents"],
};

/** Every row the database holds for these datasets (postings from buildPostings, as R2 stores them). */
function rowsOf(bundle: Bundle, postings: Map<string, Uint32Array>, docBase = 0): Tables {
  // In key order (JS order is SQLite's BINARY order for these BMP characters), so inserts append to the B-tree.
  const keys = [...postings.keys()].sort();
  let pairs = 0;
  for (const l of postings.values()) pairs += l.length / 2;
  const grams: RowSet = {
    length: pairs,
    *rows() {
      for (const gram of keys) {
        const list = postings.get(gram)!;
        for (let i = 0; i < list.length; i += 2) yield [gram, list[i]! + docBase, list[i + 1]!];
      }
    },
  };
  const gram_counts = keys.map((gram) => [gram, postings.get(gram)!.length / 2]);
  const docs: Value[][] = [];
  let doc = docBase;
  for (const d of bundle.datasets) {
    SEARCH_TABLES.forEach((s, t) => (d.tables[s.table] ?? []).forEach((row, i) => docs.push([doc++, d.meta.id, t, i, row.id ?? null, (row[s.title] as string | null) ?? null])));
  }
  const weights = SEARCH_TABLES.flatMap((s, t) => s.fields.map((f, i) => [t, i, f.weight]));
  const facts = bundle.datasets.flatMap((d) =>
    (d.tables.facts ?? []).map((f) => [d.meta.id, d.meta.department, d.meta.year, d.meta.kind, f.id, f.direction, f.class_code, f.class_name, f.fund, f.spending, f.economic_kind, f.revenue_source, Math.round((f.amount as number) * 100)]),
  );
  return { grams, gram_counts: rowSet(gram_counts), docs: rowSet(docs), weights: rowSet(weights as Value[][]), facts: rowSet(facts as Value[][]) };
}
const rowCount = (t: Tables) => Object.values(t).reduce((s, r) => s + r.length, 0);

const sqlValue = (v: Value) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`);
/** INSERT statements of at most `maxBytes` each (D1 refuses a statement over 100 KB: SQLITE_TOOBIG). */
function* insertStatements(t: Tables, maxBytes = 95_000): Generator<string> {
  for (const [table, set] of Object.entries(t) as [keyof Tables, RowSet][]) {
    const head = `INSERT INTO ${table} (${COLUMNS[table].join(", ")}) VALUES `;
    let values: string[] = [];
    let bytes = Buffer.byteLength(head);
    for (const r of set.rows()) {
      const v = `(${r.map(sqlValue).join(", ")})`;
      const b = Buffer.byteLength(v) + 2;
      if (values.length && bytes + b > maxBytes) {
        yield head + values.join(", ") + ";\n";
        values = [];
        bytes = Buffer.byteLength(head);
      }
      values.push(v);
      bytes += b;
    }
    if (values.length) yield head + values.join(", ") + ";\n";
  }
}

/**
 * The rows as .sql files of at most `fileBytes` each: wrangler reads a file into one string,
 * and a JavaScript string holds at most 2^29 characters (about 1.5 GB of SQL at N = 1,000).
 */
function writeSqlFiles(t: Tables, dir: string, fileBytes = 128 * 2 ** 20): { files: string[]; bytes: number } {
  const files: string[] = [];
  let fd = -1;
  let size = Infinity;
  let total = 0;
  for (const stmt of insertStatements(t)) {
    const b = Buffer.byteLength(stmt);
    if (size + b > fileBytes) {
      if (fd >= 0) closeSync(fd);
      files.push(join(dir, `rows-${files.length}.sql`));
      fd = openSync(files.at(-1)!, "w");
      size = 0;
    }
    writeSync(fd, stmt);
    size += b;
    total += b;
  }
  if (fd >= 0) closeSync(fd);
  return { files, bytes: total };
}

function project(dir: string): string {
  const p = join(dir, "project");
  mkdirSync(p, { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(p, "node_modules"));
  writeFileSync(
    join(p, "wrangler.toml"),
    `name = "d1-bench"\nmain = ${JSON.stringify(join(import.meta.dirname, "worker.ts"))}\ncompatibility_date = "${COMPAT}"\n\n[[d1_databases]]\nbinding = "DB"\ndatabase_name = "${DB_NAME}"\ndatabase_id = "00000000-0000-4000-8000-00000000d1b0"\n`,
  );
  return p;
}

function d1Execute(p: string, state: string, file: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [WRANGLER, "d1", "execute", DB_NAME, "--local", "--persist-to", state, "--file", file, "--yes"], { cwd: p, env: { ...process.env, ...QUIET }, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`wrangler d1 execute ${file}: ${r.stderr}\n${r.stdout}`);
  return performance.now() - t;
}

const sqliteFile = (state: string) => {
  const dir = join(state, "v3", "d1", "miniflare-D1DatabaseObject");
  const files = readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (files.length !== 1) throw new Error(`expected one D1 file in ${dir}: ${files.join(", ")}`);
  return join(dir, files[0]!);
};
const fileBytes = (path: string) => ["", "-wal", "-shm"].reduce((s, x) => s + (statSync(path + x, { throwIfNoEntry: false })?.size ?? 0), 0);

/** Official path 1: a .sql file through `wrangler d1 execute --local --file`. */
function timeExecuteFile(dir: string, rows: Tables) {
  const p = project(join(dir, "scratch-file"));
  const state = join(p, ".state");
  writeFileSync(join(p, "schema.sql"), SCHEMA);
  const schemaMs = d1Execute(p, state, join(p, "schema.sql"));
  return { ...executeFiles(p, state, rows), schemaMs };
}

/** Every row through `wrangler d1 execute --local --file`, one file after another (each run pays wrangler's start, ~2 s). */
function executeFiles(p: string, state: string, rows: Tables) {
  const { files, bytes } = writeSqlFiles(rows, p);
  let ms = 0;
  for (const f of files) {
    ms += d1Execute(p, state, f);
    rmSync(f);
  }
  return { path: "wrangler d1 execute --local --file", rows: rowCount(rows), files: files.length, sqlBytes: bytes, ms, rowsPerS: rowCount(rows) / (ms / 1000) };
}

interface D1Binding {
  prepare(sql: string): { bind(...v: Value[]): unknown };
  batch(stmts: unknown[]): Promise<unknown>;
  exec(sql: string): Promise<unknown>;
}

/** Official path 2: the D1 binding's batch() (multi-row INSERTs of ≤ 100 bound values, D1's limit; 1,000 statements a batch) through getPlatformProxy, into a database whose schema exists. */
async function loadBatch(p: string, state: string, rows: Tables) {
  Object.assign(process.env, QUIET);
  const proxy = await getPlatformProxy<{ DB: D1Binding }>({ configPath: join(p, "wrangler.toml"), persist: { path: join(state, "v3") } });
  const t = performance.now();
  let statements = 0;
  try {
    for (const [table, set] of Object.entries(rows) as [keyof Tables, RowSet][]) {
      const cols = COLUMNS[table];
      const per = Math.floor(100 / cols.length);
      const stmts: unknown[] = [];
      for (const chunk of chunks(set, per)) {
        stmts.push(proxy.env.DB.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${chunk.map(() => `(${cols.map(() => "?").join(", ")})`).join(", ")}`).bind(...chunk.flat()));
      }
      for (let i = 0; i < stmts.length; i += 1000) await proxy.env.DB.batch(stmts.slice(i, i + 1000));
      statements += stmts.length;
    }
  } finally {
    await proxy.dispose();
  }
  const ms = performance.now() - t;
  return { path: "getPlatformProxy env.DB.batch", rows: rowCount(rows), statements, ms, rowsPerS: rowCount(rows) / (ms / 1000) };
}

async function timeBatch(dir: string, rows: Tables) {
  const p = project(join(dir, "scratch-batch"));
  const state = join(p, ".state");
  writeFileSync(join(p, "schema.sql"), SCHEMA);
  d1Execute(p, state, join(p, "schema.sql"));
  return loadBatch(p, state, rows);
}

/** Rows written straight into miniflare's SQLite file (wrangler not running), in one transaction. */
function fillDirect(file: string, rows: Tables) {
  const db = new DatabaseSync(file);
  const t = performance.now();
  db.exec("PRAGMA synchronous = OFF");
  db.exec("BEGIN");
  for (const [table, set] of Object.entries(rows) as [keyof Tables, RowSet][]) {
    const cols = COLUMNS[table];
    const per = Math.floor(900 / cols.length);
    const stmt = (k: number) => db.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${Array.from({ length: k }, () => `(${cols.map(() => "?").join(", ")})`).join(", ")}`);
    const full = stmt(per);
    for (const chunk of chunks(set, per)) (chunk.length === per ? full : stmt(chunk.length)).run(...(chunk.flat() as (string | number | null)[]));
  }
  db.exec("COMMIT");
  const ms = performance.now() - t;
  db.close();
  return { path: "node:sqlite into miniflare's D1 file", rows: rowCount(rows), ms, rowsPerS: rowCount(rows) / (ms / 1000) };
}

// ---- data and the Node reference answers ----
const tBuild = performance.now();
const bundle = clonedBundle(N);
const postings = buildPostings(bundle.datasets.map((d) => (t: string) => d.tables[t] ?? []));
const space = docSpace(bundle.datasets.map((d) => catalogEntry(d.meta)));
const rows = rowsOf(bundle, postings);
const buildMs = performance.now() - tBuild;
const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
console.log(`N=${N}: ${space.size} docs, ${postings.size} bigrams, rows ${JSON.stringify(counts)} (built in ${(buildMs / 1000).toFixed(1)} s)`);

const QUERIES = {
  // No D1 call: what wrangler dev's proxy and the Worker cost by themselves.
  health: "/health",
  search2: "/search?q=" + encodeURIComponent("满意"),
  search5: "/search?q=" + encodeURIComponent("企业家培训"),
  search5rarest: "/search?q=" + encodeURIComponent("企业家培训") + "&driver=rarest",
  aggregate: "/aggregate",
} as const;

async function reference(q: string) {
  const ranked = await rankDocs(searchTerms(q), async (g) => postings.get(g) ?? NO_POSTINGS, space, () => true);
  return { total: ranked.length, page: ranked.slice(0, 20).map((r) => [r.doc, r.weight]) };
}
const ref = { search2: await reference("满意"), search5: await reference("企业家培训") };
const refAggregate = new Map<string | null, number>();
for (const d of bundle.datasets) for (const f of d.tables.facts ?? []) if (f.direction === "expenditure") refAggregate.set(f.class_code as string | null, (refAggregate.get(f.class_code as string | null) ?? 0) + Math.round((f.amount as number) * 100));

// ---- load ----
const dir = mkdtempSync(join(tmpdir(), `d1-${N}-`));
const sample = N === 1 ? rows : (() => {
  const one: Bundle = { format: 1, datasets: bundle.datasets.slice(0, 1) };
  return rowsOf(one, buildPostings(one.datasets.map((d) => (t: string) => d.tables[t] ?? [])));
})();
const official = [timeExecuteFile(dir, sample), await timeBatch(dir, sample)];
for (const o of official) console.log(`official load, ${o.path}: ${o.rows} rows in ${(o.ms / 1000).toFixed(1)} s = ${o.rowsPerS.toFixed(0)} rows/s`);
const fastest = official.reduce((a, b) => (a.rowsPerS >= b.rowsPerS ? a : b));
const estimateS = rowCount(rows) / fastest.rowsPerS;

const p = project(dir);
const state = join(p, ".state");
writeFileSync(join(p, "schema.sql"), SCHEMA);
let loadResult: { path: string; rows: number; ms: number; rowsPerS: number };
d1Execute(p, state, join(p, "schema.sql"));
// The file path's rate on one dataset is mostly wrangler's start; at scale it is far faster, so it is tried unless BENCH_D1_DIRECT=1.
if (process.env.BENCH_D1_DIRECT === "1") {
  console.log(`filling miniflare's SQLite file directly (official path estimated at ~${estimateS.toFixed(0)} s from the one-dataset sample)`);
  loadResult = fillDirect(sqliteFile(state), rows);
} else if (fastest.path.startsWith("wrangler")) {
  loadResult = executeFiles(p, state, rows);
} else {
  loadResult = await loadBatch(p, state, rows);
}
const file = sqliteFile(state);
{
  // ANALYZE is what `PRAGMA optimize` does on D1; the plans below are forced with CROSS JOIN anyway.
  const db = new DatabaseSync(file);
  db.exec("ANALYZE");
  db.close();
}
const dbBytes = fileBytes(file);
console.log(`loaded ${loadResult.rows} rows by ${loadResult.path} in ${(loadResult.ms / 1000).toFixed(1)} s (${loadResult.rowsPerS.toFixed(0)} rows/s); D1 file ${(dbBytes / 2 ** 20).toFixed(1)} MiB`);

/**
 * load.ts's load() (same autocannon settings), also counting errors and timeouts (a slow query
 * queues in D1's single-threaded database object), run in a child process: in this process,
 * whose heap holds the N = 1,000 postings, autocannon completed no request in 3 s.
 */
function loadD1(url: string, seconds: number, connections: number): Promise<{ rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number; timeouts: number }> {
  const script = `import autocannon from ${JSON.stringify(join(ROOT, "node_modules", "autocannon", "autocannon.js"))};
const r = await autocannon({ url: ${JSON.stringify(url)}, duration: ${seconds}, connections: ${connections}, pipelining: 1, timeout: 30 });
console.log(JSON.stringify({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts }));`;
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.once("exit", (code) => (code === 0 ? ok(JSON.parse(out.trim().split("\n").at(-1)!)) : fail(new Error(`autocannon exited ${code}`))));
  });
}

/** Median of sequential requests (one at a time: no queueing), after the first. */
async function sequentialMs(url: string, times: number) {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

// ---- serve and measure ----
const server = await devServer(p, 18890, ["--persist-to", state], "/health");
const cold: Record<string, { ms: number; bytes: number; rows_read: unknown; sql_ms: unknown; total?: unknown }> = {};
const steady: Record<string, Awaited<ReturnType<typeof loadD1>>> = {};
const warmMs: Record<string, number> = {};
const answers: Record<string, any> = {};
try {
  for (const [k, path] of Object.entries(QUERIES)) {
    const t = performance.now();
    const r = await fetch(server.url + path);
    const body = await r.text();
    const ms = performance.now() - t;
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${body}`);
    answers[k] = JSON.parse(body);
    cold[k] = { ms, bytes: Buffer.byteLength(body), rows_read: answers[k].meta?.rows_read ?? null, sql_ms: answers[k].meta?.sql_ms ?? null, total: answers[k].total };
  }
  for (const [k, path] of Object.entries(QUERIES)) warmMs[k] = await sequentialMs(server.url + path, 7);
  for (const [k, path] of Object.entries(QUERIES)) {
    steady[k] = await loadD1(server.url + path, SECONDS, 10);
    if (steady[k].non2xx) throw new Error(`${path}: ${steady[k].non2xx} answers were not 2xx`);
  }
} finally {
  await server.stop();
}

// ---- cross-check ----
const pageOf = (a: any) => a.hits.map((h: any) => [h.doc, h.weight]);
const check = {
  search2: { d1Total: answers.search2.total, rankDocsTotal: ref.search2.total, samePage: JSON.stringify(pageOf(answers.search2)) === JSON.stringify(ref.search2.page) },
  search5: { d1Total: answers.search5.total, rankDocsTotal: ref.search5.total, samePage: JSON.stringify(pageOf(answers.search5)) === JSON.stringify(ref.search5.page) },
  search5rarest: { d1Total: answers.search5rarest.total, rankDocsTotal: ref.search5.total, samePage: JSON.stringify(pageOf(answers.search5rarest)) === JSON.stringify(ref.search5.page) },
  aggregate: { groups: answers.aggregate.groups.length, sameSums: answers.aggregate.groups.length === refAggregate.size && answers.aggregate.groups.every((g: any) => refAggregate.get(g.class_code) === g.cents) },
};

const out = {
  taken: new Date().toISOString(),
  n: N,
  docs: space.size,
  bigrams: postings.size,
  rows: counts,
  officialLoad: official,
  officialEstimateS: estimateS,
  load: loadResult,
  dbBytes,
  cold,
  warmMs,
  steady,
  check,
  sql: { search5: "see worker.ts searchSql" },
};
mkdirSync(join(import.meta.dirname, "..", "results"), { recursive: true });
writeFileSync(join(import.meta.dirname, "..", "results", `d1-${N}.json`), JSON.stringify(out, null, 2) + "\n");

console.log(`\nN=${N}  ${space.size} docs, ${rowCount(rows)} rows (${counts.grams} postings), D1 file ${(dbBytes / 2 ** 20).toFixed(1)} MiB, load ${(loadResult.ms / 1000).toFixed(1)} s by ${loadResult.path}`);
console.log("query          first ms  warm ms  bytes   rows_read  sql ms   req/s   p50  p99  errors  total (D1 / rankDocs)");
for (const k of Object.keys(QUERIES)) {
  const c = cold[k]!;
  const s = steady[k]!;
  const chk = (check as any)[k];
  const tot = k === "health" ? "(no D1)" : k === "aggregate" ? `sums ${chk.sameSums ? "equal" : "DIFFER"}` : `${chk.d1Total} / ${chk.rankDocsTotal}${chk.samePage ? ", page equal" : ", PAGE DIFFERS"}`;
  console.log(`${k.padEnd(14)} ${c.ms.toFixed(1).padStart(8)} ${warmMs[k]!.toFixed(1).padStart(8)} ${String(c.bytes).padStart(6)} ${String(c.rows_read).padStart(10)} ${Number(c.sql_ms).toFixed(1).padStart(7)} ${s.rps.toFixed(0).padStart(7)} ${String(s.p50).padStart(5)} ${String(s.p99).padStart(4)} ${String(s.errors + s.timeouts).padStart(7)}  ${tot}`);
}
