/** Aggregates over the budget lines: exact sums, classification names, grand totals. */
import { describe, expect, it } from "vitest";
import { D, get, getJson } from "./helpers";

const BY_CLASS = `${D}/aggregate?_group=class_code&table=general-budget-expenditure&measure=total&row_kind=item`;

describe("aggregate", () => {
  it("by 类 equals the 类 figures of the fiscal appropriation table", async () => {
    const { res, body } = await getJson(BY_CLASS);
    expect(res.status).toBe(200);
    expect(body.group_by).toEqual(["class_code"]);
    expect(body.rows.map((r: any) => [r.class_code, r.amount])).toEqual([
      ["205", 30],
      ["206", 2670.2],
      ["208", 312.6],
      ["215", 1474.6],
      ["221", 46.3],
    ]);
    expect(body.rows[0]).toEqual({ class_code: "205", class_name: "教育支出", amount: 30, count: 1 });
    expect(body.grand_total).toEqual({ amount: 4533.7, count: 15 });
    expect(body.columns.map((c: any) => [c.name, c.unit])).toEqual([
      ["class_code", null],
      ["class_name", null],
      ["amount", "万元"],
      ["count", null],
    ]);

    // The same figures, read from the fiscal appropriation table through the API.
    const fiscal = (await getJson(`${D}/tables/fiscal-summary-expenditure?general_budget__isnull=false&row_kind=item&_fields=class_code,general_budget`)).body.rows;
    expect(fiscal).toEqual(body.rows.map((r: any) => ({ class_code: r.class_code, general_budget: r.amount })));
  });

  it("accepts 类/款/项 and class/section as group names", async () => {
    const a = (await getJson(BY_CLASS.replace("_group=class_code", "_group=类"))).body.rows;
    const b = (await getJson(BY_CLASS.replace("_group=class_code", "_group=class"))).body.rows;
    expect(a).toEqual(b);
    const sections = (await getJson(BY_CLASS.replace("_group=class_code", "_group=款"))).body.rows;
    expect(sections.find((r: any) => r.section_code === "20508")).toEqual({ section_code: "20508", section_name: "进修及培训", amount: 30, count: 1 });
    const items = (await getJson(BY_CLASS.replace("_group=class_code", "_group=项"))).body.rows;
    expect(items.find((r: any) => r.code === "2150501")).toMatchObject({ code_name: "行政运行" });
  });

  it("is exact in yuan", async () => {
    const { body } = await getJson(`${BY_CLASS}&_unit=yuan`);
    expect(body.rows.map((r: any) => r.amount)).toEqual([300000, 26702000, 3126000, 14746000, 463000]);
    expect(body.grand_total.amount).toBe(45337000);
    expect(body.columns.find((c: any) => c.name === "amount").unit).toBe("元");
  });

  it("groups by several keys, sorts and selects the output", async () => {
    const { body } = await getJson(`${D}/aggregate?_group=table,measure&row_kind=total&measure__in=total,amount&_sort=-amount,table&_fields=table,amount`);
    expect(body.rows.slice(0, 2)).toEqual([
      { table: "department-expenditure", amount: 4536.7 },
      { table: "summary-expenditure", amount: 4536.7 },
    ]);
    expect(body.rows.every((r: any) => Object.keys(r).join() === "table,amount")).toBe(true);
  });

  it("without _group gives the grand total only", async () => {
    const { body } = await getJson(`${D}/aggregate?table=projects&measure=current_year_amount`);
    expect(body.rows).toEqual([{ amount: 3219.8, count: 25 }]);
    expect(body.grand_total).toEqual({ amount: 3219.8, count: 25 });
  });

  it("serves CSV with names", async () => {
    const res = await get(`${D}/aggregate.csv?_group=class_code&table=general-budget-expenditure&measure=total&row_kind=item&_bom=0&_header=labels`);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(await res.text()).toBe(
      "类,类名称,金额（万元）,行数\r\n" +
        '"205",教育支出,30,1\r\n"206",科学技术支出,2670.2,6\r\n"208",社会保障和就业支出,312.6,3\r\n"215",资源勘探工业信息等支出,1474.6,4\r\n"221",住房保障支出,46.3,1\r\n',
    );
  });

  it("rejects what it cannot do, naming the parameter", async () => {
    for (const [q, param] of [
      ["_group=row_kind", "_group"],
      ["_group=clas", "_group"],
      ["_size=10", "_size"],
      ["_sort=amount_x", "_sort"],
      ["tabel=x", "tabel"],
    ]) {
      const res = await get(`${D}/aggregate?${q}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors.map((e: any) => e.param)).toEqual([param]);
    }
  });
});
