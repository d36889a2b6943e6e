/**
 * The source page and the line map: every line of the document with its role and the rows it
 * became, served as a table (every format) and as a page where each line is an anchor.
 */
import { describe, expect, it } from "vitest";
import { D, DATASET, get, getJson } from "./helpers";

const HTML = { Accept: "text/html" };

describe("the line map", () => {
  it("is the table source: one row per line of the document, none unread", async () => {
    const { body } = await getJson(`${D}/tables/source?_size=5&role=row&table=department-expenditure`);
    expect(body.total).toBe(17);
    expect(body.rows.slice(0, 2).map((r: any) => [r.id, r.source_line, r.role, r.section, r.table, r.row_ids])).toEqual([
      ["L55", 55, "row", "2021年部门支出总体情况表", "department-expenditure", "total"],
      ["L56", 56, "row", "2021年部门支出总体情况表", "department-expenditure", "department"],
    ]);
    const { body: meta } = await getJson(D);
    expect(meta.tables.find((t: any) => t.id === "source").row_count).toBe(1673);
  });

  it("is served at /v1/datasets/{id}/source too, in every format, the same rows", async () => {
    const { body: a } = await getJson(`${D}/source?role=title&_size=3`);
    const { body: b } = await getJson(`${D}/tables/source?role=title&_size=3`);
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.map((r: any) => [r.id, r.text])).toEqual([
      ["L3", "2021年部门收支总体情况表"],
      ["L40", "2021年部门收入总体情况表"],
      ["L46", "2021年部门支出总体情况表"],
    ]);
    const csv = await (await get(`${D}/source.csv?_bom=0&role=unit-line&_size=1&_fields=id,role,text`)).text();
    expect(csv).toBe('id,role,text\r\n"L5",unit-line,单位：济源产城融合示范区工业和科技创新委员会\r\n');
  });

  it("names the corrections of a line and prints masked mobiles only", async () => {
    const { body } = await getJson(`${D}/tables/source?corrections__contains=personal-mobile`);
    expect(body.total).toBe(2);
    for (const r of body.rows) expect(r.text).toMatch(/\d{3}\*{4}\d{4}/);
  });
});

describe("the source page", () => {
  it("shows every line as an anchor, its role in Chinese and the rows it became, linked", async () => {
    const res = await get(`/datasets/${DATASET}/source`, { headers: HTML });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html.match(/<tr id="L\d+"/g)).toHaveLength(1673);
    const line56 = html.slice(html.indexOf('<tr id="L56"'), html.indexOf('<tr id="L57"'));
    expect(line56).toContain('<a href="#L56">56</a>');
    expect(line56).toContain("数据行");
    // Links relative to /datasets/{id}/source: to the table filtered to the row, or to the project.
    expect(line56).toContain('<a href="tables/department-expenditure?id=department" title="部门支出总体情况表">department</a>');
    expect(line56).toContain("<td> │  │  │  │ 济源产城融合示范区工业和科技创新委员会 │ 4,536.7 │ 1,313.9 │ 944.9");
    const line515 = html.slice(html.indexOf('<tr id="L515"'), html.indexOf('<tr id="L516"'));
    expect(line515).toContain("联系电话 │ 151****6896</td>");
    expect(line515).toContain('<a href="projects/p05" title="项目支出绩效目标表">p05</a>');
    expect(line515).toContain("已修正");
    // A line of a two-sided table is a row of each side, each linked to its own table.
    const line83 = html.slice(html.indexOf('<tr id="L83"'), html.indexOf('<tr id="L84"'));
    expect(line83).toContain('<a href="tables/fiscal-summary-revenue?id=r01" title="财政拨款收支总体情况表（收入）">r01</a> <a href="tables/fiscal-summary-expenditure?id=201" title="财政拨款收支总体情况表（支出）">201</a>');
    // Each section's title once, above its lines.
    expect(html).toContain('<tr class="section"><th colspan="4" scope="rowgroup">2021年部门支出总体情况表</th></tr><tr id="L46">');
    // One heading per printed title: every page of a budget table, the goals table, 25 project sheets.
    expect(html.match(/<tr class="section">/g)).toHaveLength(40);
    expect(html.length).toBeLessThan(400_000);
  });

  it("is where a row's source line leads from the table page, and the dataset page links it", async () => {
    const table = await (await get(`/datasets/${DATASET}/tables/department-expenditure?_fields=id,source_line,total`, { headers: HTML })).text();
    expect(table).toContain(`<a href="/datasets/${DATASET}/source#L56">56</a>`);
    const english = await (await get(`/en/datasets/${DATASET}/tables/department-expenditure?_fields=id,source_line,total`, { headers: HTML })).text();
    expect(english).toContain(`<a href="/en/datasets/${DATASET}/source#L56">56</a>`);
    const project = await (await get(`/datasets/${DATASET}/projects/p01`, { headers: HTML })).text();
    expect(project).toContain(`<a href="/datasets/${DATASET}/source#L275">看原文这一页</a>`);
    const dataset = await (await get(`/datasets/${DATASET}`, { headers: HTML })).text();
    expect(dataset).toContain(`<a href="/datasets/${DATASET}/source">逐行看原文</a>`);
  });

  it("is in English under /en, with the line roles as the API names them", async () => {
    const html = await (await get(`/en/datasets/${DATASET}/source`, { headers: HTML })).text();
    const line56 = html.slice(html.indexOf('<tr id="L56"'), html.indexOf('<tr id="L57"'));
    expect(line56).toContain("<td>row</td>");
    expect(html).toContain("All 1673 lines of the published document");
  });

  it("is a 404 page for a dataset that does not exist", async () => {
    const res = await get("/datasets/1999-00000000/source", { headers: HTML });
    expect(res.status).toBe(404);
  });
});
