/**
 * Fills the tables the real seed prints empty (部门收入总体情况表, 一般公共预算基本支出情况表,
 * 支出经济分类汇总表) consistently with the seed's own figures, in a layout drawn per variant, and
 * optionally splits the department into several budget units (every coded table then prints a unit
 * row and that unit's rows). Returns the new head of the document and the rows the build must publish
 * for every table it printed afresh, computed here from the figures (never by the pipeline's parsers).
 */
import type { PublishedRow } from "../../src/schema/bundle";
import { TABLES } from "../../src/schema/tables";
import { economicList, functionalList } from "./classification";
import { inserted, type VLine } from "./document";
import { CODED_AMOUNTS, codeOf, printAmount, readFigures, sectionLines, THREE_PUBLIC_KUAN, wan, type CodedAmount, type FunctionalRow, type SeedFigures } from "./figures";
import type { Rng } from "./prng";

export interface FillLayout {
  /** Economic codes in two columns (类 | 款, the 类 row printing only `301`) or one (`301`, `30101`). */
  economicCodes: "split" | "joined";
  /** The 合计 row of the economic tables printed last (else first). */
  totalLast: boolean;
  /** Amount columns in another order: 公用经费 before 人员经费, 项目支出 before 基本支出, the sources shuffled. */
  reorderAmounts: boolean;
  /** The `** | ** | … | 1 | 2 | …` column-number row under the header. */
  columnNumbers: boolean;
  /** Tables continued across pages (title, units and header repeated on each page). */
  pages: boolean;
  /** 支出经济分类汇总表 prints 基本支出 split into 小计 / 人员经费 / 公用经费 (a two-row header). */
  basicSplit: boolean;
  /**
   * 支出经济分类汇总表's columns: 合计 with 基本支出 / 项目支出 ("none"), also the sources of funds ("with"), or
   * 合计 and the sources only ("only"). The sources are those 部门收支总体情况表 prints on its expenditure side:
   * 一般公共预算 (上级预拨 included, as every expenditure table of the template counts it) and 部门结转.
   */
  economicSources: "none" | "with" | "only";
  /** 部门收入总体情况表 also prints some blank source columns (政府性基金, 事业收入, …). */
  blankSources: boolean;
  /** The department row printed under 合计 in the economic tables, and in every coded table of a multi-unit department (a one-unit department's functional tables always print it, as the seed does). */
  departmentRow: boolean;
  /** Multi-unit economic tables print the 单位代码 on every row of a unit (else only on the unit row). */
  unitCodeOnRows: boolean;
  /** Multi-unit economic tables have a 单位代码 column (else a unit row prints its code in the code column). */
  unitCodeColumn: boolean;
  /** Amounts printed with a thousands comma. */
  comma: boolean;
  /** Amounts printed with two decimals (944.90), as some disclosures do. */
  twoDecimals: boolean;
  /** Header words drawn from the template's vocabulary. */
  words: { economicCode: string; economicName: string; functionalName: string; totalColumn: string; totalRow: string; individuals: string };
}

export interface FillOptions {
  /** Fill 部门收入总体情况表 (default true when fill is given). */
  revenue?: boolean;
  /** Fill 一般公共预算基本支出情况表 (default true). */
  basic?: boolean;
  /** Fill 支出经济分类汇总表 (default true). */
  economic?: boolean;
  /** Fix some layout choices; the others are drawn from the PRNG. */
  layout?: Partial<FillLayout>;
}

export interface FillInput {
  head: VLine[];
  rng: Rng;
  file: string;
  department: string;
  year: string;
  seedsDir?: string;
  fill?: FillOptions;
  /** Number of budget units (2 or more splits the department). */
  units?: number;
}

export type Tables = Record<string, PublishedRow[]>;

export interface FillResult {
  head: VLine[];
  /** Table id → the rows the build must publish (every column but source_line). */
  expected: Tables;
  layout: FillLayout;
  /** The unit codes of a multi-unit variant, else null. */
  units: string[] | null;
}

const REVENUE_SOURCES = [
  ["general_budget", "一般公共预算"],
  ["superior_advance", "上级预拨"],
  ["government_fund", "政府性基金"],
  ["prior_year_balance", "上年结余（结转）"],
  ["education_fees", "专户管理的教育收费"],
  ["state_capital", "国有资本经营预算"],
  ["institution_revenue", "事业收入"],
  ["business_revenue", "经营收入"],
  ["institution_fund", "事业基金"],
  ["other_revenue", "其他收入"],
  ["carryover", "部门结转"],
  ["institution_fund_offset", "用事业单位基金弥补收支差额"],
] as const;
const FILLED_SOURCES = new Set(["general_budget", "superior_advance", "carryover"]);

export function drawLayout(r: Rng, fixed: Partial<FillLayout> = {}): FillLayout {
  const drawn: FillLayout = {
    economicCodes: r.pick(["split", "joined"] as const),
    totalLast: r.chance(0.5),
    reorderAmounts: r.chance(0.5),
    columnNumbers: r.chance(0.5),
    pages: r.chance(0.6),
    basicSplit: r.chance(0.4),
    economicSources: r.pick(["none", "with", "only"] as const),
    blankSources: r.chance(0.5),
    departmentRow: r.chance(0.5),
    unitCodeOnRows: r.chance(0.5),
    unitCodeColumn: r.chance(0.6),
    comma: r.chance(0.5),
    twoDecimals: r.chance(0.3),
    words: {
      economicCode: r.pick(["经济分类科目编码", "部门预算经济分类科目编码", "科目编码"]),
      economicName: r.pick(["经济分类科目名称", "科目名称"]),
      functionalName: r.pick(["单位(科目名称)", "科目名称"]),
      totalColumn: r.pick(["合计", "总计"]),
      totalRow: r.pick(["合计", "总计"]),
      individuals: r.pick(["对个人和家庭的补助", "对个人和家庭的补助支出"]),
    },
  };
  return { ...drawn, ...fixed, words: { ...drawn.words, ...fixed.words } };
}

// ---------------------------------------------------------------------------------------------
// The department's 项 rows, with their sources of funds, assigned to units.

interface Item {
  dept: FunctionalRow;
  /** The same code's row of 一般公共预算支出情况表 (null when the general budget has none). */
  general: FunctionalRow | null;
  /** Cents of 上级预拨 and of 部门结转 in this row (the rest of its total is 一般公共预算). */
  superior: number;
  carryover: number;
}

interface Unit {
  code: string;
  /** Null for the single unit of a one-unit department (no unit row is printed). */
  name: string | null;
  items: Item[];
}

const LEAVES: CodedAmount[] = ["basic_salaries", "basic_operating", "basic_individuals", "project_general", "project_special"];

function withSubtotals(leaves: Partial<Record<CodedAmount, number>>): Record<CodedAmount, number> {
  const a = Object.fromEntries(CODED_AMOUNTS.map((k) => [k, leaves[k] ?? 0])) as Record<CodedAmount, number>;
  a.basic_total = a.basic_salaries + a.basic_operating + a.basic_individuals;
  a.project_total = a.project_general + a.project_special;
  a.total = a.basic_total + a.project_total;
  return a;
}

function items(f: SeedFigures): Item[] {
  const generalByKey = new Map(f.general.map((g) => [`${codeOf(g)}-${g.unitCode}`, g]));
  const list: Item[] = f.department.map((dept) => {
    const general = generalByKey.get(`${codeOf(dept)}-${dept.unitCode}`) ?? null;
    return { dept, general, superior: 0, carryover: dept.a.total - (general?.a.total ?? 0) };
  });
  // 上级预拨 of a 类 (财政拨款收支总体情况表: general budget minus 财政拨款) goes to that 类's rows: to the row whose
  // general-budget total is exactly it, else to its rows in order.
  for (const [cls, amount] of f.nonAppropriationByClass) {
    const rows = list.filter((i) => i.dept.classCode === cls && i.general);
    const exact = rows.find((i) => i.general!.a.total === amount);
    let left = amount;
    for (const i of exact ? [exact] : rows) {
      const take = Math.min(left, i.general!.a.total);
      i.superior += take;
      left -= take;
    }
    if (left !== 0) throw new Error(`上级预拨 of 类 ${cls} exceeds its general-budget rows`);
  }
  const sum = (k: (i: Item) => number) => list.reduce((s, i) => s + k(i), 0);
  const total = sum((i) => i.dept.a.total);
  if (f.revenue.total && total !== f.revenue.total) throw new Error(`部门支出总体情况表 totals ${total}, 收入合计 ${f.revenue.total}`);
  if (f.revenue.carryover !== sum((i) => i.carryover)) throw new Error("部门结转 disagrees with 部门支出总体情况表 − 一般公共预算支出情况表");
  if (f.revenue.general !== total - sum((i) => i.superior) - sum((i) => i.carryover)) throw new Error("一般公共预算收入 disagrees with the rows' sources");
  return list;
}

/** A row split in two: each leaf amount divided at a 0.1 step, both parts non-empty. */
function splitItem(r: Rng, i: Item): [Item, Item] | null {
  if (i.superior || i.carryover || !i.general || LEAVES.some((k) => i.general!.a[k] !== i.dept.a[k])) return null;
  const largest = [...LEAVES].sort((x, y) => i.dept.a[y] - i.dept.a[x])[0]!;
  if (i.dept.a[largest] < 20) return null;
  const first: Partial<Record<CodedAmount, number>> = {};
  for (const k of LEAVES) {
    const v = i.dept.a[k];
    first[k] = k === largest ? 10 * r.int(1, v / 10 - 1) : 10 * r.int(0, Math.floor(v / 10));
  }
  const second = Object.fromEntries(LEAVES.map((k) => [k, i.dept.a[k] - first[k]!]));
  const part = (leaves: Partial<Record<CodedAmount, number>>): Item => {
    const a = withSubtotals(leaves);
    return { dept: { ...i.dept, a }, general: { ...i.general!, a }, superior: 0, carryover: 0 };
  };
  return [part(first), part(second)];
}

const UNIT_NAMES = ["中小企业发展服务中心", "科技情报研究所", "产业发展促进中心", "创新创业服务中心", "信息化推进中心"];

function assignUnits(r: Rng, list: Item[], n: number, department: string, baseCode: string): Unit[] {
  const cityOf = /^(.+?[市县区])/.exec(department)?.[1] ?? "";
  const names = r.shuffle(UNIT_NAMES);
  const units: Unit[] = Array.from({ length: n }, (_, u) => ({
    code: `${baseCode}${String(u + 1).padStart(3, "0")}`,
    name: u === 0 ? `${department}机关` : `${cityOf}${names[(u - 1) % names.length]}`,
    items: [],
  }));
  for (const i of list) {
    const split = r.chance(0.35) ? splitItem(r, i) : null;
    if (split) {
      const [a, b] = r.shuffle(units.map((_, u) => u)).slice(0, 2);
      units[a!]!.items.push(split[0]);
      units[b!]!.items.push(split[1]);
    } else units[r.int(0, n - 1)]!.items.push(i);
  }
  // Every unit prints at least one row.
  for (const u of units) {
    if (u.items.length) continue;
    const donor = units.find((d) => d.items.length > 1)!;
    u.items.push(donor.items.splice(r.int(0, donor.items.length - 1), 1)[0]!);
  }
  for (const u of units) {
    u.items.sort((x, y) => codeOf(x.dept).localeCompare(codeOf(y.dept)));
    for (const i of u.items) {
      i.dept = { ...i.dept, unitCode: u.code };
      if (i.general) i.general = { ...i.general, unitCode: u.code };
    }
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// Expected rows.

const columnsOf = (table: keyof typeof TABLES) => TABLES[table].columns.map((c) => c.name).filter((n) => n !== "source_line");

function blankRow(table: keyof typeof TABLES, file: string): PublishedRow {
  const row: PublishedRow = Object.fromEntries(columnsOf(table).map((c) => [c, null]));
  row.source_file = file;
  return row;
}

const rowId = (code: string, unitCode: string | null) => (unitCode ? `${code}-${unitCode}` : code);

function functionalKeys(row: PublishedRow, kind: string, fr: FunctionalRow | null, name: string, unitCode: string | null, names: Map<string, string>): PublishedRow {
  row.row_kind = kind;
  row.name = name;
  row.unit_code = unitCode;
  if (fr) {
    const code = codeOf(fr);
    Object.assign(row, {
      id: rowId(code, unitCode),
      code,
      class_code: fr.classCode,
      section_code: fr.classCode + fr.sectionPart,
      section_part: fr.sectionPart,
      item_part: fr.itemPart,
      class_name: names.get(fr.classCode) ?? null,
      section_name: names.get(fr.classCode + fr.sectionPart) ?? null,
    });
  } else row.id = kind === "unit" ? `unit-${unitCode}` : kind;
  return row;
}

// ---------------------------------------------------------------------------------------------
// Printing.

function pageLines(year: string, title: string, department: string, header: string[][], rows: string[][], pages: number, r: Rng): VLine[] {
  const cuts = new Set<number>();
  const n = Math.min(pages, Math.max(1, rows.length));
  while (cuts.size < n - 1) cuts.add(r.int(1, rows.length - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), rows.length];
  const out: VLine[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    out.push(...[`${year}年${title}`, "", `单位：${department}`, "", "单位：万元", ""].map(inserted));
    for (const h of header) out.push(inserted(h.join("\t")));
    for (const row of rows.slice(bounds[p], bounds[p + 1])) out.push(inserted(row.join("\t")));
    out.push(inserted(""));
  }
  return out;
}

const amountCell = (c: number, comma: boolean, twoDecimals = false) => (c ? printAmount(c, comma, twoDecimals) : "");

// ---------------------------------------------------------------------------------------------
// 部门收入总体情况表.

function revenueTable(units: Unit[], multi: boolean, layout: FillLayout, r: Rng, ctx: Ctx): { rows: PublishedRow[]; lines: VLine[] } {
  const sources = REVENUE_SOURCES.filter(([k]) => FILLED_SOURCES.has(k) || (layout.blankSources && r.chance(0.4)));
  const order = layout.reorderAmounts ? r.shuffle(sources) : sources;
  const header = [
    ["科目编码", "", "", "单位代码", layout.words.functionalName, layout.words.totalColumn, ...order.map(([, label]) => label)],
    ["类", "款", "项", "", "", "", ...order.map(() => "")],
  ];
  if (layout.columnNumbers) header.push([..."*****".split("").map(() => "**"), ...Array.from({ length: order.length + 1 }, (_, i) => String(i + 1))]);
  const amountsOf = (list: Item[]) => {
    const s = { total: 0, superior_advance: 0, carryover: 0, general_budget: 0 } as Record<string, number>;
    for (const i of list) {
      s.total! += i.dept.a.total;
      s.superior_advance! += i.superior;
      s.carryover! += i.carryover;
      s.general_budget! += i.dept.a.total - i.superior - i.carryover;
    }
    return s;
  };
  const printedRow = (keys: string[], s: Record<string, number>) => [...keys, amountCell(s.total!, layout.comma, layout.twoDecimals), ...order.map(([k]) => amountCell(s[k] ?? 0, layout.comma, layout.twoDecimals))];
  const expectedRow = (keyed: PublishedRow, s: Record<string, number>) => {
    keyed.total = wan(s.total!);
    for (const [k] of REVENUE_SOURCES) keyed[k] = FILLED_SOURCES.has(k) && order.some(([o]) => o === k) ? wan(s[k]!) : null;
    return keyed;
  };
  const all = units.flatMap((u) => u.items);
  const printed: string[][] = [];
  const expected: PublishedRow[] = [];
  const total = amountsOf(all);
  printed.push(printedRow(["", "", "", "", layout.words.totalRow], total));
  expected.push(expectedRow(functionalKeys(blankRow("revenueOverview", ctx.file), "total", null, layout.words.totalRow, null, ctx.functionalNames), total));
  if (!multi || layout.departmentRow) {
    printed.push(printedRow(["", "", "", "", ctx.department], total));
    expected.push(expectedRow(functionalKeys(blankRow("revenueOverview", ctx.file), "department", null, ctx.department, null, ctx.functionalNames), total));
  }
  for (const u of units) {
    if (multi) {
      const s = amountsOf(u.items);
      printed.push(printedRow(["", "", "", u.code, u.name!], s));
      expected.push(expectedRow(functionalKeys(blankRow("revenueOverview", ctx.file), "unit", null, u.name!, u.code, ctx.functionalNames), s));
    }
    for (const i of u.items) {
      const s = amountsOf([i]);
      const d = i.dept;
      printed.push(printedRow([d.classCode, d.sectionPart, d.itemPart, d.unitCode, d.name], s));
      expected.push(expectedRow(functionalKeys(blankRow("revenueOverview", ctx.file), "item", d, d.name, d.unitCode, ctx.functionalNames), s));
    }
  }
  const lines = pageLines(ctx.year, "部门收入总体情况表", ctx.department, header, printed, layout.pages ? 2 : 1, r);
  return { rows: expected, lines };
}

// ---------------------------------------------------------------------------------------------
// The functional tables of a multi-unit department, printed afresh.

function functionalTable(table: "departmentExpenditure" | "generalBudgetExpenditure", units: Unit[], departmentRow: boolean, ctx: Ctx): { rows: PublishedRow[]; printed: string[][] } {
  const pick = (i: Item) => (table === "departmentExpenditure" ? i.dept : i.general);
  const sumOf = (rows: FunctionalRow[]) => Object.fromEntries(CODED_AMOUNTS.map((k) => [k, rows.reduce((s, x) => s + x.a[k], 0)])) as Record<CodedAmount, number>;
  const cells = (a: Record<CodedAmount, number>) => CODED_AMOUNTS.map((k) => amountCell(a[k], ctx.seedComma));
  const withAmounts = (row: PublishedRow, a: Record<CodedAmount, number>) => {
    for (const k of CODED_AMOUNTS) row[k] = wan(a[k]);
    return row;
  };
  const all = units.flatMap((u) => u.items.map(pick).filter((x): x is FunctionalRow => x !== null));
  const total = sumOf(all);
  const printed: string[][] = [["", "", "", "", "合计", ...cells(total)]];
  const rows: PublishedRow[] = [withAmounts(functionalKeys(blankRow(table, ctx.file), "total", null, "合计", null, ctx.functionalNames), total)];
  if (departmentRow) {
    printed.push(["", "", "", "", ctx.department, ...cells(total)]);
    rows.push(withAmounts(functionalKeys(blankRow(table, ctx.file), "department", null, ctx.department, null, ctx.functionalNames), total));
  }
  for (const u of units) {
    const own = u.items.map(pick).filter((x): x is FunctionalRow => x !== null);
    if (!own.length) continue;
    const s = sumOf(own);
    printed.push(["", "", "", u.code, u.name!, ...cells(s)]);
    rows.push(withAmounts(functionalKeys(blankRow(table, ctx.file), "unit", null, u.name!, u.code, ctx.functionalNames), s));
    for (const x of own) {
      printed.push([x.classCode, x.sectionPart, x.itemPart, x.unitCode, x.name, ...cells(x.a)]);
      rows.push(withAmounts(functionalKeys(blankRow(table, ctx.file), "item", x, x.name, x.unitCode, ctx.functionalNames), x.a));
    }
  }
  return { rows, printed };
}

/** Replaces the data rows of a functional table (after each page's `**` row, up to the blank line), page by page. */
function replaceDataRows(head: VLine[], title: string, printed: string[][]): VLine[] {
  const blocks: [number, number][] = [];
  const section = sectionLines(head, title);
  for (const i of section) {
    if (!head[i]!.text.startsWith("**")) continue;
    let end = i + 1;
    while (end < head.length && head[end]!.text.trim() !== "" && section.includes(end)) end++;
    blocks.push([i + 1, end]);
  }
  if (!blocks.length) throw new Error(`${title}: no column-number row to find its data rows by`);
  const out = [...head];
  let left = printed.map((c) => inserted(c.join("\t")));
  const parts = blocks.map(([from, to], b) => {
    const take = b === blocks.length - 1 ? left.length : Math.min(left.length, to - from);
    const part = left.slice(0, take);
    left = left.slice(take);
    return part;
  });
  for (let b = blocks.length - 1; b >= 0; b--) out.splice(blocks[b]![0], blocks[b]![1] - blocks[b]![0], ...parts[b]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The economic tables.

interface Ctx {
  file: string;
  year: string;
  department: string;
  functionalNames: Map<string, string>;
  economicNames: Map<string, string>;
  economicChildren: Map<string, string[]>;
  /** Whether the seed's own amounts print a thousands comma (the functional tables reprinted keep it). */
  seedComma: boolean;
}

/**
 * Cents by 款 code, summing to `amount`, over 1–4 of the class's official 款 (0.1 steps, each > 0),
 * never a 款 of the “三公” table (those are placed by economicUnits, as printed there).
 */
function splitClass(r: Rng, ctx: Ctx, cls: string, amount: number): Map<string, number> {
  if (amount === 0) return new Map();
  const kuan = (ctx.economicChildren.get(cls) ?? []).filter((k) => !THREE_PUBLIC_KUAN.some(([, code]) => code === k));
  if (!kuan.length) throw new Error(`economic class ${cls} has no 款 in the list`);
  const steps = amount / 10;
  const n = Math.max(1, Math.min(r.int(1, 4), kuan.length, steps));
  const codes = r.shuffle(kuan).slice(0, n).sort();
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(r.int(1, steps - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), steps];
  return new Map(codes.map((c, j) => [c, (bounds[j + 1]! - bounds[j]!) * 10]));
}

/**
 * Northwest-corner split of class totals over units: each unit's share sums to its own total, and is at
 * least `minimum[u]` of each class (what its sources of funds need there).
 */
function allocate(r: Rng, byClass: Map<string, number>, unitTotals: number[], minimum: Map<string, number>[] = unitTotals.map(() => new Map())): Map<string, number>[] {
  const classes = r.shuffle([...byClass.keys()]);
  const out = minimum.map((m) => new Map(m));
  const need = unitTotals.map((t, u) => t - [...minimum[u]!.values()].reduce((s, x) => s + x, 0));
  if (need.some((x) => x < 0)) throw new Error("a unit's sources of funds exceed its 项目支出");
  byClass = new Map([...byClass].map(([c, t]) => [c, t - minimum.reduce((s, m) => s + (m.get(c) ?? 0), 0)]));
  let u = 0;
  for (const c of classes) {
    let left = byClass.get(c)!;
    while (left > 0) {
      while (u < need.length && need[u] === 0) u++;
      if (u >= need.length) throw new Error("项目支出 by class exceeds the units' project totals");
      const take = Math.min(left, need[u]!);
      out[u]!.set(c, (out[u]!.get(c) ?? 0) + take);
      need[u]! -= take;
      left -= take;
    }
  }
  return out;
}

interface EconomicUnit {
  code: string | null;
  name: string | null;
  /** Class → 款 → cents, of basic (by personnel / operating through the class) and of project spending. */
  basic: Map<string, Map<string, number>>;
  project: Map<string, Map<string, number>>;
  /** 款 → its 部门结转 (within its project spending); the rest of a row is 一般公共预算. */
  carryover: Map<string, number>;
}

/** Splits each unit's 部门结转 over the classes carrying it (northwest corner, both sides sum alike). */
function allocateSources(byClass: Map<string, number>, unitTotals: number[]): Map<string, number>[] {
  const out = unitTotals.map(() => new Map<string, number>());
  const need = [...unitTotals];
  let u = 0;
  for (const [c, total] of [...byClass].sort()) {
    let left = total;
    while (left > 0) {
      while (u < need.length && need[u] === 0) u++;
      if (u >= need.length) throw new Error("the classes' sources exceed the units'");
      const take = Math.min(left, need[u]!);
      out[u]!.set(c, (out[u]!.get(c) ?? 0) + take);
      need[u]! -= take;
      left -= take;
    }
  }
  if (need.some((x) => x !== 0)) throw new Error("the units' sources exceed the classes'");
  return out;
}

const BASIC_CLASSES: [string, CodedAmount][] = [
  ["301", "basic_salaries"],
  ["302", "basic_operating"],
  ["303", "basic_individuals"],
];
/** 公用经费 holds the 302 rows; 人员经费 the others. */
const isOperating = (code: string) => code.startsWith("302");

function economicUnits(r: Rng, units: Unit[], f: SeedFigures, ctx: Ctx, multi: boolean): EconomicUnit[] {
  // 部门结转 of each unit (its 项 rows) goes to the classes the summary prints it in.
  const byClass = new Map([...f.projectSourcesByClass].filter(([, s]) => s.carryover).map(([c, s]) => [c, s.carryover]));
  const carryover = allocateSources(byClass, units.map((u) => u.items.reduce((s, i) => s + i.carryover, 0)));
  const projectShares = allocate(r, f.projectByClass, units.map((u) => u.items.reduce((s, i) => s + i.dept.a.project_total, 0)), carryover);
  // The “三公” 款 of class 302 (公务接待费, 公务用车运行维护费, 因公出国（境）费用) are basic 公用经费 of the unit
  // with the most of it, exactly as the “三公” table prints them.
  const threePublic = [...f.threePublic].filter(([k]) => k.startsWith("302"));
  const operating = units.map((u) => u.items.reduce((s, i) => s + i.dept.a.basic_operating, 0));
  const holder = operating.indexOf(Math.max(...operating));
  const reserved = threePublic.reduce((s, [, c]) => s + c, 0);
  if (reserved > operating[holder]!) throw new Error("the “三公” table exceeds 公用经费");
  return units.map((u, n) => {
    const basic = new Map<string, Map<string, number>>();
    for (const [cls, col] of BASIC_CLASSES) {
      const amount = u.items.reduce((s, i) => s + i.dept.a[col], 0);
      if (!amount) continue;
      if (cls === "302" && n === holder) {
        const split = splitClass(r, ctx, cls, amount - reserved);
        for (const [k, c] of threePublic) split.set(k, c);
        basic.set(cls, new Map([...split].sort()));
      } else basic.set(cls, splitClass(r, ctx, cls, amount));
    }
    const project = new Map<string, Map<string, number>>();
    const carried = new Map<string, number>();
    for (const [cls, amount] of [...projectShares[n]!].sort()) {
      if (!amount) continue;
      const split = splitClass(r, ctx, cls, amount);
      project.set(cls, split);
      // The class's 部门结转 over its 款 rows, each row at most its project amount.
      let left = carryover[n]!.get(cls) ?? 0;
      for (const code of r.shuffle([...split.keys()])) {
        const take = Math.min(left, split.get(code)!);
        if (take) carried.set(code, take);
        left -= take;
      }
    }
    return { code: multi ? u.code : null, name: multi ? u.name : null, basic, project, carryover: carried };
  });
}

type EconomicKind = "basic" | "summary";

interface Amounts {
  total: number;
  personnel: number;
  operating: number;
  basic_total: number;
  project_total: number;
  general_budget: number;
  carryover: number;
}
const zero = (): Amounts => ({ total: 0, personnel: 0, operating: 0, basic_total: 0, project_total: 0, general_budget: 0, carryover: 0 });
function add(a: Amounts, code: string, basic: number, project: number, carryover = 0): Amounts {
  a.basic_total += basic;
  a.project_total += project;
  a.total += basic + project;
  a.carryover += carryover;
  a.general_budget += basic + project - carryover;
  if (isOperating(code)) a.operating += basic;
  else a.personnel += basic;
  return a;
}

interface EconomicLine {
  kind: "total" | "department" | "unit" | "class" | "item";
  code: string | null;
  unitCode: string | null;
  name: string;
  a: Amounts;
}

function economicLines(kind: EconomicKind, eus: EconomicUnit[], layout: FillLayout, ctx: Ctx): EconomicLine[] {
  const body: EconomicLine[] = [];
  const grand = zero();
  for (const eu of eus) {
    const unitSum = zero();
    const rows: EconomicLine[] = [];
    const classes = [...new Set([...eu.basic.keys(), ...(kind === "summary" ? eu.project.keys() : [])])].sort();
    for (const cls of classes) {
      const b = eu.basic.get(cls) ?? new Map<string, number>();
      const p = kind === "summary" ? (eu.project.get(cls) ?? new Map<string, number>()) : new Map<string, number>();
      const clsSum = zero();
      const items: EconomicLine[] = [];
      for (const code of [...new Set([...b.keys(), ...p.keys()])].sort()) {
        const args = [b.get(code) ?? 0, p.get(code) ?? 0, kind === "summary" ? (eu.carryover.get(code) ?? 0) : 0] as const;
        const a = add(zero(), code, ...args);
        add(clsSum, code, ...args);
        items.push({ kind: "item", code, unitCode: eu.code, name: ctx.economicNames.get(code)!, a });
      }
      // The 类 name as printed: the list's, but 303 as the template's summary words it when drawn so.
      const printedName = cls === "303" ? layout.words.individuals : ctx.economicNames.get(cls)!;
      rows.push({ kind: "class", code: cls, unitCode: eu.code, name: printedName, a: clsSum }, ...items);
      add(unitSum, cls, clsSum.basic_total, clsSum.project_total, clsSum.carryover);
    }
    for (const k of Object.keys(grand) as (keyof Amounts)[]) grand[k] += unitSum[k];
    // A unit with nothing in this table (no basic spending, say) prints no row in it.
    if (!rows.length) continue;
    if (eu.code) body.push({ kind: "unit", code: null, unitCode: eu.code, name: eu.name!, a: unitSum });
    body.push(...rows);
  }
  const totalRow: EconomicLine = { kind: "total", code: null, unitCode: null, name: layout.words.totalRow, a: grand };
  const deptRow: EconomicLine[] = layout.departmentRow ? [{ kind: "department", code: null, unitCode: null, name: ctx.department, a: { ...grand } }] : [];
  return layout.totalLast ? [...deptRow, ...body, totalRow] : [totalRow, ...deptRow, ...body];
}

const ECONOMIC_AMOUNTS: Record<EconomicKind, (keyof Amounts)[]> = {
  basic: ["total", "personnel", "operating"],
  summary: ["total", "basic_total", "personnel", "operating", "project_total", "general_budget", "carryover"],
};

function economicTable(kind: EconomicKind, eus: EconomicUnit[], layout: FillLayout, r: Rng, ctx: Ctx): { rows: PublishedRow[]; lines: VLine[] } {
  const multi = eus.length > 1;
  const split = layout.economicCodes === "split";
  // Amount columns: [published column, header row 1, header row 2].
  let cols: [keyof Amounts, string, string][];
  if (kind === "basic") {
    const parts: [keyof Amounts, string, string][] = [["personnel", "人员经费", ""], ["operating", "公用经费", ""]];
    cols = [["total", layout.words.totalColumn, ""], ...(layout.reorderAmounts ? parts.reverse() : parts)];
  } else if (layout.basicSplit) {
    const inner: [keyof Amounts, string, string][] = [["personnel", "", "人员经费"], ["operating", "", "公用经费"]];
    const basic: [keyof Amounts, string, string][] = [["basic_total", "基本支出", "小计"], ...(layout.reorderAmounts ? inner.reverse() : inner)];
    const project: [keyof Amounts, string, string][] = [["project_total", "项目支出", ""]];
    cols = [["total", layout.words.totalColumn, ""], ...(layout.reorderAmounts ? [...project, ...basic] : [...basic, ...project])];
  } else {
    const parts: [keyof Amounts, string, string][] = [["basic_total", "基本支出", ""], ["project_total", "项目支出", ""]];
    cols = [["total", layout.words.totalColumn, ""], ...(layout.reorderAmounts ? parts.reverse() : parts)];
  }
  if (kind === "summary" && layout.economicSources !== "none") {
    const sources: [keyof Amounts, string, string][] = [["general_budget", "一般公共预算", ""], ["carryover", "部门结转", ""]];
    const ordered = layout.reorderAmounts ? r.shuffle(sources) : sources;
    cols = layout.economicSources === "only" ? [cols[0]!, ...ordered] : [...cols, ...ordered];
  }
  const keyHeader1 = split ? [layout.words.economicCode, ""] : [layout.words.economicCode];
  const keyHeader2 = split ? ["类", "款"] : [""];
  const unitColumn = multi && layout.unitCodeColumn;
  const unitHeader1 = unitColumn ? ["单位代码"] : [];
  const twoRows = split || cols.some((c) => c[2] !== "");
  const header = [[...keyHeader1, ...unitHeader1, layout.words.economicName, ...cols.map((c) => c[1])]];
  if (twoRows) header.push([...keyHeader2, ...(unitColumn ? [""] : []), "", ...cols.map((c) => c[2])]);
  if (layout.columnNumbers) header.push([...keyHeader1.map(() => "**"), ...unitHeader1.map(() => "**"), "**", ...cols.map((_, i) => String(i + 1))]);

  const table = kind === "basic" ? "generalBudgetBasic" : "economicSummary";
  const printed: string[][] = [];
  const expected: PublishedRow[] = [];
  for (const line of economicLines(kind, eus, layout, ctx)) {
    // Without a 单位代码 column, a unit row prints its code where the classification code goes.
    const code = line.code ?? (line.kind === "unit" && !unitColumn ? line.unitCode! : "");
    const keyCells = split ? (code.length === 5 ? [code.slice(0, 3), code.slice(3)] : [code, ""]) : [code];
    const printsUnit = line.kind === "unit" || (layout.unitCodeOnRows && (line.kind === "class" || line.kind === "item"));
    const unitCells = unitColumn ? [printsUnit ? (line.unitCode ?? "") : ""] : [];
    printed.push([...keyCells, ...unitCells, line.name, ...cols.map(([k]) => amountCell(line.a[k], layout.comma, layout.twoDecimals))]);
    const row = blankRow(table, ctx.file);
    Object.assign(row, {
      id: line.code ? rowId(line.code, line.unitCode) : line.kind === "unit" ? `unit-${line.unitCode}` : line.kind,
      row_kind: line.kind,
      code: line.code,
      class_code: line.code ? line.code.slice(0, 3) : null,
      item_part: line.code && line.code.length === 5 ? line.code.slice(3) : null,
      unit_code: line.unitCode,
      name: line.name,
      official_name: line.code ? (ctx.economicNames.get(line.code) ?? null) : null,
      class_name: line.code ? (ctx.economicNames.get(line.code.slice(0, 3)) ?? null) : null,
    });
    for (const k of ECONOMIC_AMOUNTS[kind]) row[k] = cols.some(([c]) => c === k) ? wan(line.a[k]) : null;
    expected.push(row);
  }
  const title = kind === "basic" ? "一般公共预算基本支出情况表" : "支出经济分类汇总表";
  const lines = pageLines(ctx.year, title, ctx.department, header, printed, layout.pages ? (kind === "basic" ? 2 : 3) : 1, r);
  return { rows: expected, lines };
}

// ---------------------------------------------------------------------------------------------

/** Replaces every page of a table (its empty stubs) with the given lines. */
function replaceSection(head: VLine[], title: string, lines: VLine[]): VLine[] {
  const section = sectionLines(head, title);
  if (!section.length) throw new Error(`the seed prints no ${title}`);
  const [from, to] = [section[0]!, section[section.length - 1]! + 1];
  return [...head.slice(0, from), ...lines, ...head.slice(to)];
}

export function fillTables(input: FillInput): FillResult {
  const { rng: r, department, year } = input;
  const fill = input.fill ?? {};
  const n = input.units ?? 1;
  const layout = drawLayout(r, fill.layout);
  let head = input.head;
  const figures = readFigures(head);
  const econ = economicList(input.seedsDir);
  const ctx: Ctx = {
    file: input.file,
    year,
    department,
    functionalNames: functionalList(input.seedsDir).names,
    economicNames: econ.names,
    economicChildren: econ.children,
    seedComma: head.some((l) => /\t\d{1,3}(,\d{3})+\.\d/.test(l.text)),
  };
  const list = items(figures);
  const multi = n > 1;
  const baseCode = figures.department[0]!.unitCode;
  const units: Unit[] = multi ? assignUnits(r, list, n, department, baseCode) : [{ code: baseCode, name: null, items: list }];
  const expected: Tables = {};
  if (multi) {
    for (const [table, title] of [["departmentExpenditure", "部门支出总体情况表"], ["generalBudgetExpenditure", "一般公共预算支出情况表"]] as const) {
      const t = functionalTable(table, units, layout.departmentRow, ctx);
      expected[TABLES[table].id] = t.rows;
      head = replaceDataRows(head, title, t.printed);
    }
  }
  if (fill.revenue ?? true) {
    const t = revenueTable(units, multi, layout, r, ctx);
    expected[TABLES.revenueOverview.id] = t.rows;
    head = replaceSection(head, "部门收入总体情况表", t.lines);
  }
  const eus = economicUnits(r, units, figures, ctx, multi);
  if (fill.economic ?? true) {
    const t = economicTable("summary", eus, layout, r, ctx);
    expected[TABLES.economicSummary.id] = t.rows;
    head = replaceSection(head, "支出经济分类汇总表", t.lines);
  }
  if (fill.basic ?? true) {
    const t = economicTable("basic", eus, layout, r, ctx);
    expected[TABLES.generalBudgetBasic.id] = t.rows;
    head = replaceSection(head, "一般公共预算基本支出情况表", t.lines);
  }
  return { head, expected, layout, units: multi ? units.map((u) => u.code) : null };
}
