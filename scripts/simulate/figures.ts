/**
 * The figures a variant's filled tables must agree with, read from the variant's own text (after the
 * rename and rescale): the coded rows of 部门支出总体情况表 and 一般公共预算支出情况表, the 项目支出 lines
 * by 经济分类 of 部门收支总体情况表, its revenue sources, and the 财政拨款 split by 类 of
 * 财政拨款收支总体情况表. Template knowledge only; amounts in cents (0.01 万元), integers throughout.
 */
import type { VLine } from "./document";

const AMOUNT = /^[\d,]+\.\d{1,2}$/;

/** Cents of a printed amount, null for a blank or non-amount cell. */
export function cents(cell: string | undefined): number | null {
  const c = (cell ?? "").trim();
  if (!AMOUNT.test(c)) return null;
  const [whole, frac = ""] = c.replace(/,/g, "").split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

/** An amount as the template prints it: thousands comma (or not), one decimal unless the cents need two (or always two). */
export function printAmount(c: number, comma = true, twoDecimals = false): string {
  const whole = Math.floor(c / 100);
  const frac = c % 100;
  const w = comma ? whole.toLocaleString("en-US") : String(whole);
  return frac % 10 === 0 && !twoDecimals ? `${w}.${frac / 10}` : `${w}.${String(frac).padStart(2, "0")}`;
}

/** The published number of an amount in cents (万元, as the build publishes it). */
export const wan = (c: number | null): number | null => (c === null || c === 0 ? null : c / 100);

/** The eight amount columns of the coded functional tables, in the template's order. */
export const CODED_AMOUNTS = ["total", "basic_total", "basic_salaries", "basic_operating", "basic_individuals", "project_total", "project_general", "project_special"] as const;
export type CodedAmount = (typeof CODED_AMOUNTS)[number];

/** A 项 row of a coded functional table. */
export interface FunctionalRow {
  classCode: string;
  sectionPart: string;
  itemPart: string;
  unitCode: string;
  name: string;
  /** Cents by column; 0 where blank. */
  a: Record<CodedAmount, number>;
}

export const codeOf = (r: FunctionalRow) => r.classCode + r.sectionPart + r.itemPart;

/** Where a table of the head starts: its `YYYY年<title>` line. */
export interface TitleLine {
  index: number;
  title: string;
}

const TITLE = /^\s*(\d{4})年(.+?)\s*$/;

export function titles(head: VLine[]): TitleLine[] {
  return head.flatMap((l, index) => {
    const m = TITLE.exec(l.text);
    return m && !l.text.includes("\t") ? [{ index, title: m[2]! }] : [];
  });
}

/** Line indices of the head belonging to the tables of a title (every page of it). */
export function sectionLines(head: VLine[], title: string): number[] {
  const ts = titles(head);
  const out: number[] = [];
  ts.forEach((t, i) => {
    if (t.title !== title) return;
    const end = ts[i + 1]?.index ?? head.length;
    for (let k = t.index; k < end; k++) out.push(k);
  });
  return out;
}

const CODED_ROW = /^\d{3}\t\d{2}\t\d{2}\t\d+\t/;

export function readFunctionalRows(head: VLine[], title: string): { rows: FunctionalRow[]; lines: number[] } {
  const rows: FunctionalRow[] = [];
  const lines: number[] = [];
  for (const i of sectionLines(head, title)) {
    const text = head[i]!.text;
    if (!CODED_ROW.test(text)) continue;
    const c = text.split("\t");
    const a = Object.fromEntries(CODED_AMOUNTS.map((k, j) => [k, cents(c[5 + j]) ?? 0])) as Record<CodedAmount, number>;
    rows.push({ classCode: c[0]!, sectionPart: c[1]!, itemPart: c[2]!, unitCode: c[3]!.trim(), name: c[4]!.trim(), a });
    lines.push(i);
  }
  return { rows, lines };
}

/** 部门收支总体情况表's numbered 项目支出 lines (1、商品和服务类专项支出 … 9、其他支出) → economic class (类). */
export const PROJECT_LINE_CLASS: Record<string, string> = { "1": "302", "2": "303", "3": "307", "4": "309", "5": "310", "6": "311", "7": "312", "8": "313", "9": "399" };

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一 … 九十九 as a number (the 类 ordinals of 财政拨款收支总体情况表). */
export function chineseOrdinal(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const i = s.indexOf("十");
  if (i < 0) return s.length === 1 ? NUMERALS[s]! : null;
  const tens = i === 0 ? 1 : NUMERALS[s.slice(0, i)] ?? NaN;
  const ones = i === s.length - 1 ? 0 : NUMERALS[s.slice(i + 1)] ?? NaN;
  const n = tens * 10 + ones;
  return Number.isNaN(n) ? null : n;
}

export interface SeedFigures {
  department: FunctionalRow[];
  general: FunctionalRow[];
  /** 项目支出 by economic class (类 code → cents), from the numbered lines of 部门收支总体情况表. */
  projectByClass: Map<string, number>;
  /** Of that, by class: 上级预拨 (一般公共预算 minus 其中：财政拨款) and 部门结转, where either is non-zero. */
  projectSourcesByClass: Map<string, { superior: number; carryover: number }>;
  /** Revenue of 部门收支总体情况表: 一般公共预算收入, 部门结转, 收入合计. */
  revenue: { general: number; carryover: number; total: number };
  /** 财政拨款收支总体情况表: per functional 类, the general budget that is not 财政拨款 (上级预拨). */
  nonAppropriationByClass: Map<string, number>;
  /** 一般公共预算“三公”经费支出情况表's items by the economic 款 they are (30212, 30217, 30231; 31013 for vehicle purchase), non-blank only. */
  threePublic: Map<string, number>;
}

/** The “三公” items and the economic 款 each is: an economic table's 款 must not contradict them. */
export const THREE_PUBLIC_KUAN: [RegExp, string][] = [
  [/因公出国/, "30212"],
  [/公务接待/, "30217"],
  [/运行维护/, "30231"],
  [/购置/, "31013"],
];

export function readFigures(head: VLine[]): SeedFigures {
  const department = readFunctionalRows(head, "部门支出总体情况表").rows;
  const general = readFunctionalRows(head, "一般公共预算支出情况表").rows;
  const projectByClass = new Map<string, number>();
  const projectSourcesByClass = new Map<string, { superior: number; carryover: number }>();
  const revenue = { general: 0, carryover: 0, total: 0 };
  for (const i of sectionLines(head, "部门收支总体情况表")) {
    const c = head[i]!.text.split("\t");
    const m = /^(\d)、/.exec((c[2] ?? "").trim());
    const amount = cents(c[3]);
    if (m && amount) {
      const cls = PROJECT_LINE_CLASS[m[1]!]!;
      projectByClass.set(cls, amount);
      // Columns of the expenditure side: 合计 (3), 用事业单位基金弥补收支差额 (4), 部门结转 (5), 本年支出小计 (6), 一般公共预算 (7), 其中：财政拨款 (8).
      const superior = (cents(c[7]) ?? 0) - (cents(c[8]) ?? 0);
      const carryover = cents(c[5]) ?? 0;
      if (superior || carryover) projectSourcesByClass.set(cls, { superior, carryover });
    }
    const label = (c[0] ?? "").trim();
    if (label === "一般公共预算收入") revenue.general = cents(c[1]) ?? 0;
    if (label === "部门结转") revenue.carryover = cents(c[1]) ?? 0;
    if (label === "收入合计") revenue.total = cents(c[1]) ?? 0;
  }
  const nonAppropriationByClass = new Map<string, number>();
  for (const i of sectionLines(head, "财政拨款收支总体情况表")) {
    const c = head[i]!.text.split("\t");
    c.forEach((cell, j) => {
      const m = /^([一二三四五六七八九十]+)、/.exec(cell.trim());
      const n = m ? chineseOrdinal(m[1]!) : null;
      if (n === null) return;
      const [gb, appr] = [cents(c[j + 2]), cents(c[j + 3])];
      if (gb !== null && gb - (appr ?? 0) > 0) nonAppropriationByClass.set(String(200 + n), gb - (appr ?? 0));
    });
  }
  const threePublic = new Map<string, number>();
  for (const i of sectionLines(head, "一般公共预算“三公”经费支出情况表")) {
    const c = head[i]!.text.split("\t");
    const kuan = THREE_PUBLIC_KUAN.find(([re]) => re.test(c[0] ?? ""))?.[1];
    const amount = cents(c[1]);
    if (kuan && amount) threePublic.set(kuan, amount);
  }
  if (!department.length || !general.length) throw new Error("the seed prints no coded rows of 部门支出总体情况表 / 一般公共预算支出情况表");
  return { department, general, projectByClass, projectSourcesByClass, revenue, nonAppropriationByClass, threePublic };
}
