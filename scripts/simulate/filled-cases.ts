/**
 * The named variants of the filled-tables matrix: every layout choice of fill.ts taken both ways, a
 * department of two units, and the file saved with a BOM and CRLF. Shared by the tests
 * (test/build/filled-variants.test.ts, simulate-filled.test.ts) and npm run fuzz:seeds.
 */
import type { FillLayout } from "./fill";
import type { SimulationOptions } from "./simulate";

export interface FilledCase {
  name: string;
  options: Omit<SimulationOptions, "seed">;
}

const WORDS_A: FillLayout["words"] = { economicCode: "经济分类科目编码", economicName: "经济分类科目名称", functionalName: "单位(科目名称)", totalColumn: "合计", totalRow: "合计", individuals: "对个人和家庭的补助" };
const WORDS_B: FillLayout["words"] = { economicCode: "部门预算经济分类科目编码", economicName: "科目名称", functionalName: "科目名称", totalColumn: "总计", totalRow: "总计", individuals: "对个人和家庭的补助支出" };

/** Two layouts that differ in every choice, then one choice at a time away from the first. */
export const LAYOUT_A: FillLayout = {
  economicCodes: "split",
  totalLast: false,
  reorderAmounts: false,
  columnNumbers: false,
  pages: false,
  basicSplit: false,
  economicSources: "none",
  blankSources: false,
  departmentRow: false,
  unitCodeOnRows: false,
  unitCodeColumn: true,
  comma: false,
  twoDecimals: false,
  words: WORDS_A,
};
export const LAYOUT_B: FillLayout = {
  economicCodes: "joined",
  totalLast: true,
  reorderAmounts: true,
  columnNumbers: true,
  pages: true,
  basicSplit: true,
  economicSources: "with",
  blankSources: true,
  departmentRow: true,
  unitCodeOnRows: true,
  unitCodeColumn: true,
  comma: true,
  twoDecimals: true,
  words: WORDS_B,
};

const single = (name: string, layout: Partial<FillLayout>): FilledCase => ({ name, options: { fill: { layout: { ...LAYOUT_A, ...layout } } } });

export const FILLED_CASES: FilledCase[] = [
  { name: "layout A: codes 类|款, 合计 first, template column order, one page, no column numbers", options: { fill: { layout: LAYOUT_A } } },
  { name: "layout B: codes 30101, 合计 last, columns reordered, pages, column numbers, 基本支出 split, sources, blank sources, 1,234.50, 总计", options: { fill: { layout: LAYOUT_B } } },
  single("codes in one column (301, 30101)", { economicCodes: "joined" }),
  single("合计 row last", { totalLast: true }),
  single("公用经费 before 人员经费, 项目支出 before 基本支出, sources shuffled", { reorderAmounts: true }),
  single("column-number row (** | 1 | 2 …)", { columnNumbers: true }),
  single("tables continued across pages", { pages: true }),
  single("支出经济分类汇总表 with 基本支出 split into 小计 / 人员经费 / 公用经费", { basicSplit: true }),
  single("支出经济分类汇总表 with the sources 一般公共预算 / 部门结转 after 基本支出 / 项目支出", { economicSources: "with" }),
  single("支出经济分类汇总表 with 合计 and the sources only", { economicSources: "only" }),
  single("部门收入总体情况表 with blank source columns", { blankSources: true }),
  single("department row in the economic tables", { departmentRow: true }),
  single("amounts with a thousands comma", { comma: true }),
  single("amounts with two decimals (944.90)", { twoDecimals: true }),
  single("header words 部门预算经济分类科目编码 / 科目名称 / 总计, 类 303 printed 对个人和家庭的补助支出", { words: WORDS_B }),
  { name: "only 部门收入总体情况表 filled", options: { fill: { revenue: true, basic: false, economic: false } } },
  { name: "only the two economic tables filled", options: { fill: { revenue: false } } },
  { name: "two units, tables as the seed prints them otherwise", options: { units: 2 } },
  { name: "two units, filled, layout A", options: { units: 2, fill: { layout: LAYOUT_A } } },
  { name: "two units, filled, layout B (department row, 单位代码 on every row)", options: { units: 2, fill: { layout: LAYOUT_B } } },
  { name: "two units, filled, layout drawn", options: { units: 2, fill: true } },
  { name: "two units, filled, 支出经济分类汇总表 by sources only", options: { units: 2, fill: { layout: { ...LAYOUT_A, economicSources: "only" } } } },
  { name: "two units, filled, no 单位代码 column in the economic tables (a unit row prints its code in the code column)", options: { units: 2, fill: { layout: { ...LAYOUT_A, unitCodeColumn: false } } } },
  { name: "two units, filled, layout B with codes 类 | 款 and no 单位代码 column", options: { units: 2, fill: { layout: { ...LAYOUT_B, economicCodes: "split", unitCodeColumn: false } } } },
  { name: "three units, filled, layout B", options: { units: 3, fill: { layout: LAYOUT_B } } },
  { name: "BOM and CRLF", options: { encoding: { bom: true, crlf: true } } },
  { name: "BOM only, filled", options: { encoding: { bom: true }, fill: true } },
  { name: "CRLF only, two units, filled", options: { encoding: { crlf: true }, units: 2, fill: true } },
];

/** The option set of a fuzz kind (npm run fuzz:seeds): filled, units, encoding. */
export const VARIANT_KINDS = ["filled", "units", "encoding"] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export function kindOptions(kinds: readonly VariantKind[], seed: number): Omit<SimulationOptions, "seed"> {
  const out: Omit<SimulationOptions, "seed"> = {};
  if (kinds.includes("filled")) out.fill = true;
  if (kinds.includes("units")) out.units = 2 + (seed % 5 === 0 ? 1 : 0);
  if (kinds.includes("encoding")) out.encoding = { bom: seed % 2 === 0, crlf: seed % 3 !== 1 };
  return out;
}
