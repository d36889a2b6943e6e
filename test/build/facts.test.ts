/** The facts table and its checks, on the real seed: dimensions, derivations, and that the checks catch a wrong fact. */
import { LineMap } from "../../scripts/pipeline/line-map";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitAppropriation } from "../../scripts/pipeline/normalise/appropriation";
import { percentChange } from "../../scripts/pipeline/normalise/project-changes";
import { checkFacts } from "../../scripts/pipeline/reconcile/facts";
import { applyClassification, loadClassification } from "../../scripts/pipeline/normalise/classification";
import { deriveTables } from "../../scripts/pipeline/normalise/derived";
import { parseDocument } from "../../scripts/pipeline/parse/document";
import { repair } from "../../scripts/pipeline/repair";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { TABLES } from "../../src/schema/tables";
import type { Bundle } from "../../src/schema/bundle";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { DATA_FILE, SEED_FILE, SEEDS, seedLines } from "./seed-fixtures";
import { join } from "node:path";

const dataset = (JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle).datasets[0]!;
const facts = dataset.tables.facts!;
const lines = dataset.tables["budget-lines"]!;
const cents = (v: unknown) => Math.round(Number(v) * 100);
const sum = (rows: readonly Record<string, unknown>[]) => rows.reduce((s, r) => s + cents(r.amount), 0) / 100;

describe("facts", () => {
  it("has the dimensions of the template and no blank or zero amount", () => {
    expect(TABLES.facts.columns.map((c) => c.name)).toEqual([
      "id", "source_file", "source_line", "direction", "table", "row_id", "measure", "code", "code_name", "class_code", "class_name", "section_code", "section_name",
      "unit_code", "unit_name", "spending", "economic_kind", "economic_kind_label", "economic_class", "economic_class_name", "revenue_source", "fund", "appropriation", "amount",
    ]);
    expect(facts).toHaveLength(29);
    expect(facts.filter((f) => f.direction === "expenditure")).toHaveLength(26);
    expect(facts.every((f) => typeof f.amount === "number" && f.amount > 0)).toBe(true);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it("adds up to the printed totals", () => {
    const row = (table: string, id: string) => dataset.tables[table]!.find((r) => r.id === id)!;
    const exp = facts.filter((f) => f.direction === "expenditure");
    expect(sum(exp)).toBe(row("department-expenditure", "total").total);
    expect(sum(facts.filter((f) => f.direction === "revenue"))).toBe(row("summary-revenue", "r15").amount);
    expect(sum(exp.filter((f) => f.fund === "general_budget"))).toBe(row("general-budget-expenditure", "total").total);
    expect(sum(exp.filter((f) => f.class_code === "206"))).toBe(row("fiscal-summary-expenditure", "206").total);
  });

  it("splits a cell by fund only where the document determines it", () => {
    // 部门支出 2150599 专项资金 258.9 = 一般公共预算 255.9 + the 3.0 部门结转 the summary prints for 专项资金 alone.
    expect(facts.filter((f) => f.row_id === "2150599-017" && f.measure === "project_special").map((f) => [f.fund, f.appropriation, f.amount])).toEqual([
      ["carryover", null, 3],
      ["general_budget", "yes", 255.9],
    ]);
    // 科学技术's 710 of 上级预拨 lies somewhere in its 专项资金 cells: the document does not say where.
    const special206 = facts.filter((f) => f.class_code === "206" && f.measure === "project_special");
    expect(special206.map((f) => f.appropriation)).toEqual([null, null, null, null, null]);
    expect(facts.filter((f) => f.appropriation === null && f.fund === "general_budget")).toHaveLength(5);
  });

  it("checks of kind facts pass on the seed and fail when a fact is wrong", () => {
    const corrections = correctionsFileSchema.parse(JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8"))).corrections;
    const seed = { file: SEED_FILE, bytes: 0, sha256: "", lines: seedLines() };
    const lines = new LineMap(SEED_FILE);
    const doc = parseDocument({ file: SEED_FILE, lines }, repair(seed, corrections, loadFrameworks(SEEDS), lines).sections, seed.lines.length);
    const classification = applyClassification(loadClassification(SEEDS, doc.year), doc.tables, SEED_FILE);
    const derived = deriveTables(SEED_FILE, doc.tables, classification.table);
    const checks = checkFacts(derived.facts, doc.tables, SEED_FILE);
    expect(checks).toHaveLength(206);
    expect(checks.every((c) => c.pass)).toBe(true);

    // Move 1.00 万元 of 住房公积金 (221) to 行政运行 (215): the totals still agree, the 类 and 项 figures do not.
    const moved = derived.facts.rows.map((f) => ({ ...f }));
    const from = moved.find((f) => f.code === "2210201")!;
    const to = moved.find((f) => f.code === "2150501" && f.measure === "basic_salaries")!;
    from.amount = Number(from.amount) - 100;
    to.amount = Number(to.amount) + 100;
    const failed = checkFacts({ ...derived.facts, rows: moved }, doc.tables, SEED_FILE).filter((c) => !c.pass).map((c) => c.id);
    expect(failed).toEqual(expect.arrayContaining(["facts:fiscal-summary-expenditure/221/total", "facts:fiscal-summary-expenditure/215/general_budget", "facts:department-expenditure/2210201-017/total", "facts:general-budget-expenditure/2150501-017/basic_salaries"]));
    expect(failed).not.toContain("facts:department-expenditure/total/total");
  });

  it("splits a cell's 财政拨款 part where the 类 and kind sums force it, and nowhere else", () => {
    const cell = (id: string, classCode: string, measure: string, amount: number) => ({ id, base: { source_line: 1, spending: measure.startsWith("basic") ? "basic" : "project" }, classCode, measure, amount });
    const row = (id: string, extra: Record<string, unknown>) => ({ id, source_line: 1, ...extra }) as never;
    const classRow = (code: string, gb: number, ap: number) => row(code, { row_kind: "item", class_code: code, general_budget: gb, general_budget_appropriation: ap });
    const fiscal = { def: TABLES.fiscalExpenditure, note: null, sourceTitle: null, lines: null, rows: [classRow("201", 1000, 700), classRow("202", 500, 500), classRow("203", 600, 400), classRow("204", 600, 500)] };
    const cells = [
      cell("a", "201", "project_special", 1000), // the only cell of 201: its 300 of other money is here
      cell("b", "202", "project_special", 500), // 202 is all 财政拨款
      cell("c", "203", "project_special", 200), // what 专项资金 has left once a and b are known: 400 − 300 − 0
      cell("d", "203", "project_general", 400), // what 203 has left once c is known: 200 − 100
      cell("e", "204", "project_general", 300), // 204's 100 lies in e or f: the document does not say
      cell("f", "204", "basic_salaries", 300),
    ];
    const kinds = new Map([["project_special", row("e07", { general_budget: 1700, general_budget_appropriation: 1300 })]]);
    const out = splitAppropriation(cells, new Map([[TABLES.fiscalExpenditure.id, fiscal]]), kinds);
    expect(out.map((f) => [f.id, f.appropriation, f.amount])).toEqual([
      ["a.general_budget.appropriation", "yes", 700],
      ["a.general_budget.other", "no", 300],
      ["b.general_budget", "yes", 500],
      ["c.general_budget.appropriation", "yes", 100],
      ["c.general_budget.other", "no", 100],
      ["d.general_budget.appropriation", "yes", 300],
      ["d.general_budget.other", "no", 100],
      ["e.general_budget", null, 300],
      ["f.general_budget", null, 300],
    ]);
  });

  it("percent change is exact and rounds half away from zero", () => {
    expect([percentChange(4000, 1000), percentChange(500, 6500), percentChange(-120, 540), percentChange(1, 3), percentChange(-1, 3), percentChange(1, 8), percentChange(5, 0)]).toEqual([400, 7.69, -22.22, 33.33, -33.33, 12.5, null]);
  });
});

describe("budget-lines relations", () => {
  it("say of every amount whether it is a fact, derived from facts, another breakdown or stated once", () => {
    const count = (basis: string) => lines.filter((l) => l.basis === basis).length;
    expect([count("fact"), count("derived"), count("breakdown"), count("stated_once")]).toEqual([27, 180, 47, 75]);
    expect(lines.filter((l) => l.basis === "derived").every((l) => typeof l.derived_by === "string" && dataset.checks.some((c) => c.id === l.derived_by && c.kind === "facts"))).toBe(true);
    expect(lines.filter((l) => l.basis === "fact").every((l) => facts.some((f) => f.id === l.fact_id && f.amount === l.amount))).toBe(true);
    expect(lines.filter((l) => l.period === "last_year").map((l) => l.measure)).toEqual(expect.arrayContaining(["last_year_amount", "last_year_total_amount"]));
    expect(lines.filter((l) => l.period === "last_year")).toHaveLength(50);
    expect(lines.filter((l) => l.period === "last_year").every((l) => l.basis === "stated_once")).toBe(true);
  });

  it("name totals, parts, copies and 其中 parts", () => {
    const line = (id: string) => lines.find((l) => l.id === id)!;
    expect(line("summary-expenditure.e05.general_budget_appropriation").of_which).toBe("summary-expenditure.e05.general_budget");
    expect(line("three-public-expenses.r05.amount").of_which).toBe("three-public-expenses.r04.amount");
    expect(line("department-expenditure.total.total")).toMatchObject({ basis: "derived", derived_by: "facts:department-expenditure/total/total", total_of: "department-expenditure/total/total:across,department-expenditure/total/total:down", same_as: "department-expenditure/total/total=summary-expenditure/e17/total" });
    expect(line("summary-expenditure.e08.total")).toMatchObject({ basis: "breakdown", part_of: "summary-expenditure/e05/total:partition" });
    expect(line("summary-revenue.r01.amount")).toMatchObject({ basis: "fact", fact_id: "summary-revenue.r01.amount" });
  });
});
