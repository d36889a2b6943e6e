/** Aggregates over the facts: exact sums equal to printed figures, names, shares, and refusals of overlapping sums. */
import { describe, expect, it } from "vitest";
import { D, expectProblem, get, getJson } from "./helpers";

/** A printed figure of the dataset, read through the API: table, row, column. */
async function printed(table: string, row: string, column: string): Promise<number> {
  const { body } = await getJson(`${D}/tables/${table}/rows/${row}`);
  return body.row[column];
}

describe("aggregate over facts", () => {
  it("by 类 answers the department's printed total, with shares", async () => {
    const { res, body } = await getJson(`${D}/aggregate?_group=class_code&_sort=-amount`);
    expect(res.status).toBe(200);
    expect(body.source).toBe("facts");
    expect(body.grand_total).toEqual({ amount: 4536.7, count: 26 });
    expect(body.grand_total.amount).toBe(await printed("department-expenditure", "total", "total"));
    expect(body.rows.map((r: any) => [r.class_code, r.class_name, r.amount, r.share])).toEqual([
      ["206", "科学技术支出", 2670.2, 58.86],
      ["215", "资源勘探工业信息等支出", 1477.6, 32.57],
      ["208", "社会保障和就业支出", 312.6, 6.89],
      ["221", "住房保障支出", 46.3, 1.02],
      ["205", "教育支出", 30, 0.66],
    ]);
    expect(body.summed).toContain("direction=expenditure (the default");
    expect(body.columns.map((c: any) => [c.name, c.unit])).toEqual([
      ["class_code", null],
      ["class_name", null],
      ["amount", "万元"],
      ["share", null],
      ["count", null],
    ]);
  });

  it("the general budget of 科学技术 is the printed 2,670.2, not whole + 其中 part", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=fund,class_code&fund=general_budget`);
    const rows = Object.fromEntries(body.rows.map((r: any) => [r.class_code, r.amount]));
    for (const code of ["205", "206", "208", "215", "221"]) expect(rows[code]).toBe(await printed("fiscal-summary-expenditure", code, "general_budget"));
    expect(rows["206"]).toBe(2670.2);
    expect(body.grand_total.amount).toBe(await printed("fiscal-summary-expenditure", "total", "general_budget"));
  });

  it("drills down 类 → 款 → 项 with official names", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=类,款,项`);
    expect(body.group_by).toEqual(["class_code", "section_code", "code"]);
    expect(body.rows.find((r: any) => r.code === "2150501")).toEqual({
      class_code: "215",
      class_name: "资源勘探工业信息等支出",
      section_code: "21505",
      section_name: "工业和信息产业监管",
      code: "2150501",
      code_name: "行政运行",
      amount: 706,
      share: 15.56,
      count: 3,
    });
    expect(body.rows).toHaveLength(15);
  });

  it("by spending and kind equals the summary's rows", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=spending,economic_kind`);
    expect(body.rows.map((r: any) => [r.spending, r.economic_kind, r.economic_kind_label, r.amount])).toEqual([
      ["basic", "individuals", "对个人和家庭的补助", 264],
      ["basic", "operating", "公用经费", 105],
      ["basic", "salaries", "工资福利支出", 944.9],
      ["project", "general_project", "一般性项目", 283.7],
      ["project", "special_fund", "专项资金", 2939.1],
    ]);
    const basic = (await getJson(`${D}/aggregate?spending=basic`)).body.grand_total.amount;
    expect(basic).toBe(await printed("summary-expenditure", "e01", "total"));
  });

  it("by economic class: 工资福利支出 (301) and 对个人和家庭的补助 (303) as printed, the rest not determined by the document", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=经济分类`);
    expect(body.rows.map((r: any) => [r.economic_class, r.economic_class_name, r.amount, r.count])).toEqual([
      ["301", "工资福利支出", 944.9, 5],
      ["303", "对个人和家庭的补助", 264, 4],
      [null, null, 3327.8, 17],
    ]);
    expect(body.grand_total.amount).toBe(4536.7);
  });

  it("by unit carries each unit's name (null where the document prints no unit rows)", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=unit_code`);
    expect(body.rows.map((r: any) => [r.unit_code, r.unit_name, r.amount])).toEqual([["017", null, 4536.7]]);
  });

  it("revenue by source adds up to 收入合计", async () => {
    const { body } = await getJson(`${D}/aggregate?direction=revenue&_group=revenue_source`);
    expect(body.rows.map((r: any) => [r.revenue_source, r.amount])).toEqual([
      ["一般公共预算收入", 3823.7],
      ["上级预拨", 710],
      ["部门结转", 3],
    ]);
    expect(body.grand_total.amount).toBe(await printed("summary-revenue", "r15", "amount"));
  });

  it("is exact in yuan", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=class_code&_unit=yuan`);
    expect(body.rows.map((r: any) => r.amount)).toEqual([300000, 26702000, 3126000, 14776000, 463000]);
    expect(body.grand_total.amount).toBe(45367000);
  });

  it("grouped by direction shows both sides and withholds the grand total", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=direction`);
    expect(body.rows.map((r: any) => [r.direction, r.amount, r.share])).toEqual([
      ["expenditure", 4536.7, null],
      ["revenue", 4536.7, null],
    ]);
    expect(body.grand_total).toEqual({ amount: null, count: 29 });
  });

  it("serves CSV with names", async () => {
    const res = await get(`${D}/aggregate.csv?_group=class_code&fund=general_budget&_bom=0&_header=labels`);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(await res.text()).toBe(
      "类,类名称,金额（万元）,占比（%）,行数\r\n" +
        '"205",教育支出,30,0.66,1\r\n"206",科学技术支出,2670.2,58.9,6\r\n"208",社会保障和就业支出,312.6,6.9,5\r\n"215",资源勘探工业信息等支出,1474.6,32.53,12\r\n"221",住房保障支出,46.3,1.02,1\r\n',
    );
  });
});

describe("aggregate refuses sums that count money twice", () => {
  it("revenue with expenditure", async () => {
    const body = await expectProblem(await get(`${D}/aggregate?direction__in=revenue,expenditure`), 400);
    expect(body.type).toBe("/v1/problems/overlapping-sum");
    expect(body.errors.map((e: any) => e.param)).toEqual(["direction"]);
  });

  it("budget-lines filters on the facts, with what to ask instead", async () => {
    const body = await expectProblem(await get(`${D}/aggregate?_group=class_code&table=general-budget-expenditure&measure=total&row_kind=item`), 400);
    expect(body.errors.map((e: any) => e.param)).toEqual(["row_kind"]);
    expect(body.errors[0].message).toContain("source=budget-lines&_raw=1");
  });

  it("budget lines without _raw=1", async () => {
    const body = await expectProblem(await get(`${D}/aggregate?source=budget-lines&_group=class_code`), 400);
    expect(body.type).toBe("/v1/problems/overlapping-sum");
    expect(body.errors.map((e: any) => e.param)).toEqual(["_raw"]);
  });

  it("raw lines of several tables, measures, totals, periods or two breakdowns", async () => {
    const raw = `${D}/aggregate?source=budget-lines&_raw=1`;
    const cases: [string, string[]][] = [
      ["", ["table", "measure", "period", "row_kind"]],
      ["&measure=total&row_kind=item", ["table"]],
      ["&table=department-expenditure", ["measure", "row_kind"]],
      ["&table=projects", ["measure", "period"]],
      ["&table=summary-expenditure&measure=total&row_kind=item", ["item"]],
      ["&table=three-public-expenses&measure=amount&row_kind__ne=total", ["row_kind"]],
    ];
    for (const [q, params] of cases) {
      const body = await expectProblem(await get(raw + q), 400);
      expect([q, body.type, body.errors.map((e: any) => e.param)]).toEqual([q, "/v1/problems/overlapping-sum", params]);
    }
  });

  it("a raw sum over one table's item lines, saying what it summed", async () => {
    const { res, body } = await getJson(`${D}/aggregate?source=budget-lines&_raw=1&_group=class_code&table=general-budget-expenditure&measure=total&row_kind=item`);
    expect(res.status).toBe(200);
    expect(body.source).toBe("budget-lines");
    expect(body.rows.map((r: any) => [r.class_code, r.class_name, r.amount])).toEqual([
      ["205", "教育支出", 30],
      ["206", "科学技术支出", 2670.2],
      ["208", "社会保障和就业支出", 312.6],
      ["215", "资源勘探工业信息等支出", 1474.6],
      ["221", "住房保障支出", 46.3],
    ]);
    expect(body.grand_total).toEqual({ amount: 4533.7, count: 15 });
    expect(body.summed).toBe("15 budget lines of general-budget-expenditure, measure total (总计), none a total, copy or 其中 part of another of them (a raw sum: source=budget-lines&_raw=1).");
    const projects = (await getJson(`${D}/aggregate?source=budget-lines&_raw=1&table=projects&measure=current_year_amount`)).body;
    expect(projects.grand_total).toEqual({ amount: await printed("summary-expenditure", "e05", "current_year"), count: 25 });
  });

  it("rejects what it cannot do, naming the parameter", async () => {
    for (const [q, param] of [
      ["_group=row_kind", "_group"],
      ["_group=clas", "_group"],
      ["_size=10", "_size"],
      ["_sort=amount_x", "_sort"],
      ["tabel=x", "tabel"],
      ["source=lines", "source"],
      ["_raw=1", "_raw"],
    ]) {
      const res = await get(`${D}/aggregate?${q}`);
      expect(res.status).toBe(400);
      expect([q, ((await res.json()) as any).errors.map((e: any) => e.param)]).toEqual([q, [param]]);
    }
  });
});
