/**
 * The filled-tables generator checked on its own (no pipeline): its expected rows add up (rows and
 * columns, 类 = Σ 款, 人员经费 + 公用经费 = 合计, units = Σ of their rows) and equal the real seed's
 * figures (from the committed data/datasets.json, × the variant's k), in every case of the matrix.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PublishedRow } from "../../src/schema/bundle";
import { TABLES } from "../../src/schema/tables";
import { economicList } from "../../scripts/simulate/classification";
import { FILLED_CASES, kindOptions, VARIANT_KINDS } from "../../scripts/simulate/filled-cases";
import { simulate, type SeedInput, type SimulationOptions, type Variant } from "../../scripts/simulate/simulate";
import { frameworkCsv, indicatorFramework } from "../../scripts/simulate/vocabulary";
import { DATA_FILE, SEED_FILE, SEEDS } from "./seed-fixtures";

const csv = frameworkCsv(SEEDS);
const seed: SeedInput = {
  file: SEED_FILE,
  seedsDir: SEEDS,
  text: readFileSync(join(SEEDS, SEED_FILE), "utf8"),
  corrections: JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8")).corrections,
  frameworks: { project: indicatorFramework(csv, "project"), department: indicatorFramework(csv, "department") },
};
const real: Record<string, PublishedRow[]> = JSON.parse(readFileSync(DATA_FILE, "utf8")).datasets[0].tables;
const economicNames = economicList(SEEDS).names;

/** Cents of a published amount (null → 0). */
const c = (v: unknown): number => (typeof v === "number" ? Math.round(v * 100) : 0);
const realRow = (table: string, id: string) => real[table]!.find((r) => r.id === id)!;
const seedCents = (v: Variant, table: string, id: string, col: string) => c(realRow(table, id)[col]) * v.renaming.k;

const REVENUE_SOURCES = TABLES.revenueOverview.columns.filter((col) => col.type === "amount" && col.name !== "total").map((col) => col.name);

/** Rows grouped under each unit row (or one group when the table prints none), and the rows outside. */
function groups(rows: PublishedRow[]): PublishedRow[][] {
  const out: PublishedRow[][] = [];
  for (const r of rows) {
    if (r.row_kind === "unit") out.push([r]);
    else if (r.row_kind === "item" || r.row_kind === "class" || r.row_kind === "section") {
      if (!out.length) out.push([]);
      out[out.length - 1]!.push(r);
    }
  }
  return out;
}

function checkSums(rows: PublishedRow[], cols: string[], label: string): void {
  const total = rows.find((r) => r.row_kind === "total")!;
  const dept = rows.find((r) => r.row_kind === "department");
  const leaves = rows.filter((r) => r.row_kind === (rows.some((x) => x.row_kind === "class") ? "class" : "item"));
  for (const col of cols) {
    expect([label, "total = Σ", col, c(total[col])]).toEqual([label, "total = Σ", col, leaves.reduce((s, r) => s + c(r[col]), 0)]);
    if (dept) expect([label, "department", col, c(dept[col])]).toEqual([label, "department", col, c(total[col])]);
    for (const g of groups(rows)) {
      const unit = g[0]!.row_kind === "unit" ? g[0]! : null;
      const own = g.filter((r) => r.row_kind !== "unit");
      if (unit) {
        const parts = own.filter((r) => r.row_kind === leaves[0]!.row_kind).reduce((s, r) => s + c(r[col]), 0);
        expect([label, unit.id, col, c(unit[col])]).toEqual([label, unit.id, col, parts]);
        for (const r of own) expect([label, r.id, r.unit_code]).toEqual([label, r.id, unit.unit_code]);
      }
      // 类 = Σ 款 (economic tables).
      own.forEach((r, i) => {
        if (r.row_kind !== "class") return;
        let sum = 0;
        for (let j = i + 1; j < own.length && own[j]!.row_kind === "item"; j++) sum += c(own[j]![col]);
        expect([label, r.id, col, c(r[col])]).toEqual([label, r.id, col, sum]);
      });
    }
  }
}

function checkEconomicKeys(rows: PublishedRow[], label: string): void {
  for (const r of rows) {
    if (r.row_kind === "class" || r.row_kind === "item") {
      const code = String(r.code);
      expect([label, r.id, code.length]).toEqual([label, r.id, r.row_kind === "class" ? 3 : 5]);
      expect([label, r.id]).toEqual([label, r.unit_code ? `${code}-${r.unit_code}` : code]);
      expect([r.class_code, r.item_part, r.official_name, r.class_name]).toEqual([code.slice(0, 3), code.length === 5 ? code.slice(3) : null, economicNames.get(code), economicNames.get(code.slice(0, 3))]);
      // Printed as listed, but for 类 303, which the template's summary words 对个人和家庭的补助支出.
      expect([code, r.name === economicNames.get(code) || (code === "303" && r.name === "对个人和家庭的补助支出")]).toEqual([code, true]);
    } else expect([r.code, r.class_code, r.item_part, r.official_name]).toEqual([null, null, null, null]);
  }
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
}

function checkVariant(v: Variant, opts: Omit<SimulationOptions, "seed">): void {
  const fill = opts.fill === undefined ? null : opts.fill === true ? {} : opts.fill;
  const k = v.renaming.k;
  const units = v.filled?.units ?? null;
  expect(units?.length ?? 1).toBe(opts.units ?? 1);
  const ids = (t: string) => v.expected[t]?.map((r) => r.id);

  // 部门收入总体情况表
  const revenue = v.expected["revenue-overview"];
  expect(!!revenue).toBe(!!fill && (fill.revenue ?? true));
  if (revenue) {
    for (const r of revenue) expect([r.id, c(r.total)]).toEqual([r.id, REVENUE_SOURCES.reduce((s, col) => s + c(r[col]), 0)]);
    checkSums(revenue, ["total", ...REVENUE_SOURCES], "revenue");
    const total = revenue.find((r) => r.row_kind === "total")!;
    expect([c(total.total), c(total.general_budget), c(total.superior_advance), c(total.carryover)]).toEqual(
      ["r15", "r01", "r02", "r13"].map((id) => seedCents(v, "summary-revenue", id, "amount")),
    );
    // Each 项 row's total is its 部门支出总体情况表 row's (summed over units); 上级预拨 and 部门结转 sit where the seed says.
    const byCode = new Map<string, number>();
    for (const r of revenue.filter((x) => x.row_kind === "item")) byCode.set(String(r.code), (byCode.get(String(r.code)) ?? 0) + c(r.total));
    const realItems = real["department-expenditure"]!.filter((r) => r.row_kind === "item");
    expect([...byCode].sort()).toEqual(realItems.map((r) => [r.code, c(r.total) * k]).sort());
    const at = (code: string, col: string) => revenue.filter((r) => r.code === code).reduce((s, r) => s + c(r[col]), 0);
    expect([at("2060499", "superior_advance"), at("2150599", "carryover")]).toEqual([71000 * k, 300 * k]);
  }

  // The functional tables of a multi-unit department: Σ over units = the seed's rows.
  for (const table of ["department-expenditure", "general-budget-expenditure"]) {
    const rows = v.expected[table];
    expect(!!rows).toBe(!!units);
    if (!rows) continue;
    const cols = TABLES.departmentExpenditure.columns.filter((col) => col.type === "amount").map((col) => col.name);
    checkSums(rows, cols, table);
    for (const realItem of real[table]!.filter((r) => r.row_kind === "item")) {
      const mine = rows.filter((r) => r.code === realItem.code);
      expect(mine.length).toBeGreaterThan(0);
      for (const col of cols) expect([table, realItem.code, col, mine.reduce((s, r) => s + c(r[col]), 0)]).toEqual([table, realItem.code, col, c(realItem[col]) * k]);
      for (const r of mine) {
        expect(units).toContain(r.unit_code);
        expect([r.id, r.name, r.class_name, r.section_name]).toEqual([`${r.code}-${r.unit_code}`, realItem.name, realItem.class_name, realItem.section_name]);
      }
    }
    expect(rows.filter((r) => r.row_kind === "unit").map((r) => r.id)).toEqual(units!.filter((u) => rows.some((r) => r.unit_code === u && r.row_kind === "item")).map((u) => `unit-${u}`));
  }

  // The economic tables.
  const e = (id: string, col = "total") => seedCents(v, "summary-expenditure", id, col);
  const basic = v.expected["general-budget-basic-expenditure"];
  const summary = v.expected["economic-classification-summary"];
  expect(!!basic).toBe(!!fill && (fill.basic ?? true));
  expect(!!summary).toBe(!!fill && (fill.economic ?? true));
  if (basic) {
    checkEconomicKeys(basic, "basic");
    checkSums(basic, ["total", "personnel", "operating"], "basic");
    for (const r of basic) {
      expect([r.id, c(r.total)]).toEqual([r.id, c(r.personnel) + c(r.operating)]);
      if (r.code) expect([r.id, String(r.code).startsWith("302") ? r.personnel : r.operating]).toEqual([r.id, null]);
    }
    const total = basic.find((r) => r.row_kind === "total")!;
    expect([c(total.total), c(total.personnel), c(total.operating)]).toEqual([e("e01"), e("e02") + e("e04"), e("e03")]);
  }
  if (summary) {
    checkEconomicKeys(summary, "summary");
    const split = summary.some((r) => r.personnel !== null);
    const byKind = summary.some((r) => r.basic_total !== null);
    const bySource = summary.some((r) => r.general_budget !== null);
    expect(byKind || bySource).toBe(true);
    // The expenditure side's sources: 一般公共预算 (上级预拨 included) and 部门结转.
    const sources = ["general_budget", "carryover"];
    checkSums(summary, ["total", "basic_total", "project_total", ...(split ? ["personnel", "operating"] : []), ...sources], "summary");
    for (const r of summary) {
      if (byKind) expect([r.id, c(r.total)]).toEqual([r.id, c(r.basic_total) + c(r.project_total)]);
      if (split) expect([r.id, c(r.basic_total)]).toEqual([r.id, c(r.personnel) + c(r.operating)]);
      if (bySource) expect([r.id, c(r.total)]).toEqual([r.id, sources.reduce((s, col) => s + c(r[col]), 0)]);
      // 部门结转 is project money: never more than a row's 项目支出.
      if (bySource && byKind) expect([r.id, c(r.carryover) <= c(r.project_total)]).toEqual([r.id, true]);
      expect([r.id, r.superior_advance]).toEqual([r.id, null]);
    }
    const total = summary.find((r) => r.row_kind === "total")!;
    expect(c(total.total)).toBe(e("e17"));
    if (byKind) expect([c(total.basic_total), c(total.project_total)]).toEqual([e("e01"), e("e05")]);
    if (bySource) {
      expect(sources.map((col) => c(total[col]))).toEqual(sources.map((col) => e("e17", col)));
      // By class, the sources of 部门收支总体情况表's lines: 一、基本支出 all 一般公共预算; 项目支出 by its numbered lines.
      const cls = (code: string, col: string) => summary.filter((r) => r.row_kind === "class" && r.code === code).reduce((s, r) => s + c(r[col]), 0);
      expect(["301", "302", "303", "312"].map((code) => [cls(code, "general_budget"), cls(code, "carryover")])).toEqual([
        [e("e02", "general_budget"), 0],
        [e("e03", "general_budget") + e("e08", "general_budget"), e("e08", "carryover")],
        [e("e04", "general_budget") + e("e09", "general_budget"), e("e09", "carryover")],
        [e("e14", "general_budget"), e("e14", "carryover")],
      ]);
    }
  }
  if (summary && summary.some((r) => r.basic_total !== null)) {
    const total = summary.find((r) => r.row_kind === "total")!;
    expect([c(total.total), c(total.basic_total), c(total.project_total)]).toEqual([e("e17"), e("e01"), e("e05")]);
    const byClass = (cls: string, col: string) => summary.filter((r) => r.row_kind === "class" && r.code === cls).reduce((s, r) => s + c(r[col]), 0);
    expect(["301", "302", "303", "312"].map((cls) => [byClass(cls, "basic_total"), byClass(cls, "project_total")])).toEqual([
      [e("e02"), 0],
      [e("e03"), e("e08")],
      [e("e04"), e("e09")],
      [0, e("e14")],
    ]);
    // The basic table's 款 are the summary's 基本支出, row by row.
    if (basic) {
      const basicOf = new Map(basic.filter((r) => r.code).map((r) => [r.id, c(r.total)]));
      for (const r of summary.filter((x) => x.code && x.basic_total !== null)) expect([r.id, c(r.basic_total)]).toEqual([r.id, basicOf.get(String(r.id))]);
      expect(summary.filter((x) => x.code && x.basic_total !== null).length).toBe(basicOf.size);
    }
  }
  // The “三公” table's 公务接待费 and 公务用车运行维护费 are the 款 30217 and 30231, in basic 公用经费 only.
  for (const table of [basic, summary]) {
    if (!table) continue;
    const sum = (code: string, col: string) => table.filter((r) => r.code === code).reduce((s, r) => s + c(r[col]), 0);
    const three = (id: string) => seedCents(v, "three-public-expenses", id, "amount");
    const threeIds = real["three-public-expenses"]!;
    const id = (word: string) => String(threeIds.find((r) => String(r.item).includes(word))!.id);
    expect([sum("30217", "total"), sum("30231", "total"), sum("30212", "total")]).toEqual([three(id("公务接待")), three(id("运行维护")), three(id("因公出国"))]);
  }
  if (ids("revenue-overview")) expect(new Set(ids("revenue-overview")).size).toBe(ids("revenue-overview")!.length);
  // No row is printed without an amount (a unit with no basic spending prints no row in the basic table).
  for (const [table, rows] of Object.entries(v.expected)) {
    const amounts = TABLES[(Object.keys(TABLES) as (keyof typeof TABLES)[]).find((key) => TABLES[key].id === table)!].columns.filter((col) => col.type === "amount").map((col) => col.name);
    for (const r of rows) expect([table, r.id, amounts.some((col) => r[col] !== null)]).toEqual([table, r.id, true]);
  }
}

describe("the filled-tables generator, without the pipeline", () => {
  it.each(FILLED_CASES.map((fc) => [fc.name, fc] as const))("%s: the expected rows add up and equal the seed's figures", (_name, fc) => {
    for (const s of [1, 2, 3]) checkVariant(simulate(seed, { seed: s, ...fc.options }), fc.options);
  });

  it("draws every layout choice both ways over 40 seeds, and each variant adds up", () => {
    const seen = new Map<string, Set<unknown>>();
    for (let s = 1; s <= 40; s++) {
      const opts = { ...kindOptions(VARIANT_KINDS, s), seed: s };
      const v = simulate(seed, opts);
      checkVariant(v, opts);
      for (const [key, value] of Object.entries(v.filled!.layout)) {
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(typeof value === "object" ? JSON.stringify(value) : value);
      }
    }
    for (const [key, values] of seen) expect([key, values.size >= 2]).toEqual([key, true]);
  });

  it("is deterministic, and leaves a variant without fill, units or encoding as it was", () => {
    const opts = { seed: 9, fill: true, units: 2 } as const;
    expect(simulate(seed, opts).text).toBe(simulate(seed, opts).text);
    const plain = simulate(seed, { seed: 9 });
    expect([plain.expected, plain.filled]).toEqual([{}, null]);
    // The fill draws from its own PRNG stream: the project sheets are the same with or without it.
    const tail = (t: string) => t.slice(t.indexOf("整体绩效目标表"));
    expect(tail(simulate(seed, { seed: 9, fill: true }).text)).toBe(tail(plain.text));
  });

  it("prints each page of a continued table with its title, units and header", () => {
    const v = simulate(seed, { seed: 4, fill: { layout: { pages: true, columnNumbers: true } } });
    const lines = v.text.split("\n");
    const year = v.renaming.year[1];
    for (const [title, pages] of [["支出经济分类汇总表", 3], ["一般公共预算基本支出情况表", 2], ["部门收入总体情况表", 2]] as const) {
      const at = lines.flatMap((l, i) => (l === `${year}年${title}` ? [i] : []));
      expect([title, at.length]).toEqual([title, pages]);
      for (const i of at) {
        expect(lines.slice(i, i + 6)).toEqual([`${year}年${title}`, "", `单位：${v.renaming.department[1]}`, "", "单位：万元", ""]);
        expect(lines[i + 6]!.split("\t")[0]).toMatch(/科目编码$/);
      }
    }
  });

  it("saves with a BOM and CRLF line ends when asked, the text otherwise the same", () => {
    const v = simulate(seed, { seed: 6, fill: true, encoding: { bom: true, crlf: true } });
    const plain = simulate(seed, { seed: 6, fill: true });
    expect(v.text.startsWith("\uFEFF")).toBe(true);
    expect(v.text.slice(1).replaceAll("\r\n", "\n")).toBe(plain.text);
    expect(v.text.slice(1).split("\n").slice(0, -1).every((l) => l.endsWith("\r"))).toBe(true);
    expect(v.expected).toEqual(plain.expected);
  });
});
