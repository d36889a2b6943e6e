/**
 * The API understands what people type: the Chinese labels the pages show name columns in
 * filters, _sort and _fields; an unknown name gets a hint of what was meant (nearest names
 * and labels, the *_amount columns for amount, _size and _next for size/limit/page/offset);
 * an unknown extension names the formats offered.
 */
import { describe, expect, it } from "vitest";
import { raw } from "./bundled-data";
import { D, expectProblem, get, getJson } from "./helpers";

const P = `${D}/tables/projects`;
const messageOf = async (path: string, param: string) => {
  const body = await expectProblem(await get(path), 400);
  return (body.errors as { param: string; message: string }[]).find((e) => e.param === param)?.message;
};

describe("Chinese labels as column names", () => {
  it("filter, sort and choose columns by label, with the same rows as by name", async () => {
    const byLabel = await getJson(`${P}?${new URLSearchParams({ 项目名称__contains: "培训", _sort: "-项目本年度金额", _fields: "id,项目名称,项目本年度金额（万元）" })}`);
    const byName = await getJson(`${P}?name__contains=培训&_sort=-current_year_amount&_fields=id,name,current_year_amount`);
    expect(byLabel.res.status).toBe(200);
    expect(byLabel.body.rows).toEqual(byName.body.rows);
    expect(byLabel.body.rows.map((r: any) => r.id)).toEqual(["p09"]);
    expect(Object.keys(byLabel.body.rows[0])).toEqual(["id", "name", "current_year_amount"]);
    // A label with spaces matches without them; an exact filter by label too.
    const coded = await getJson(`${D}/tables/department-expenditure?${new URLSearchParams({ 基本支出小计__gt: "0", _fields: "id,基本支出 小计" })}`);
    expect(coded.res.status).toBe(200);
    expect(coded.body.total).toBe(raw.datasets[0]!.tables["department-expenditure"]!.filter((r) => (r.basic_total as number) > 0).length);
    expect(coded.body.total).toBe(9);
    expect(Object.keys(coded.body.rows[0])).toEqual(["id", "basic_total"]);
  });

  it("the table page takes the labels too", async () => {
    const res = await get(`/datasets/2021-0a69ee67/tables/projects?${new URLSearchParams({ 项目名称__contains: "培训" })}`, { headers: { Accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<data value="1">1</data>');
  });
});

describe("hints for what people type", () => {
  it("_sort=-amount suggests the *_amount columns", async () => {
    expect(await messageOf(`${P}?_sort=-amount`, "_sort")).toMatch(
      /^Unknown column 'amount'\. Did you mean 'total_amount' or 'current_year_amount' or 'last_year_total_amount' or 'last_year_amount'\? Columns: /,
    );
  });

  it("a label typed with a slip suggests the column, with its label", async () => {
    expect(await messageOf(`${P}?${new URLSearchParams({ 项目名: "x" })}`, "项目名")).toMatch(/^Unknown column '项目名'\. Did you mean 'name' \(项目名称\) or 'overview' \(项目概况\)\? Columns: /);
  });

  it("size, limit, page and offset hint at _size and _next", async () => {
    for (const word of ["size", "limit", "page", "offset"]) {
      expect(await messageOf(`${P}?${word}=10`, word)).toBe(
        `Unknown column '${word}'. To page through rows, use _size (rows per page, 1 to 1000) and follow the next link (its _next cursor); there is no page number or offset. Columns: id, source_file, source_line, name, unit_name, fund_type, unit_code, purpose, leaders, contacts, phone, start_date, end_date, total_amount, current_year_amount, last_year_total_amount, last_year_amount, overview, basis, necessity, measures, plan, remarks, overall_goal, annual_goal.`,
      );
    }
    expect(await messageOf(`${P}?sort=name`, "sort")).toContain("To sort, use _sort=col (or _sort=-col, descending).");
  });

  it("an unknown extension is a 404 naming the formats offered", async () => {
    for (const ext of ["xls", "tsv"]) {
      const body = await expectProblem(await get(`${P}.${ext}`), 404);
      expect(body.detail).toBe(`No format '.${ext}' for table 'projects'. Formats offered: .json, .csv, .ndjson, .xlsx (e.g. projects.xlsx for Excel and WPS, projects.csv for programs).`);
    }
    // Not a table with a dot: the usual 404 with its did-you-mean.
    expect((await expectProblem(await get(`${D}/tables/projectz`), 404)).detail).toMatch(/^No table 'projectz' in dataset '2021-0a69ee67'\. Did you mean 'projects'\?/);
  });
});

describe("the hints in Chinese on a browser's error page", () => {
  it("size=10 on the table page: the hint at _size and _next, in Chinese", async () => {
    const res = await get("/datasets/2021-0a69ee67/tables/projects?size=10", { headers: { Accept: "text/html" } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      '<ul id="problem-errors-zh"><li><code>size</code>：<bdi>没有“size”这一列。翻页请用 _size（每页行数，1 到 1000），并沿“下一页”链接（_next）往下翻；没有页码或偏移量参数。</bdi></li></ul>',
    );
    const sort = await (await get(`/datasets/2021-0a69ee67/tables/projects?_sort=-amount`, { headers: { Accept: "text/html" } })).text();
    expect(sort).toContain("<bdi>没有“amount”这一列。是不是想写 “total_amount”或“current_year_amount”或“last_year_total_amount”或“last_year_amount”？</bdi>");
  });
});
