/**
 * The reader of the coded tables on small fixtures: a header of any width and order mapped to
 * the template's vocabulary, rows told apart by content, departments of several units, and
 * every line claimed.
 */
import { describe, expect, it } from "vitest";
import { TABLES, type TableDef } from "../../src/schema/tables";
import { LineMap } from "../../scripts/pipeline/line-map";
import { parseCoded } from "../../scripts/pipeline/parse/coded";
import { headerPaths, mapColumns } from "../../scripts/pipeline/parse/header";
import { Checker } from "../../scripts/pipeline/reconcile/checker";
import { checkCoded } from "../../scripts/pipeline/reconcile/within-coded";
import type { Section } from "../../scripts/pipeline/segment";
import type { SourceRow } from "../../scripts/pipeline/source-rows";
import { CODED_TABLE_VOCABULARY } from "../../scripts/pipeline/template";

const rows = (lines: string[], first = 10): SourceRow[] => lines.map((l, i) => ({ line: first + i, cells: l.split("\t").map((c) => c.trim()) }));

function section(title: string, pages: string[][]): Section {
  let line = 10;
  const rowPages = pages.map((p) => {
    const r = rows(p, line);
    line += p.length + 5;
    return r;
  });
  return { kind: "budget-table", title, printedTitle: `2023年${title}`, line: 1, endLine: line, year: 2023, unitName: "某局", fundType: null, pages: rowPages, notes: [] };
}

function read(title: string, def: TableDef, pages: string[][]) {
  const lines = new LineMap("f.txt");
  const table = parseCoded({ file: "f.txt", lines }, section(title, pages), def);
  const checker = new Checker();
  checkCoded(checker, table);
  return { table, lines, checks: checker.checks };
}

const pick = (row: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));

describe("header paths", () => {
  it("spans a merged group word over the columns it heads, and not over a column that heads nothing", () => {
    const paths = headerPaths(rows(["科目编码\t\t\t单位代码\t单位(科目名称)\t总计\t基本支出\t\t\t项目支出", "类\t款\t项\t\t\t\t小计\t工资福利支出\t公用经费\t小计", "**\t**\t**\t**\t**\t1\t2\t3\t4\t5"]));
    expect(paths.map((p) => p.path.join("/"))).toEqual([
      "科目编码/类", "科目编码/款", "科目编码/项", "单位代码", "单位(科目名称)", "总计", "基本支出/小计", "基本支出/工资福利支出", "基本支出/公用经费", "项目支出/小计",
    ]);
  });

  it("reads a header of 6 columns or of 14, in any order, into the same columns", () => {
    const vocab = { ...CODED_TABLE_VOCABULARY["支出经济分类汇总表"]! };
    const narrow = mapColumns("f.txt", "t", rows(["经济分类科目编码\t科目名称\t项目支出\t合计\t公用经费\t人员经费"]), vocab);
    expect(Object.fromEntries(narrow.amounts)).toEqual({ project_total: 2, total: 3, operating: 4, personnel: 5 });
    const wide = mapColumns(
      "f.txt",
      "t",
      rows(["科目编码\t\t科目名称\t合计\t基本支出\t\t\t项目支出\t一般公共预算\t政府性基金\t国有资本经营预算\t事业收入\t上年结转\t其他收入", "类\t款\t\t\t小计\t人员经费\t公用经费"]),
      vocab,
    );
    expect(Object.fromEntries(wide.keys)).toEqual({ class: 0, section: 1, name: 2 });
    expect(Object.fromEntries(wide.amounts)).toEqual({ total: 3, basic_total: 4, personnel: 5, operating: 6, project_total: 7, general_budget: 8, government_fund: 9, state_capital: 10, institution_revenue: 11, carryover: 12, other_revenue: 13 });
  });

  it("refuses a word outside the vocabulary, naming its line and the nearest known words", () => {
    expect(() => mapColumns("f.txt", "2023年一般公共预算基本支出情况表", rows(["科目编码\t科目名称\t合计\t人员经费\t公务经费"], 42), CODED_TABLE_VOCABULARY["一般公共预算基本支出情况表"]!)).toThrow(
      'f.txt:42: [unknown-header] 2023年一般公共预算基本支出情况表: header word "公务经费" (column 5) is not a word of the template; nearest known words: 公用经费, 人员经费, 科目编码',
    );
  });

  it("refuses two columns of one meaning", () => {
    expect(() => mapColumns("f.txt", "t", rows(["科目编码\t科目名称\t合计\t总计"], 7), CODED_TABLE_VOCABULARY["一般公共预算基本支出情况表"]!)).toThrow("f.txt:7: [unknown-header] t: columns 3 and 4 both read as total");
  });
});

describe("the coded reader", () => {
  it("reads an economic table with codes in two columns, 合计 last, continued on a second page, and claims its header lines", () => {
    const header = ["部门预算经济分类科目编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费", "类\t款"];
    const { table, lines, checks } = read("一般公共预算基本支出情况表", TABLES.generalBudgetBasic, [
      [...header, "301\t\t工资福利支出\t30.5\t30.5", "301\t01\t基本工资\t20.0\t20.0", "\t02\t津贴补贴\t10.5\t10.5"],
      [...header, "302\t\t商品和服务支出\t4.0\t\t4.0", "302\t01\t办公费\t4.0\t\t4.0", "\t\t合计\t34.5\t30.5\t4.0"],
    ]);
    expect(table.rows.map((r) => pick(r, ["id", "row_kind", "code", "class_code", "item_part", "name", "total", "personnel", "operating"]))).toEqual([
      { id: "301", row_kind: "class", code: "301", class_code: "301", item_part: null, name: "工资福利支出", total: 3050, personnel: 3050, operating: null },
      { id: "30101", row_kind: "item", code: "30101", class_code: "301", item_part: "01", name: "基本工资", total: 2000, personnel: 2000, operating: null },
      { id: "30102", row_kind: "item", code: "30102", class_code: "301", item_part: "02", name: "津贴补贴", total: 1050, personnel: 1050, operating: null },
      { id: "302", row_kind: "class", code: "302", class_code: "302", item_part: null, name: "商品和服务支出", total: 400, personnel: null, operating: 400 },
      { id: "30201", row_kind: "item", code: "30201", class_code: "302", item_part: "01", name: "办公费", total: 400, personnel: null, operating: 400 },
      { id: "total", row_kind: "total", code: null, class_code: null, item_part: null, name: "合计", total: 3450, personnel: 3050, operating: 400 },
    ]);
    // The header of each page is claimed; the rows are claimed by the document reader as the rows they became.
    expect([10, 11, 20, 21].map((l) => lines.get(l)?.role)).toEqual(["header", "header", "header", "header"]);
    expect(checks.every((c) => c.pass)).toBe(true);
    // 合计 = Σ 类; each 类 = Σ its 款; 合计 = 人员经费 + 公用经费 on every row.
    expect(checks.filter((c) => c.id.endsWith(":down")).map((c) => c.id)).toEqual([
      "general-budget-basic-expenditure/301/total:down", "general-budget-basic-expenditure/302/total:down", "general-budget-basic-expenditure/total/total:down",
      "general-budget-basic-expenditure/301/personnel:down", "general-budget-basic-expenditure/total/personnel:down",
      "general-budget-basic-expenditure/302/operating:down", "general-budget-basic-expenditure/total/operating:down",
    ]);
  });

  it("reads 5-digit codes in one column, 合计 first, and a wrong 款 fails its 类", () => {
    const page = ["科目编码\t科目名称\t合计\t公用经费\t人员经费", "\t合计\t7.0\t2.0\t5.0", "301\t工资福利支出\t5.0\t\t5.0", "30101\t基本工资\t5.0\t\t5.0", "302\t商品和服务支出\t2.0\t2.0", "30201\t办公费\t2.0\t2.0"];
    const ok = read("一般公共预算基本支出情况表", TABLES.generalBudgetBasic, [page]);
    expect(ok.table.rows.map((r) => [r.id, r.row_kind, r.total, r.personnel, r.operating])).toEqual([
      ["total", "total", 700, 500, 200], ["301", "class", 500, 500, null], ["30101", "item", 500, 500, null], ["302", "class", 200, null, 200], ["30201", "item", 200, null, 200],
    ]);
    expect(ok.checks.every((c) => c.pass)).toBe(true);
    const bad = read("一般公共预算基本支出情况表", TABLES.generalBudgetBasic, [page.map((l) => l.replace("30101\t基本工资\t5.0\t\t5.0", "30101\t基本工资\t5.1\t\t5.1"))]);
    expect(bad.checks.filter((c) => !c.pass).map((c) => c.id)).toEqual(["general-budget-basic-expenditure/301/total:down", "general-budget-basic-expenditure/301/personnel:down"]);
  });

  it("reads a department of two units: each unit row heads its rows, 合计 and the department row head the units", () => {
    const { table, checks } = read("部门支出总体情况表", TABLES.departmentExpenditure, [
      [
        "科目编码\t\t\t单位代码\t单位(科目名称)\t总计\t基本支出\t\t\t\t项目支出",
        "类\t款\t项\t\t\t\t小计\t工资福利支出\t公用经费\t对个人和家庭的补助\t小计\t一般性项目\t专项资金",
        "\t\t\t\t合计\t15.0\t10.0\t10.0\t\t\t5.0\t\t5.0",
        "\t\t\t\t某局\t15.0\t10.0\t10.0\t\t\t5.0\t\t5.0",
        "\t\t\t017001\t某局机关\t12.0\t10.0\t10.0\t\t\t2.0\t\t2.0",
        "201\t01\t01\t017001\t行政运行\t10.0\t10.0\t10.0",
        "201\t01\t02\t017001\t一般行政管理事务\t2.0\t\t\t\t\t2.0\t\t2.0",
        "\t\t\t017002\t某局服务中心\t3.0\t\t\t\t\t3.0\t\t3.0",
        "201\t01\t02\t017002\t一般行政管理事务\t3.0\t\t\t\t\t3.0\t\t3.0",
      ],
    ]);
    expect(table.rows.map((r) => [r.id, r.row_kind, r.unit_code])).toEqual([
      ["total", "total", null], ["department", "department", null], ["unit-017001", "unit", "017001"], ["2010101-017001", "item", "017001"],
      ["2010102-017001", "item", "017001"], ["unit-017002", "unit", "017002"], ["2010102-017002", "item", "017002"],
    ]);
    expect(checks.every((c) => c.pass)).toBe(true);
    expect(checks.find((c) => c.id === "department-expenditure/total/total:down")).toMatchObject({ description: "部门支出总体情况表 合计 总计 = Σ of its 2 unit rows", expected: 1500, actual: 1500 });
    expect(checks.find((c) => c.id === "department-expenditure/unit-017002/total:down")).toMatchObject({ expected: 300, actual: 300 });
  });

  it("refuses a 款 row printed without its 类 row where the table prints 类 rows (a lost subtotal line)", () => {
    const page = ["科目编码\t科目名称\t合计\t人员经费\t公用经费", "\t合计\t7.0\t5.0\t2.0", "301\t工资福利支出\t5.0\t5.0", "30101\t基本工资\t5.0\t5.0", "30201\t办公费\t2.0\t\t2.0"];
    expect(() => read("一般公共预算基本支出情况表", TABLES.generalBudgetBasic, [page])).toThrow(
      "f.txt:14: [missing-subtotal] 2023年一般公共预算基本支出情况表: 30201 办公费 is printed without its 类 row 302, though the table prints 类 rows",
    );
  });

  it("refuses a cell under no column of the header", () => {
    expect(() => read("一般公共预算基本支出情况表", TABLES.generalBudgetBasic, [["科目编码\t科目名称\t合计", "301\t工资福利支出\t5.0\t5.0"]])).toThrow(
      'f.txt:11: [unread-cell] 2023年一般公共预算基本支出情况表: cell 4 ("5.0") is under no column of the header',
    );
  });
});
