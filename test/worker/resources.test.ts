/** Index, datasets, metadata, checks and row permalinks, validated against the route registry's schemas. */
import * as responseSchemas from "../../src/spec/responses";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../src/routes/index";
import { D, DATASET, getJson } from "./helpers";

const schema = (name: string) => responseSchemas[ROUTES.find((r) => r.name === name)!.response];

describe("index and datasets", () => {
  it("/v1 lists the datasets and every route", async () => {
    const { body } = await getJson("/v1");
    schema("index").parse(body);
    expect(body.datasets).toEqual([
      { id: DATASET, title_zh: "济源产城融合示范区工业和科技创新委员会2021年部门预算", title_en: expect.any(String), year: 2021, url: `http://api.test${D}` },
    ]);
    expect(body.routes.map((r: any) => r.path)).toContain("/v1/datasets/{dataset}/tables/{table}/rows/{id}");
    expect(body.links.search).toBe("http://api.test/v1/search");
  });

  it("/v1/datasets gives department, year, kind, unit, version and row counts", async () => {
    const { res, body } = await getJson("/v1/datasets");
    schema("datasets").parse(body);
    const [d] = body.datasets;
    expect(d).toMatchObject({ id: DATASET, department: "济源产城融合示范区工业和科技创新委员会", year: 2021, kind: "budget", unit: { label: "万元", factor: 10000, currency: "CNY" } });
    expect(d.version).toMatch(/^[0-9a-f]{16}$/);
    expect(d.row_counts).toMatchObject({ projects: 25, "project-indicators": 468, "budget-lines": 329, "revenue-overview": 0 });
    expect(res.headers.get("X-Dataset-Version")).toBe(body.version);
  });
});

describe("dataset metadata", () => {
  it("has titles, publisher, unit, source, licence, tables, corrections and checks summary", async () => {
    const { res, body } = await getJson(D);
    schema("dataset").parse(body);
    expect(res.headers.get("X-Dataset-Version")).toBe(body.version);
    expect(body.title_zh).toBe("济源产城融合示范区工业和科技创新委员会2021年部门预算");
    expect(body.source).toMatchObject({ file: "000_f6a8c17e7f596961.txt", sha256: "3232e83f6e88cd4692f604db75df9042f1a5dac9f49be576d56db997a0ded915" });
    expect(body).toHaveProperty("licence");
    const projects = body.tables.find((t: any) => t.id === "projects");
    expect(projects).toMatchObject({ title_zh: "项目支出绩效目标表", row_count: 25, url: `http://api.test${D}/tables/projects`, csv_url: `http://api.test${D}/tables/projects.csv` });
    expect(body.corrections.length).toBeGreaterThan(0);
    expect(body.checks_summary).toEqual({ total: expect.any(Number), passed: expect.any(Number), failed: 0 });
  });

  it("/tables lists every table, empty ones too", async () => {
    const { body } = await getJson(`${D}/tables`);
    schema("tables").parse(body);
    expect(body.tables.find((t: any) => t.id === "economic-classification-summary")).toMatchObject({ row_count: 0, note: "The source prints the title and no rows." });
  });
});

describe("checks", () => {
  it("lists every check with expected, actual, pass and lines", async () => {
    const { body } = await getJson(`${D}/checks`);
    schema("checks").parse(body);
    expect(body.total).toBe(body.summary.total);
    expect(body.checks[0]).toMatchObject({ id: "summary-revenue/r12/amount:down", expected: 4533.7, actual: 4533.7, pass: true });
    expect(body.checks[0].lines).toContain(20);
  });

  it("filters by pass and kind, and converts to yuan", async () => {
    expect((await getJson(`${D}/checks?pass=false`)).body.checks).toEqual([]);
    const rollups = (await getJson(`${D}/checks?kind=rollup&_unit=yuan`)).body;
    expect(rollups.unit).toBe("元");
    expect(rollups.checks.length).toBeGreaterThan(0);
    expect(rollups.checks.every((k: any) => k.kind === "rollup" && Number.isInteger(k.expected) && k.expected === k.actual)).toBe(true);
  });
});

describe("row permalinks", () => {
  it("give the row, its provenance and the corrections applied to its line", async () => {
    const { res, body } = await getJson(`${D}/tables/summary-revenue/rows/r02`);
    schema("row").parse(body);
    expect(res.headers.get("X-Dataset-Version")).toBe(body.version);
    expect(body.row).toEqual({ id: "r02", source_file: "000_f6a8c17e7f596961.txt", source_line: 20, row_kind: "item", item: "上级预拨", amount: 710 });
    expect(body.provenance).toEqual({
      source_file: "000_f6a8c17e7f596961.txt",
      source_line: 20,
      source_sha256: "3232e83f6e88cd4692f604db75df9042f1a5dac9f49be576d56db997a0ded915",
      source_url: null,
    });
    expect(body.corrections).toEqual([
      expect.objectContaining({ file: "000_f6a8c17e7f596961.txt", line: 20, kind: "unlabelled-revenue", source: "rule", printed: [""], published: ["上级预拨"] }),
    ]);
    expect(body.links.self).toBe(`http://api.test${D}/tables/summary-revenue/rows/r02`);
  });

  it("have no corrections where none applied, and take _fields and _unit", async () => {
    const { body } = await getJson(`${D}/tables/projects/rows/p01?_fields=id,total_amount&_unit=yuan`);
    expect(body.row).toEqual({ id: "p01", total_amount: 200000 });
    expect(body.columns.map((c: any) => c.unit)).toEqual([null, "元"]);
    expect(body.corrections).toEqual([]);
  });

  it("work for ids with dots (budget lines)", async () => {
    const { body } = await getJson(`${D}/tables/budget-lines/rows/general-budget-expenditure.total.total`);
    expect(body.row).toMatchObject({ table: "general-budget-expenditure", measure: "total", amount: 4533.7 });
  });
});

describe("problem types", () => {
  it("resolve to their description", async () => {
    const { body } = await getJson("/v1/problems/stale-cursor");
    schema("problem").parse(body);
    expect(body).toMatchObject({ type: "/v1/problems/stale-cursor", status: 410 });
    schema("problems").parse((await getJson("/v1/problems")).body);
  });
});

describe("every route's response matches its schema", () => {
  const samples: Record<string, string> = {
    table: `${D}/tables/projects?_size=3`,
    aggregate: `${D}/aggregate?_group=fund`,
    search: "/v1/search?q=%E5%9F%B9%E8%AE%AD",
  };
  for (const [name, path] of Object.entries(samples)) {
    it(name, async () => {
      const { res, body } = await getJson(path);
      expect(res.status).toBe(200);
      schema(name).parse(body);
    });
  }
});
