import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Bundle } from "../../src/schema/bundle";
import { DATA_FILE, SEED_FILE, SEEDS } from "./seed-fixtures";

const bundle = JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle;
const ds = bundle.datasets[0]!;
const t = (id: string) => ds.tables[id]!;
const row = (table: string, id: string) => t(table).find((r) => r.id === id)!;
const cents = (v: unknown) => Math.round((v as number) * 100);

describe("the dataset built from the real seed", () => {
  it("takes department, year, kind and unit from the document", () => {
    const m = ds.meta;
    expect([m.id, m.department, m.year, m.kind, m.title_zh]).toEqual(["2021-0a69ee67", "济源产城融合示范区工业和科技创新委员会", 2021, "budget", "济源产城融合示范区工业和科技创新委员会2021年部门预算"]);
    expect(m.unit).toEqual({ label: "万元", factor: 10000, currency: "CNY" });
    expect(m.source.sha256).toBe(createHash("sha256").update(readFileSync(join(SEEDS, SEED_FILE))).digest("hex"));
    expect(m.source.lines).toBe(1673);
    expect(m.checks_summary).toEqual({ total: 465, passed: 465, failed: 0 });
    // A check id names one check: relations in budget-lines and /checks/{id} depend on it.
    expect(new Set(ds.checks.map((c) => c.id)).size).toBe(465);
    expect(m.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("publishes every table of the document, empty ones with their note", () => {
    expect(Object.fromEntries(ds.meta.tables.map((x) => [x.id, x.row_count]))).toEqual({
      "summary-revenue": 15, "summary-expenditure": 17, "revenue-overview": 0, "department-expenditure": 17,
      "fiscal-summary-revenue": 20, "fiscal-summary-expenditure": 31, "general-budget-expenditure": 17,
      "economic-classification-summary": 0, "general-budget-basic-expenditure": 0, "three-public-expenses": 6,
      "government-fund-expenditure": 0, "performance-goals": 1, "performance-tasks": 5, "performance-indicators": 33,
      projects: 25, "project-indicators": 468, "budget-lines": 329, classifications: 30, facts: 29, "project-changes": 25, source: 1673,
    });
    const fund = ds.meta.tables.find((x) => x.id === "government-fund-expenditure")!;
    expect([fund.note, fund.source_title, fund.lines]).toEqual(["说明：我单位没有政府性基金预算，故本表无数据。", "2021年政府性基金预算支出情况表", [209, 219]]);
    expect(ds.meta.tables.find((x) => x.id === "economic-classification-summary")!.lines).toEqual([163, 179]);
  });

  it("pins the totals of the summary", () => {
    const total = t("summary-expenditure").find((r) => r.row_kind === "total")!;
    expect([total.total, total.carryover, total.current_year, total.general_budget, total.general_budget_appropriation, total.government_fund]).toEqual([4536.7, 3, 4533.7, 4533.7, 3823.7, null]);
    expect(t("summary-revenue").map((r) => [r.item, r.amount]).filter(([, a]) => a !== null)).toEqual([
      ["一般公共预算收入", 3823.7], ["上级预拨", 710], ["本年合计", 4533.7], ["部门结转", 3], ["收入合计", 4536.7],
    ]);
  });

  it("keeps codes as strings with their parts and official names, and blanks as null", () => {
    expect(row("department-expenditure", "2150599-017")).toEqual({
      id: "2150599-017", source_file: SEED_FILE, source_line: 69, row_kind: "item", code: "2150599", class_code: "215", section_code: "21505",
      section_part: "05", item_part: "99", unit_code: "017", name: "其他工业和信息产业监管支出", class_name: "资源勘探工业信息等支出", section_name: "工业和信息产业监管",
      total: 562.5, basic_total: 51.4, basic_salaries: 47.7, basic_operating: 3.7, basic_individuals: null, project_total: 511.1, project_general: 252.2, project_special: 258.9,
    });
    expect(row("general-budget-expenditure", "2150599-017").total).toBe(559.5);
    expect(row("general-budget-expenditure", "2150899-017").source_line).toBe(160);
  });

  it("rolls the general budget up to the 类 figures of the fiscal appropriation table", () => {
    const byClass = new Map<string, number>();
    for (const r of t("general-budget-expenditure").filter((r) => r.row_kind === "item")) byClass.set(String(r.class_code), (byClass.get(String(r.class_code)) ?? 0) + cents(r.total));
    const printed = t("fiscal-summary-expenditure").filter((r) => r.row_kind === "item" && r.general_budget !== null).map((r) => [r.class_code, cents(r.general_budget)]);
    expect(printed).toEqual([["205", 3000], ["206", 267020], ["208", 31260], ["215", 147460], ["221", 4630]]);
    expect([...byClass]).toEqual(printed);
  });

  it("has all 25 project amounts, adding up to 项目支出 of this year", () => {
    expect(t("projects").map((p) => p.current_year_amount)).toEqual([20, 5.5, 50, 70, 50, 4.2, 44, 34, 30, 30, 800, 760, 120, 50, 410, 300, 20, 160.2, 98.8, 20, 50, 50, 20, 17.1, 6]);
    expect(t("projects").reduce((s, p) => s + cents(p.current_year_amount), 0)).toBe(321980);
    const last = row("projects", "p25");
    expect([last.name, last.unit_name, last.fund_type, last.unit_code]).toEqual(["中小企业发展服务经费--企业服务活动费用", "济源市中小企业发展服务局", "全供", "017002001"]);
  });

  it("publishes long texts without HTML, one paragraph per line", () => {
    const overview = String(row("projects", "p01").overview);
    expect(overview).not.toMatch(/<|>/);
    expect(overview.split("\n")[1]).toBe("县市创新引导计划项目申报；科技攻关计划（科技开放合作、自主创新产品专项）等项目评审、验收。");
    expect(row("projects", "p18").remarks).toBeNull();
  });

  it("publishes no personal mobile number anywhere, not even in the corrections that mask them", () => {
    for (const file of [DATA_FILE, DATA_FILE.replace("datasets.json", "catalog.json")]) expect(readFileSync(file, "utf8")).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(ds.meta.corrections.filter((c) => c.kind === "personal-mobile").map((c) => [c.line, c.printed, c.published])).toEqual([
      [515, ["（不公开 withheld）"], ["151****6896"]],
      [1519, ["（不公开 withheld）"], ["188****0660"]],
    ]);
  });

  it("masks personal mobile numbers and keeps office numbers", () => {
    expect(t("projects").map((p) => p.phone).filter((p) => String(p).includes("*"))).toEqual(["151****6896", "188****0660"]);
    expect(row("projects", "p01").phone).toBe("6633870");
  });

  it("reads indicators with three levels and parsed targets, corrections applied", () => {
    const pick = (id: string) => {
      const r = row("project-indicators", id);
      return [r.source_line, r.level1, r.level2, r.level3, r.target, r.target_operator, r.target_value, r.target_unit];
    };
    expect(pick("p01-01")).toEqual([304, "投入与目标管理", "投入管理", "预算执行率", "=100%", "=", 100, "%"]);
    expect(pick("p01-13")).toEqual([317, "产出目标", "数量", "核查5G基站数量", "≥2020年建成5G基站数量的5%", null, null, null]);
    expect(pick("p02-13")).toEqual([381, "产出目标", "成本", "办公及书报支出", "≤5.5万", "≤", 5.5, "万"]);
    expect(pick("p03-14")).toEqual([437, "产出目标", "质量", "宣传时间", null, null, null, null]);
    expect(pick("p04-12")).toEqual([492, "产出目标", "时效", "企业问题及时性", "及时", null, null, null]);
    expect(pick("p06-10")).toEqual([600, "产出目标", "数量", "管理人数", null, null, null, null]);
    const goal = (line: number) => t("performance-indicators").find((r) => r.source_line === line)!;
    expect([goal(241).level1, goal(241).level2, goal(241).level3, goal(241).target]).toEqual(["投入管理指标", "工作目标管理", "绩效指标合理性", "合理"]);
    expect([goal(243).level2, goal(243).target_operator, goal(243).target_value]).toEqual([null, "≥", 95]);
    expect([goal(255).level2, goal(259).level1, goal(259).description]).toEqual(["绩效管理", "产出指标", null]);
  });

  it("puts every printed amount in the budget lines", () => {
    const lines = t("budget-lines");
    expect(lines.length).toBe(329);
    expect(lines.every((l) => typeof l.amount === "number")).toBe(true);
    expect(row("budget-lines", "three-public-expenses.r03.amount")).toMatchObject({ table: "three-public-expenses", item: "2、公务接待费", measure: "amount", fund: "general_budget", amount: 3.3, source_line: 202 });
    expect(row("budget-lines", "general-budget-expenditure.2060404-017.total")).toMatchObject({ code: "2060404", class_code: "206", section_code: "20604", fund: "general_budget", amount: 1730 });
  });

  it("records every change to the source with file, line, printed, published, manual or rule, and reason", () => {
    expect(ds.meta.corrections.length).toBe(70);
    expect(ds.meta.corrections.filter((c) => c.source === "manual").map((c) => c.line)).toEqual([99, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 254, 255, 256, 257, 258, 437, 600, 601]);
    expect(ds.meta.corrections[0]).toEqual({
      file: SEED_FILE, line: 20, kind: "unlabelled-revenue", source: "rule", printed: [""], published: ["上级预拨"],
      reason: "the revenue amount 710.0 is printed without its label; 财政拨款收支总体情况表 prints exactly one revenue item with this amount: 上级预拨 (line 92)",
      reason_zh: "收入金额 710.0 漏印了名称；财政拨款收支总体情况表中只有一项收入是这个金额：上级预拨（第 92 行），据此补上名称",
    });
    const at = (line: number) => ds.meta.corrections.filter((c) => c.line === line).map((c) => [c.kind, c.source, c.printed, c.published]);
    expect(at(492)).toEqual([["template-word", "rule", ["厂办目标"], [""]]]);
    expect(at(489)).toEqual([["label-drift", "rule", [""], ["产出目标"]]]);
    expect(at(659)).toEqual([["page-stamp", "rule", ["立山日长"], null]]);
    expect(at(82)).toEqual([["header-number", "rule", ["30.0"], [""]]]);
  });
});
