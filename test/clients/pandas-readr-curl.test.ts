/**
 * The README's pandas, R and curl code, run as written against the bundled Worker on bare
 * workerd for every table of every dataset: codes come back as text with their leading zeros,
 * amounts as numbers equal to the JSON API's, a blank as NaN/NA (never 0), Chinese text
 * unchanged. Python with pandas (Debian's python3-pandas) and R with readr (r-cran-readr,
 * r-cran-jsonlite) are what .ci/run installs; without them their part is skipped, loudly.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeBlocks, readSection } from "../../scripts/readme/markers";
import { SECTION } from "../../scripts/readme/pandas-section";
import { example, PANDAS_README } from "../../scripts/readme/update";
import { urls } from "../../src/spec/links";

const ROOT = resolve(import.meta.dirname, "../..");
const CLIENTS = join(ROOT, "test/clients");
const LONG = 600_000;

const section = readSection(readFileSync(PANDAS_README, "utf8"), SECTION);
const [recipe, oneLine] = codeBlocks(section, "python");
const [rRecipe] = codeBlocks(section, "r");
const [curlLines] = codeBlocks(section, "sh");
const documented = example();
const DOCUMENTED_BASE = urls(documented.origin).dataset(documented.dataset);

/** Each table's readr col_types as the README's table states them. */
const readmeColTypes = new Map([...section.matchAll(/^\| `([^`]+)` \| (.*) \| `([cdiD]+)` \|$/gm)].map((m) => [m[1]!, m[3]!]));
/** Each table's code columns as the README's table states them. */
const readmeCodes = new Map([...section.matchAll(/^\| `([^`]+)` \| (.*) \| `([cdiD]+)` \|$/gm)].map((m) => [m[1]!, [...m[2]!.matchAll(/`([^`]+)`/g)].map((c) => c[1]!)]));

function works(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8" } });
  return r.status === 0;
}

/** A python3 that has pandas: $PYTHON, the one on PATH, or Debian's (a pyenv shim may shadow it). */
const PYTHON = [process.env.PYTHON, "python3", "/usr/bin/python3"].find((p): p is string => !!p && works(p, ["-c", "import pandas"])) ?? null;
const RSCRIPT = works("Rscript", ["-e", "library(readr); library(jsonlite)"]) ? "Rscript" : null;
const CURL = works("curl", ["--version"]) ? "curl" : null;

function warn(what: string, install: string): void {
  console.warn(`\n${"!".repeat(78)}\n!!! ${what} SKIPPED: not installed.\n!!! Install with: apt-get install -y ${install} (.ci/run does this as root).\n${"!".repeat(78)}\n`);
}
if (!PYTHON) warn("PANDAS CLIENT TEST (README's pandas code)", "python3-pandas");
if (!RSCRIPT) warn("R CLIENT TEST (README's readr code)", "r-cran-readr r-cran-jsonlite");
if (!CURL) warn("CURL CLIENT TEST (README's curl lines)", "curl");

type Value = string | number | null;
interface Column {
  name: string;
  type: "string" | "text" | "code" | "amount" | "integer" | "number" | "date";
}
interface Table {
  id: string;
  columns: Column[];
  rows: Record<string, Value>[];
}
interface Dataset {
  id: string;
  base: string;
  tables: Table[];
}

/** A cell as read_tables.py writes it: JSON values, or a tag for what JSON cannot say. */
type Cell = string | number | { none: true } | { nan: true } | { na: true } | { nat: true } | { timestamp: string } | { other: string; repr: string };
interface Frame {
  columns: string[];
  dtypes: Record<string, string>;
  values: Record<string, Cell[]>;
  error?: string;
}
interface PandasOut {
  pandas: string;
  probes: { one_line: number; one_line_without_precise_float: number; read_table: Frame };
  datasets: { base: string; tables: Record<string, { csv: Frame; ndjson: Frame }> }[];
}
interface ROut {
  readr: string;
  datasets: { base: string; tables: Record<string, { columns: string[]; classes: Record<string, string>; problems: number; values: Record<string, Value[]> }> }[];
}

const TEXT = new Set(["string", "text", "code"]);
const NUMBER = new Set(["amount", "number"]);
/** pandas' text dtypes: object, or the string dtype newer pandas gives `str`. */
const TEXT_DTYPE = /^(object|string|str)$/;

/**
 * fetch, sent again once if the kept-alive connection it reused was closed by workerd while idle
 * (undici's "other side closed" before any byte of the answer; seen under heavy load, when the
 * python and R runs leave the connection idle for long). Only the transport is retried: the
 * answer, when there is one, is checked as it came.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw e;
    return fetch(url);
  }
}

async function json<T>(url: string): Promise<T> {
  const r = await get(url);
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** Every row of a table from the JSON API, page by page. */
async function apiTable(d: string, t: string, origin: string): Promise<Table> {
  let url: string | null = urls(origin).table(d, t, ".json");
  let page = await json<{ columns: Column[]; rows: Record<string, Value>[]; next: string | null }>(url);
  const rows = [...page.rows];
  while ((url = page.next)) {
    page = await json(url);
    rows.push(...page.rows);
  }
  return { id: t, columns: page.columns, rows };
}

/** What a table's cell must be when pandas' read_table (the CSV with the package's types) read it. */
function csvExpected(type: Column["type"], v: Value): Cell {
  if (v === null) return type === "integer" ? { na: true } : type === "date" ? { nat: true } : { nan: true };
  if (type === "date") return { timestamp: `${v}T00:00:00` };
  return v;
}

/** What the NDJSON line makes of a cell: values as JSON has them; a blank is None in text columns, NaN in numbers. */
function ndjsonNull(cell: Cell): boolean {
  return typeof cell === "object" && ("none" in cell || "nan" in cell);
}

describe("the README's client code, against the bundled Worker", () => {
  let work: string;
  let origin: string;
  const datasets: Dataset[] = [];
  let pandas: PandasOut | null = null;
  let r: ROut | null = null;

  beforeAll(async () => {
    expect(recipe, "the README's pandas block").toBeDefined();
    work = mkdtempSync(join(tmpdir(), "clients-"));
    // The bundled Worker on bare workerd, served once for the node project by served-worker.ts.
    origin = inject("servedWorker");
    const list = await json<{ datasets: { id: string }[] }>(urls(origin).datasets);
    for (const { id } of list.datasets) {
      const { tables } = await json<{ tables: { id: string }[] }>(urls(origin).tables(id));
      datasets.push({ id, base: urls(origin).dataset(id), tables: await Promise.all(tables.map((t) => apiTable(id, t.id, origin))) });
    }
    const run = (cmd: string, args: string[], job: unknown) =>
      execFileSync(cmd, args, { input: JSON.stringify(job), encoding: "utf8", maxBuffer: 1 << 28, stdio: "pipe", env: { ...process.env, LANG: "C.UTF-8" } });
    if (PYTHON) {
      const job = { documented_base: DOCUMENTED_BASE, recipe, one_line: oneLine, datasets: datasets.map((d) => ({ base: d.base, tables: d.tables.map((t) => t.id) })) };
      pandas = JSON.parse(run(PYTHON, [join(CLIENTS, "read_tables.py")], job)) as PandasOut;
    }
    if (RSCRIPT) {
      const tables = (d: Dataset) => d.tables.map((t) => ({ name: t.id, col_types: readmeColTypes.get(t.id) }));
      const job = { documented_base: DOCUMENTED_BASE, recipe: rRecipe, datasets: datasets.map((d) => ({ base: d.base, tables: tables(d) })) };
      r = JSON.parse(run(RSCRIPT, [join(CLIENTS, "read_tables.R")], job)) as ROut;
    }
  }, LONG);

  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("the README's table names each table's code columns and readr types as the API serves them", () => {
    // What the clients are compared with: the JSON API, which serves the build's rows unchanged.
    const built = JSON.parse(readFileSync(join(ROOT, "data/datasets.json"), "utf8")) as { datasets: { meta: { id: string }; tables: Record<string, unknown[]> }[] };
    expect(datasets.map((d) => d.id)).toEqual(built.datasets.map((d) => d.meta.id));
    for (const [i, d] of datasets.entries()) {
      for (const t of d.tables) {
        expect(t.rows, t.id).toEqual(built.datasets[i]!.tables[t.id] ?? []);
        expect(readmeCodes.get(t.id), t.id).toEqual(t.columns.filter((c) => c.type === "code").map((c) => c.name));
        const letters = t.columns.map((c) => (TEXT.has(c.type) ? "c" : NUMBER.has(c.type) ? "d" : c.type === "integer" ? "i" : "D")).join("");
        expect(readmeColTypes.get(t.id), t.id).toBe(letters);
      }
    }
  });

  it.skipIf(!PYTHON)("pandas: read_table gives every table its columns, codes as text, amounts as the API's numbers, blanks as NaN", () => {
    const got = pandas!;
    const count = { tables: 0, codes: 0, zeros: 0, amounts: 0, blanks: 0, text: 0 };
    const expected = { codes: 0, zeros: 0, amounts: 0 };
    for (const [i, d] of datasets.entries()) {
      const out = got.datasets[i]!;
      for (const t of d.tables) {
        const f = out.tables[t.id]!.csv;
        const at = `${d.id}/${t.id}`;
        expect(f.error, at).toBeUndefined();
        expect(f.columns, at).toEqual(t.columns.map((c) => c.name));
        count.tables++;
        for (const c of t.columns) {
          const dtype = f.dtypes[c.name]!;
          if (TEXT.has(c.type)) expect(dtype, `${at}.${c.name}`).toMatch(TEXT_DTYPE);
          else if (NUMBER.has(c.type)) expect(dtype, `${at}.${c.name}`).toBe("float64");
          else if (c.type === "integer") expect(dtype, `${at}.${c.name}`).toBe("Int64");
          else expect(dtype, `${at}.${c.name}`).toBe("datetime64[ns]");
          const cells = f.values[c.name]!;
          expect(cells, `${at}.${c.name}`).toEqual(t.rows.map((row) => csvExpected(c.type, row[c.name] ?? null)));
          for (const [k, row] of t.rows.entries()) {
            const v = row[c.name] ?? null;
            if (v === null) {
              count.blanks++;
              continue;
            }
            if (c.type === "code") {
              expected.codes++;
              if (/^0\d/.test(String(v))) expected.zeros++;
              if (typeof cells[k] === "string") {
                count.codes++;
                if (/^0\d/.test(cells[k] as string)) count.zeros++;
              }
            }
            if (c.type === "amount") {
              expected.amounts++;
              if (typeof cells[k] === "number") count.amounts++;
            }
            if (typeof v === "string" && /[\u4e00-\u9fff]/.test(v) && cells[k] === v) count.text++;
          }
        }
      }
    }
    console.log(
      `pandas ${got.pandas}: ${count.tables} tables, ${count.codes} code cells as strings (${count.zeros} with a leading zero), ` +
        `${count.amounts} amounts as numbers, ${count.blanks} blanks as NaN/NA/NaT, ${count.text} Chinese text cells equal`,
    );
    expect(count.tables).toBe(datasets.reduce((n, d) => n + d.tables.length, 0));
    expect(count).toMatchObject({ codes: expected.codes, zeros: expected.zeros, amounts: expected.amounts });
    // The data has what this test is about: codes with leading zeros, amounts, blanks.
    expect(Math.min(expected.zeros, expected.amounts, count.blanks)).toBeGreaterThan(0);
  });

  it.skipIf(!PYTHON)("pandas: read_table keeps NA and 08 as text, makes only an empty cell missing and a date a date, as the README says", () => {
    const f = pandas!.probes.read_table;
    const text = expect.stringMatching(TEXT_DTYPE);
    expect(f.dtypes).toEqual({ id: text, code: text, note: text, amount: "float64", line: "Int64", day: "datetime64[ns]" });
    expect(f.values).toEqual({
      id: ["r1", "r2"],
      code: ["08", { nan: true }],
      note: ["NA", { nan: true }],
      amount: [0.35, { nan: true }],
      line: [1, { na: true }],
      day: [{ timestamp: "2021-01-31T00:00:00" }, { nat: true }],
    });
  });

  it.skipIf(!PYTHON)("pandas: the NDJSON line keeps codes and amounts for tables with rows, and gives an empty table no columns, as the README says", () => {
    const got = pandas!;
    // The README's reason for precise_float=True, on this pandas: its line reads 0.35 exactly, and would not without it.
    expect([got.probes.one_line, got.probes.one_line_without_precise_float]).toEqual([0.35, 0.35000000000000003]);
    for (const [i, d] of datasets.entries()) {
      for (const t of d.tables) {
        const f = got.datasets[i]!.tables[t.id]!.ndjson;
        const at = `${d.id}/${t.id}`;
        expect(f.error, at).toBeUndefined();
        if (t.rows.length === 0) {
          expect(f.columns, at).toEqual([]);
          continue;
        }
        expect(f.columns, at).toEqual(t.columns.map((c) => c.name));
        for (const c of t.columns) {
          const dtype = f.dtypes[c.name]!;
          const allNull = t.rows.every((r) => (r[c.name] ?? null) === null);
          // pandas types a column of nothing but nulls float64, whatever the column is (the README says so).
          if (allNull) expect(dtype, `${at}.${c.name}`).toMatch(/^(float64|object)$/);
          else if (TEXT.has(c.type) || c.type === "date") expect(dtype, `${at}.${c.name}`).toMatch(TEXT_DTYPE);
          else expect(dtype, `${at}.${c.name}`).toMatch(/^(float64|int64)$/);
          for (const [k, row] of t.rows.entries()) {
            const v = row[c.name] ?? null;
            const cell = f.values[c.name]![k]!;
            if (v === null) expect(ndjsonNull(cell), `${at}.${c.name}[${k}] is ${JSON.stringify(cell)}`).toBe(true);
            else expect(cell, `${at}.${c.name}[${k}]`).toBe(v);
          }
        }
      }
    }
  });

  it.skipIf(!RSCRIPT)("R: readr with the README's col_types reads every table without a problem, codes as character, amounts as the API's numbers", () => {
    const got = r!;
    const classOf = (type: Column["type"]) => (TEXT.has(type) ? "character" : NUMBER.has(type) ? "numeric" : type === "integer" ? "integer" : "Date");
    let codes = 0;
    let amounts = 0;
    for (const [i, d] of datasets.entries()) {
      for (const t of d.tables) {
        const f = got.datasets[i]!.tables[t.id]!;
        const at = `${d.id}/${t.id}`;
        expect(f.problems, at).toBe(0);
        expect(f.columns, at).toEqual(t.columns.map((c) => c.name));
        for (const c of t.columns) {
          expect(f.classes[c.name], `${at}.${c.name}`).toBe(classOf(c.type));
          expect(f.values[c.name], `${at}.${c.name}`).toEqual(t.rows.map((row) => row[c.name] ?? null));
          for (const row of t.rows) {
            if (row[c.name] === null) continue;
            if (c.type === "code") codes++;
            if (c.type === "amount") amounts++;
          }
        }
      }
    }
    console.log(`readr ${got.readr}: ${datasets.reduce((n, d) => n + d.tables.length, 0)} tables, ${codes} code cells as character, ${amounts} amounts as numeric`);
  });

  it.skipIf(!CURL)("curl: the README's lines download the data package's CSV and the zip", async () => {
    const dir = join(work, "curl");
    execFileSync("mkdir", ["-p", dir]);
    const base = datasets.find((d) => d.id === documented.dataset)?.base ?? datasets[0]!.base;
    execFileSync("sh", ["-e", "-c", curlLines!.replaceAll(DOCUMENTED_BASE, base)], { cwd: dir, encoding: "utf8", stdio: "pipe" });
    const csv = readFileSync(join(dir, `${documented.table}.csv`));
    const pkg = await json<{ resources: { name: string; path: string }[] }>(`${base}/datapackage.json`);
    const path = pkg.resources.find((x) => x.name === documented.table)!.path;
    expect(csv.equals(Buffer.from(await (await get(path)).arrayBuffer()))).toBe(true);
    const zip = readFileSync(join(dir, "dataset.zip"));
    expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  });
});
