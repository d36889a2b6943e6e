/**
 * The Frictionless data package and the zip download through the real Worker: the
 * descriptor's exact fields, every resource's CSV read back against its schema, the zip's
 * files and bytes, validators and errors.
 */
import * as responseSchemas from "../../src/spec/responses";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../src/routes/index";
import { checkRows, parseCsv, type ResourceLike, type Rows } from "./datapackage-check";
import { D, DATASET, expectProblem, get, getJson, ORIGIN } from "./helpers";

const schema = (name: string) => responseSchemas[ROUTES.find((r) => r.name === name)!.response];
const DP = `${D}/datapackage.json`;
const ZIP = `${D}/download.zip`;

async function bytesOf(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);

async function sha256(bytes: Uint8Array): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const field = (resource: any, name: string) => resource.schema.fields.find((f: any) => f.name === name);

describe("datapackage.json", () => {
  it("is a tabular data package of every table, versioned like the dataset", async () => {
    const { res, body } = await getJson(DP);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    schema("datapackage").parse(body);
    const { body: meta } = await getJson(D);
    expect(body.version).toBe(meta.version);
    expect(res.headers.get("X-Dataset-Version")).toBe(meta.version);
    expect(body).toMatchObject({ profile: "tabular-data-package", name: DATASET, id: DATASET, title: "济源产城融合示范区工业和科技创新委员会2021年部门预算", homepage: `${ORIGIN}${D}` });
    expect(body.resources).toHaveLength(21);
    expect(body.resources.map((r: any) => r.name)).toEqual(meta.tables.map((t: any) => t.id));
    expect(body.sources).toEqual([{ title: "000_f6a8c17e7f596961.txt", hash: "sha256:3232e83f6e88cd4692f604db75df9042f1a5dac9f49be576d56db997a0ded915", bytes: 110455 }]);
    // The metadata states no licence, so none is invented; the description says so.
    expect(meta.licence).toBe(null);
    expect(body).not.toHaveProperty("licenses");
    expect(body.description).toContain("The publisher states no licence for this document, so none is declared here.");
    expect(body.description).toContain("465 of 465 reconciliation checks pass");
    expect(body.fiscalPeriod).toEqual({ start: "2021-01-01", end: "2021-12-31" });
  });

  it("describes project-indicators field by field, with its foreign key to projects", async () => {
    const { body } = await getJson(DP);
    const r = body.resources.find((x: any) => x.name === "project-indicators");
    expect(r).toMatchObject({
      profile: "tabular-data-resource",
      path: `${ORIGIN}${D}/tables/project-indicators.csv?_bom=0`,
      title: "项目支出绩效目标表（绩效指标）",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    });
    expect(r.schema.fields.map((f: any) => f.name)).toEqual([
      "id", "source_file", "source_line", "project_id", "project_name", "level1", "level2", "level3", "target", "target_operator", "target_value", "target_unit",
    ]);
    expect(r.schema.fields.map((f: any) => f.type)).toEqual(["string", "string", "integer", "string", "string", "string", "string", "string", "string", "string", "number", "string"]);
    expect(field(r, "project_id")).toEqual({ name: "project_id", type: "string", title: "项目编号", description: "Id of the project (projects table).", constraints: { required: true, pattern: "[0-9A-Za-z._-]+" } });
    expect(field(r, "target_operator")).toEqual({ name: "target_operator", type: "string", title: "比较符", description: "Comparison printed before the number, if any.", constraints: { enum: ["=", "≥", "≤", ">", "<"] } });
    expect(field(r, "level2")).toEqual({ name: "level2", type: "string", title: "二级指标", description: "Second-level indicator group (null where the source prints none)." });
    expect(r.schema.missingValues).toEqual([""]);
    expect(r.schema.primaryKey).toBe("id");
    expect(r.schema.foreignKeys).toEqual([{ fields: "project_id", reference: { resource: "projects", fields: "id" } }]);
  });

  it("declares money and classification codes in Fiscal Data Package terms", async () => {
    const { body } = await getJson(DP);
    const projects = body.resources.find((x: any) => x.name === "projects");
    expect(field(projects, "total_amount")).toEqual({
      name: "total_amount",
      type: "number",
      title: "项目总金额",
      description: "Project total (万元; blank in the source is null).",
      columnType: "value",
      currency: "CNY",
      factor: 10000,
      direction: "expenditure",
      phase: "approved",
    });
    expect(field(projects, "start_date")).toMatchObject({ type: "date", title: "开始时间" });
    expect(field(projects, "unit_code")).toMatchObject({ type: "string", classificationType: "administrative", constraints: { required: true, pattern: "[0-9A-Za-z._-]+" } });
    const revenue = body.resources.find((x: any) => x.name === "summary-revenue");
    expect(field(revenue, "amount")).toMatchObject({ direction: "revenue", phase: "approved", factor: 10000 });
    const lines = body.resources.find((x: any) => x.name === "budget-lines");
    expect(field(lines, "amount")).not.toHaveProperty("direction");
    expect(field(lines, "class_code")).toMatchObject({ columnType: "functional-classification:generic:level1:code", classificationType: "functional" });
    expect(field(lines, "section_code")).toMatchObject({ columnType: "functional-classification:generic:level2:code", classificationType: "functional" });
    expect(lines.schema.foreignKeys).toEqual(
      ["code", "class_code", "section_code"].map((f) => ({ fields: f, reference: { resource: "classifications", fields: "code" } })),
    );
    expect(lines.description).toContain("Each row points at the row `row_id` of the resource named in `table`");
    const classifications = body.resources.find((x: any) => x.name === "classifications");
    expect(classifications.schema.foreignKeys).toEqual([{ fields: "parent", reference: { resource: "", fields: "code" } }]);
    expect(field(classifications, "level").constraints).toEqual({ required: true, enum: ["类", "款", "项"] });
    // This table prints every 类 of the template, used or not: no key into the codes used.
    expect(body.resources.find((x: any) => x.name === "fiscal-summary-expenditure").schema).not.toHaveProperty("foreignKeys");
    // Printed empty in this seed, the table still has the template's columns: what a document that fills it publishes.
    expect(body.resources.find((x: any) => x.name === "revenue-overview").schema.fields.map((f: any) => f.name)).toEqual([
      "id", "source_file", "source_line", "row_kind", "code", "class_code", "section_code", "section_part", "item_part", "unit_code", "name", "class_name", "section_name",
      "total", "general_budget", "superior_advance", "government_fund", "prior_year_balance", "education_fees", "education_fees_carryover", "state_capital",
      "institution_revenue", "business_revenue", "institution_fund", "other_revenue", "carryover", "institution_fund_offset",
    ]);
  });

  it("every resource's CSV, fetched from its path, fits its schema, keys and foreign keys", async () => {
    const { body } = await getJson(DP);
    const read = new Map<string, { header: string[]; rows: Rows }>();
    for (const r of body.resources) {
      const res = await get(r.path);
      expect(res.status, r.name).toBe(200);
      const bytes = await bytesOf(res);
      // encoding "utf-8": no byte-order mark, and the bytes decode strictly.
      expect(bytes[0], r.name).toBe("i".charCodeAt(0));
      const parsed = parseCsv(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
      expect(parsed.errors, r.name).toEqual([]);
      read.set(r.name, parsed);
    }
    const rowsOf = new Map([...read].map(([k, v]) => [k, v.rows]));
    const errors = body.resources.flatMap((r: ResourceLike) => checkRows(r, read.get(r.name)!.header, read.get(r.name)!.rows, rowsOf));
    expect(errors).toEqual([]);
    expect([...read.values()].reduce((n, t) => n + t.rows.length, 0)).toBe(15 + 17 + 17 + 20 + 31 + 17 + 6 + 1 + 5 + 33 + 25 + 468 + 329 + 30 + 29 + 25 + 1673);
    // Text is as published, not formula-guarded: 78 operators read "=", none "'=".
    const ops = read.get("project-indicators")!.rows.map((row) => row.target_operator);
    expect(ops.filter((v) => v === "=")).toHaveLength(78);
    expect(read.get("project-indicators")!.rows[0]).toMatchObject({ id: "p01-01", target: "=100%", target_operator: "=", target_value: "100" });
  });

  it("the checker finds what does not fit (it can fail)", () => {
    const r: ResourceLike = {
      name: "t",
      schema: {
        fields: [{ name: "id", type: "string", constraints: { required: true } }, { name: "n", type: "integer" }, { name: "op", type: "string", constraints: { enum: ["="] } }, { name: "p", type: "string" }],
        primaryKey: "id",
        missingValues: [""],
        foreignKeys: [{ fields: "p", reference: { resource: "", fields: "id" } }],
      },
    };
    const { header, rows } = parseCsv('id,n,op,p\r\n"a",1.5,\'=,\r\na,2,=,zz\r\n,x,,a\r\n');
    expect(checkRows(r, header, rows, new Map()).map((e) => `${e.row}:${e.field}:${e.type}`)).toEqual([
      "1:n:type", "1:op:enum", "2:id:primary-key", "3:id:required", "3:n:type", "2:p:foreign-key",
    ]);
  });

  it("answers 304 to its ETag, HEAD without a body, 404 for an unknown dataset, 405 for POST, 400 for unknown parameters", async () => {
    const res = await get(DP);
    const etag = res.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await get(DP, { headers: { "If-None-Match": etag } })).status).toBe(304);
    const head = await get(DP, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toBe(etag);
    expect(await head.text()).toBe("");
    await expectProblem(await get("/v1/datasets/2021-00000000/datapackage.json"), 404);
    const post = await get(DP, { method: "POST" });
    await expectProblem(post, 405);
    expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(await get(`${DP}?x=1`), 400);
  });
});

describe("plain CSV (the data package's CSV) is exact", () => {
  it("writes text exactly as published by default and with _guard=0; _guard=1 guards it", async () => {
    const q = `${D}/tables/project-indicators.csv?id=p01-01&_fields=id,target,target_operator&_bom=0`;
    expect(text(await bytesOf(await get(`${q}&_guard=0`)))).toBe('id,target,target_operator\r\n"p01-01",=100%,=\r\n');
    expect(text(await bytesOf(await get(q)))).toBe('id,target,target_operator\r\n"p01-01",=100%,=\r\n');
    expect(text(await bytesOf(await get(`${q}&_guard=1`)))).toBe('id,target,target_operator\r\n"p01-01",\'=100%,\'=\r\n');
    await expectProblem(await get(`${q}&_guard=2`), 400);
  });
});

describe("download.zip", () => {
  const TABLES = [
    "summary-revenue", "summary-expenditure", "revenue-overview", "department-expenditure", "fiscal-summary-revenue", "fiscal-summary-expenditure",
    "general-budget-expenditure", "economic-classification-summary", "general-budget-basic-expenditure", "three-public-expenses", "government-fund-expenditure",
    "performance-goals", "performance-tasks", "performance-indicators", "projects", "project-indicators", "budget-lines", "classifications", "facts", "project-changes",
    "source",
  ];

  it("is a zip named in ASCII and Chinese, with README, descriptor, every table, checks and corrections", async () => {
    const res = await get(ZIP);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/zip");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const cd = res.headers.get("Content-Disposition")!;
    expect(cd).toMatch(/^attachment; filename="2021-0a69ee67\.zip"; filename\*=UTF-8''/);
    expect(decodeURIComponent(cd.split("UTF-8''")[1])).toBe("济源产城融合示范区工业和科技创新委员会2021年部门预算.zip");
    const files = unzipSync(await bytesOf(res));
    expect(Object.keys(files)).toEqual(["README.txt", "datapackage.json", "data/", ...TABLES.map((t) => `data/${t}.csv`), "checks.json", "corrections.json", "dataset.xlsx"]);
    expect(files["data/"]).toEqual(new Uint8Array(0));
  });

  it("holds the API's CSV bytes without a BOM (for programs; spreadsheets get dataset.xlsx), and a descriptor with relative paths and each file's size and SHA-256", async () => {
    const files = unzipSync(await bytesOf(await get(ZIP)));
    // The API's CSV less its BOM: text exactly as published, a file Excel does not open as its own (no live =100% formulas).
    const api = await bytesOf(await get(`${D}/tables/projects.csv`));
    expect([...api.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(files["data/projects.csv"]).toEqual(api.slice(3));
    const { body: served } = await getJson(DP);
    const packaged = JSON.parse(text(files["datapackage.json"]));
    schema("datapackage").parse(packaged);
    expect(packaged).not.toHaveProperty("homepage");
    for (const [i, r] of packaged.resources.entries()) {
      const bytes = files[r.path];
      expect(r.path).toBe(`data/${r.name}.csv`);
      // Every CSV of the zip holds the bytes of its API path (served without BOM), with no BOM of its own.
      expect([...bytes.slice(0, 3)], r.path).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes).toEqual(await bytesOf(await get(served.resources[i].path)));
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${await sha256(bytes)}`);
      // Apart from the file facts and the relative path, the same resource as the API's descriptor.
      const { bytes: _b, hash: _h, path: _p, ...rest } = r;
      const { path: _q, ...apiRest } = served.resources[i];
      expect(rest).toEqual(apiRest);
    }
    const { homepage: _hp, resources: _r1, ...head } = served;
    const { resources: _r2, ...packagedHead } = packaged;
    expect(packagedHead).toEqual(head);
  });

  it("has checks, corrections and a README that names the source, its SHA-256, the unit and the version", async () => {
    const files = unzipSync(await bytesOf(await get(ZIP)));
    const { body: meta } = await getJson(D);
    const checks = JSON.parse(text(files["checks.json"]));
    expect(checks).toMatchObject({ dataset: DATASET, version: meta.version, unit: "万元", summary: { total: 465, passed: 465, failed: 0 } });
    expect(checks.checks).toHaveLength(465);
    expect(checks.checks[0]).toEqual((await getJson(`${D}/checks`)).body.checks[0]);
    const corrections = JSON.parse(text(files["corrections.json"]));
    expect(corrections.corrections).toEqual(meta.corrections);
    expect(corrections.corrections).toHaveLength(70);
    const readme = text(files["README.txt"]);
    expect(readme.split("\r\n").slice(0, 11)).toEqual([
      "济源产城融合示范区工业和科技创新委员会2021年部门预算",
      "2021 department budget of 济源产城融合示范区工业和科技创新委员会",
      "",
      `数据集 Dataset: ${DATASET}`,
      `版本 Version: ${meta.version}（数据内容的哈希；数据一变即变 / a hash of the content: it changes whenever the data does）`,
      "发布单位 Publisher: 济源产城融合示范区工业和科技创新委员会",
      "来源 Source: 《济源产城融合示范区工业和科技创新委员会2021年部门预算》（济源产城融合示范区工业和科技创新委员会，2021 年）",
      "来源文件 Source document: 000_f6a8c17e7f596961.txt（110455 bytes, 1673 lines）",
      "SHA-256: 3232e83f6e88cd4692f604db75df9042f1a5dac9f49be576d56db997a0ded915",
      "许可 Licence: 发布单位未声明许可 / The publisher states no licence.",
      "",
    ]);
    expect(readme).toContain("金额单位 Unit: 万元（CNY，×10000）");
    expect(readme).toContain("核对 reconciliation checks: 465/465 项通过 pass");
    expect(readme).not.toContain("勾稽");
    // Names padded to the longest, data/general-budget-basic-expenditure.csv (41), plus two.
    expect(readme).toContain(`\r\n  ${"data/projects.csv".padEnd(43)}项目支出绩效目标表（25 行 rows）\r\n`);
    // Which file to open: the workbook in a spreadsheet, the CSVs (no BOM) in a program.
    expect(readme).toContain("\r\n  Spreadsheets (Excel, WPS, LibreOffice): open dataset.xlsx (Chinese headers, codes as text, amounts as numbers). Do not open the CSVs\r\n");
    expect(readme).toContain("\r\nCSV: UTF-8 without a byte-order mark, CRLF line ends,");
  });

  it("is the same bytes every time, with fixed 1980-01-01 timestamps, a content-hash ETag, 304 and HEAD", async () => {
    const a = await get(ZIP);
    const first = await bytesOf(a);
    const second = await bytesOf(await get(ZIP));
    expect(second).toEqual(first);
    // Local file header: signature, then DOS time (0 = 00:00:00) and date ((1980-1980)<<9 | 1<<5 | 1).
    const view = new DataView(first.buffer, first.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
    const etag = a.headers.get("ETag")!;
    expect(etag).toBe(`"${(await sha256(first)).slice(0, 32)}"`);
    expect(a.headers.get("Cache-Control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    const { body: meta } = await getJson(D);
    expect(a.headers.get("X-Dataset-Version")).toBe(meta.version);
    const cached = await get(ZIP, { headers: { "If-None-Match": etag } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("ETag")).toBe(etag);
    const head = await get(ZIP, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Type")).toBe("application/zip");
    expect((await bytesOf(head)).length).toBe(0);
  });

  it("404 for an unknown dataset, 405 for POST, 400 for any parameter", async () => {
    await expectProblem(await get("/v1/datasets/2021-00000000/download.zip"), 404);
    const post = await get(ZIP, { method: "DELETE" });
    await expectProblem(post, 405);
    expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(await get(`${ZIP}?format=json`), 400);
  });
});
