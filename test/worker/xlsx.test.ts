/**
 * XLSX through the real Worker: headers, the parts of the workbook, one set of bytes however
 * the format is asked for, filters and _fields applied, the dataset workbook, the zip's
 * dataset.xlsx and BOM CSVs, and the size bound.
 */
import { raw } from "./bundled-data";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import { MAX_XLSX_ROWS } from "../../src/render/xlsx/table";
import { TABLE_LIST } from "../../src/schema/tables";
import { D, DATASET, expectProblem, get, getJson } from "./helpers";

const T = `${D}/tables`;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PARTS = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const xml = (files: Record<string, Uint8Array>, path: string) => new TextDecoder().decode(files[path]);
/** Rows of a sheet's XML (row elements with at least one cell). */
const rowCount = (sheet: string) => (sheet.match(/<row /g) ?? []).length;
const sheetNamesOf = (files: Record<string, Uint8Array>) => [...xml(files, "xl/workbook.xml").matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);

describe("XLSX of a table", () => {
  it("is a workbook download named in ASCII and Chinese, of the OOXML parts, a 说明 sheet and the data sheet", async () => {
    const res = await get(`${T}/projects.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    const cd = res.headers.get("Content-Disposition")!;
    expect(cd).toMatch(/^attachment; filename="2021-0a69ee67-projects\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(cd.split("UTF-8''")[1])).toBe("济源产城融合示范区工业和科技创新委员会2021年部门预算-项目支出绩效目标表.xlsx");
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{32}"$/);
    const files = unzipSync(await bytesOf(res));
    expect(Object.keys(files)).toEqual([...PARTS, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
    expect(sheetNamesOf(files)).toEqual(["说明", "项目支出绩效目标表"]);
    const data = xml(files, "xl/worksheets/sheet2.xml");
    expect(rowCount(data)).toBe(1 + 25);
    expect(data).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(data).toContain('<autoFilter ref="A1:Y26"/>');
    expect(data).not.toContain("<f>");
    expect(xml(files, "xl/workbook.xml")).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'项目支出绩效目标表'!$A$1:$Y$26</definedName>`);
    // The 说明 sheet lists the columns: name, 中文, type, the Chinese description, the English one; and the table's Chinese description.
    const strings = xml(files, "xl/sharedStrings.xml");
    for (const s of ["列名", "说明", "英文说明 description", "total_amount", "项目总金额", "金额（万元）", "项目总金额（万元）", "项目总金额（万元）。原表空白处为空值，不是 0。", "每张项目支出绩效目标表一行：项目名称、金额、用途、负责人和各项说明。"])
      expect(strings, s).toContain(`<t xml:space="preserve">${s}</t>`);
  });

  it("gives the same bytes for .xlsx, ?format=xlsx and Accept, and the same bytes every time", async () => {
    const q = "?_fields=id,name,total_amount&_sort=-total_amount";
    const a = await bytesOf(await get(`${T}/projects.xlsx${q}`));
    const b = await bytesOf(await get(`${T}/projects${q}&format=xlsx`));
    const accept = await get(`${T}/projects${q}`, { headers: { Accept: XLSX } });
    expect(accept.headers.get("Content-Type")).toBe(XLSX);
    const c = await bytesOf(accept);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(await bytesOf(await get(`${T}/projects.xlsx${q}`))).toEqual(a);
    // zip entries carry 1980-01-01 00:00 (DOS date 0x21, time 0), so no clock reaches the bytes.
    const view = new DataView(a.buffer, a.byteOffset);
    expect([view.getUint32(0, true), view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0x04034b50, 0, 0x21]);
  });

  it("applies filters and _fields exactly like CSV", async () => {
    const q = "project_id=p01&_fields=id,target,target_value";
    const { body } = await getJson(`${T}/project-indicators?${q}&_size=1000`);
    expect(body.total).toBe(27);
    const files = unzipSync(await bytesOf(await get(`${T}/project-indicators.xlsx?${q}`)));
    const data = xml(files, "xl/worksheets/sheet2.xml");
    expect(rowCount(data)).toBe(1 + 27);
    expect(data).toContain('<autoFilter ref="A1:C28"/>');
    const strings = xml(files, "xl/sharedStrings.xml");
    expect(strings).toContain('<t xml:space="preserve">编号</t><');
    expect(strings).not.toContain("项目名称");
    // =100% is a shared string (t="s"), never a formula.
    expect(strings).toContain('<t xml:space="preserve">=100%</t>');
    expect(data).not.toContain("<f>");
    // The CSV of the same query has as many rows.
    expect((await (await get(`${T}/project-indicators.csv?${q}&_bom=0`)).text()).trimEnd().split("\r\n")).toHaveLength(1 + 27);
  });

  it("serves aggregates over one dataset and all of them as XLSX, coded values in Chinese", async () => {
    for (const path of [`${D}/aggregate.xlsx?_group=fund`, `/v1/aggregate.xlsx?_group=fund`, `${D}/aggregate?_group=fund&format=xlsx`]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("Content-Type")).toBe(XLSX);
      const files = unzipSync(await bytesOf(res));
      const { body } = await getJson(path.replace(".xlsx", "").replace("&format=xlsx", ""));
      expect(rowCount(xml(files, "xl/worksheets/sheet2.xml"))).toBe(1 + body.rows.length);
      expect(xml(files, "xl/sharedStrings.xml")).toContain('<t xml:space="preserve">一般公共预算</t>');
    }
    // One dataset in the catalogue: the sum across datasets is named after it.
    expect((await get("/v1/aggregate.xlsx?_group=fund")).headers.get("Content-Disposition")).toMatch(/^attachment; filename="2021-0a69ee67-aggregate\.xlsx"/);
  });

  it("is refused past the size bound with a 400 that says to filter", async () => {
    const big = structuredClone(raw);
    const rows = big.datasets[0].tables["project-indicators"];
    const copies = Math.ceil((MAX_XLSX_ROWS + 1) / rows.length);
    big.datasets[0].tables["project-indicators"] = Array.from({ length: copies }, () => rows).flat();
    const app = createApp(bundledStore(big));
    const res = await app.request(`http://api.test${T}/project-indicators.xlsx`);
    const problem = await expectProblem(res, 400);
    expect(problem.type).toBe("/v1/problems/invalid-query");
    expect(problem.detail).toBe(`An XLSX holds at most 10,000 rows and 250,000 cells; this request has ${rows.length * copies} rows of 12 columns.`);
    expect(problem.errors).toEqual([{ param: "format", message: expect.stringContaining("Filter the rows") }]);
    // Filtered down, the same table is served.
    expect((await app.request(`http://api.test${T}/project-indicators.xlsx?project_id=p01`)).status).toBe(200);
    expect((await app.request(`http://api.test${T}/project-indicators.csv`)).status).toBe(200);
  });
});

describe("the dataset workbook", () => {
  const W = `${D}/download.xlsx`;

  it("has a 说明 sheet and one sheet per table, named by title (≤ 31 characters, unique, valid)", async () => {
    const res = await get(W);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    const cd = res.headers.get("Content-Disposition")!;
    expect(cd).toMatch(/^attachment; filename="2021-0a69ee67\.xlsx"; filename\*=UTF-8''/);
    const bytes = await bytesOf(res);
    expect(res.headers.get("ETag")).toBe(`"${[...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 32)}"`);
    const files = unzipSync(bytes);
    const names = sheetNamesOf(files);
    const { body: meta } = await getJson(D);
    expect(names).toEqual(["说明", ...meta.tables.map((t: { title_zh: string }) => t.title_zh)]);
    expect(names).toHaveLength(22);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(22);
    for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    // Each table's sheet holds its header and every row.
    meta.tables.forEach((t: { row_count: number }, i: number) => expect(rowCount(xml(files, `xl/worksheets/sheet${i + 2}.xml`))).toBe(1 + t.row_count));
    const strings = xml(files, "xl/sharedStrings.xml");
    for (const s of [meta.title_zh, DATASET, meta.department, meta.version, meta.source.file, `/v1/datasets/${DATASET}/download.xlsx（本 API / this API）`, "工作表 Sheets", "列 Columns"]) expect(strings).toContain(s);
    expect(Object.keys(files).filter((p) => p.startsWith("xl/worksheets/"))).toHaveLength(22);
    expect(TABLE_LIST).toHaveLength(21);
    expect((await get(W, { headers: { "If-None-Match": res.headers.get("ETag")! } })).status).toBe(304);
    await expectProblem(await get(`${W}?x=1`), 400);
    await expectProblem(await get("/v1/datasets/2021-00000000/download.xlsx"), 404);
  });

  it("is in the zip as dataset.xlsx, byte for byte, next to CSVs for programs, without a BOM (so Excel never opens them as its own)", async () => {
    const files = unzipSync(await bytesOf(await get(`${D}/download.zip`)));
    expect(files["dataset.xlsx"]).toEqual(await bytesOf(await get(W)));
    const csvs = Object.keys(files).filter((p) => p.endsWith(".csv"));
    expect(csvs).toHaveLength(21);
    for (const p of csvs) expect([...files[p].slice(0, 3)], p).not.toEqual([0xef, 0xbb, 0xbf]);
  });
});
