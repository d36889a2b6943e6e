/**
 * Sums across datasets: three disclosures made from the real seed (two departments, one of
 * them in two years), served by the app in process. /v1/aggregate groups and filters by
 * department and year, refuses to add two years, and reads only the datasets a filter keeps.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAll } from "../../scripts/pipeline/build-all";
import { synthesize } from "../../scripts/synthetic/generate";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import { indexKeys } from "../../src/data/r2-layout";
import { r2Objects } from "../../scripts/pipeline/r2-objects";
import { catalogEntry } from "../../src/data/catalog-file";
import { r2Store } from "../../src/data/r2-store";
import { memoryBucket } from "../../scripts/bench/memory-bucket";
import { catalogOf } from "../../src/data/table-data";
import type { DataStore } from "../../src/data/store";
import { factsOverlap } from "../../src/query/overlap";
import type { Bundle } from "../../src/schema/bundle";
import { SEED_FILE, SEEDS } from "./seed-fixtures";

const A = "济源产城融合示范区工业和科技创新委员会";
const B = "合成示范区第1号委员会";

let bundle: Bundle;
const reads: string[] = [];
let app: ReturnType<typeof createApp>;

/** Documents of the template: the real one (A, 2021), B in 2021 (amounts ×2) and B in 2022 (×3). */
function seedsAcrossYears(): string {
  const seeds = join(mkdtempSync(join(tmpdir(), "across-")), "seeds");
  synthesize(SEEDS, seeds, 2);
  const second = join(seeds, "s00002_synthetic.txt");
  writeFileSync(second, readFileSync(second, "utf8").replaceAll("合成示范区第2号委员会", B).replaceAll("2021年", "2022年"));
  copyFileSync(join(SEEDS, SEED_FILE), join(seeds, SEED_FILE));
  const real = JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8")).corrections;
  const synthetic = JSON.parse(readFileSync(join(seeds, "corrections.json"), "utf8")).corrections;
  writeFileSync(join(seeds, "corrections.json"), JSON.stringify({ corrections: [...real, ...synthetic] }));
  return seeds;
}

/** The bundled store, recording which dataset each table read is for. */
function counting(store: DataStore): DataStore {
  return { ...store, getTable: (d, t) => (reads.push(`${d}/${t}`), store.getTable(d, t)) };
}

async function getJson(path: string) {
  reads.length = 0;
  const res = await app.request(`http://api.test${path}`);
  return { res, body: (await res.json()) as any, reads: [...reads] };
}

beforeAll(() => {
  bundle = buildAll(seedsAcrossYears());
  app = createApp(counting(bundledStore(bundle)));
}, 120_000);

const idOf = (department: string, year: number) => bundle.datasets.find((d) => d.meta.department === department && d.meta.year === year)!.meta.id;
/** A printed figure of a dataset: table, row, column. */
const printed = (id: string, table: string, row: string, column: string) => bundle.datasets.find((d) => d.meta.id === id)!.tables[table]!.find((r) => r.id === row)![column];

describe("/v1/aggregate across datasets", () => {
  it("科学技术支出 by department, 2021 against 2022, in one request", async () => {
    const { res, body } = await getJson("/v1/aggregate?class_name=科学技术支出&_group=year,department");
    expect(res.status).toBe(200);
    expect(body.rows.map((r: any) => [r.year, r.department, r.amount])).toEqual([
      [2021, B, 5340.4],
      [2021, A, 2670.2],
      [2022, B, 8010.6],
    ]);
    for (const r of body.rows) expect(r.amount).toBe(printed(idOf(r.department, r.year), "fiscal-summary-expenditure", "206", "total"));
    // Two years are never added together: no grand total, no shares.
    expect(body.grand_total).toEqual({ amount: null, count: 18 });
    expect(body.rows.every((r: any) => r.share === null)).toBe(true);
    expect(body.datasets).toHaveLength(3);
  });

  it("refuses to add two years, and sums one", async () => {
    const refused = await getJson("/v1/aggregate?class_code=206&_group=department");
    expect(refused.res.status).toBe(400);
    expect(refused.body.type).toBe("/v1/problems/overlapping-sum");
    expect(refused.body.errors.map((e: any) => e.param)).toEqual(["year"]);

    const { body } = await getJson("/v1/aggregate?class_code=206&year=2021&_group=department");
    expect(body.rows.map((r: any) => [r.department, r.amount, r.share])).toEqual([
      [B, 5340.4, 66.67],
      [A, 2670.2, 33.33],
    ]);
    expect(body.grand_total.amount).toBe(8010.6);
  });

  it("each dataset's total is its printed 支出合计", async () => {
    const { body } = await getJson("/v1/aggregate?_group=dataset");
    expect(body.rows).toHaveLength(3);
    for (const r of body.rows) expect(r.amount).toBe(printed(r.dataset, "summary-expenditure", "e17", "total"));
  });

  it("reads only the datasets the filters keep", async () => {
    const b2022 = idOf(B, 2022);
    const one = await getJson(`/v1/aggregate?dataset=${b2022}&_group=spending`);
    expect(one.reads).toEqual([`${b2022}/facts`]);
    expect(one.body.grand_total.amount).toBe(printed(b2022, "department-expenditure", "total", "total"));
    const year = await getJson("/v1/aggregate?year=2021");
    expect(year.reads.sort()).toEqual([`${idOf(A, 2021)}/facts`, `${idOf(B, 2021)}/facts`].sort());
    const none = await getJson("/v1/aggregate?department=nobody");
    expect(none.reads).toEqual([]);
    expect(none.body.grand_total).toEqual({ amount: null, count: 0 });
  });

  it("answers from the build's sums (R2) exactly as from the facts, reading one object for a query within a family", async () => {
    const objects = await r2Objects(bundle);
    const { bucket, reads } = memoryBucket(objects);
    const r2 = createApp(r2Store(bucket, catalogOf(bundle.datasets.map((d) => catalogEntry(d.meta))), { index: indexKeys(objects.map(([k]) => k)) }));
    const queries = [
      "_group=class&year=2021&_sort=-amount",
      `class_name=${encodeURIComponent("科学技术支出")}&_group=year,department`,
      "_group=fund,class_code&class_code=206&year=2021",
      "_group=economic_kind,year",
      "direction=revenue&_group=revenue_source,dataset",
      "_group=section&department__in=x,y",
      "_group=year,code&code__startswith=2060",
      "_group=year,table,measure",
      "year=2021", // the grand total of each year's family "direction"
      "_group=class_code,spending,year", // two families: read from the facts
      "_group=year&amount__gt=100", // a filter on single facts: from the facts
      "_group=class", // two years without year: the same 400
      "direction__in=revenue,expenditure&_group=year", // the same 400
    ];
    const families = new Set<string>();
    for (const q of queries) {
      reads.length = 0;
      const viaSums = await r2.request(`http://api.test/v1/aggregate?${q}`);
      const sumsKeys = reads.map((r) => r.key);
      sumsKeys.filter((k) => k.includes("/sums/")).forEach((k) => families.add(k.split("/").pop()!));
      const viaFacts = await app.request(`http://api.test/v1/aggregate?${q}`);
      expect(viaSums.status, q).toBe(viaFacts.status);
      const [a, b] = [await viaSums.json(), await viaFacts.json()];
      expect(a, q).toEqual(b);
      const family = !["amount__gt", "spending,year"].some((x) => q.includes(x));
      // A 400 is decided before anything is read; an answer within a family reads its sums alone (once: then they are kept).
      if (viaSums.status === 400) expect(sumsKeys, q).toEqual([]);
      else if (family) expect(sumsKeys.length <= 1 && sumsKeys.every((k) => /^v1\/index\/[0-9a-f]{16}\/sums\/\w+(\.by-year)?\.json$/.test(k)), `${q}: ${sumsKeys.join(" ")}`).toBe(true);
      else expect(sumsKeys.every((k) => k.endsWith("/tables/facts.json") || k.endsWith("/contents.json")), q).toBe(true);
    }
    // Naming no dataset or department reads the sums by year (the same size at any number of datasets).
    expect([...families].sort()).toEqual(["class.by-year.json", "class.json", "class_fund.by-year.json", "code.by-year.json", "direction.by-year.json", "economic_kind.by-year.json", "revenue_source.json", "section.json", "table.by-year.json"]);
  });

  it("the per-dataset route has no dataset columns, the cross route no raw sums", async () => {
    const id = idOf(A, 2021);
    expect((await getJson(`/v1/datasets/${id}/aggregate?year=2021`)).res.status).toBe(400);
    const raw = await getJson("/v1/aggregate?source=budget-lines&_raw=1");
    expect(raw.res.status).toBe(400);
    expect(raw.body.errors.map((e: any) => e.param)).toEqual(["source"]);
  });

  it("refuses to add a budget to final accounts (no such document parses yet, so on rows)", () => {
    const fact = (kind: string) => ({ dataset: kind, department: A, year: 2021, kind, direction: "expenditure", amount: 1 });
    expect(factsOverlap([fact("budget"), fact("final-accounts")], []).map((e) => e.param)).toEqual(["kind"]);
    expect(factsOverlap([fact("budget"), fact("final-accounts")], ["kind"])).toEqual([]);
    expect(factsOverlap([fact("budget"), fact("budget")], [])).toEqual([]);
  });
});
