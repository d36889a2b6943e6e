/** The active filters of the table page, each as a chip whose link is the page without it. */
import type { Filter, Operator } from "../../query/types";
import { valueLabel, type ColumnDef } from "../../schema/columns";
import { reselect, type Pair } from "./links";

/** How a chip writes each operator (isnull is written in words, from its flag). */
const OP_SIGNS: Record<Exclude<Operator, "isnull">, string> = {
  exact: "=",
  ne: "≠",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  in: "∈",
  contains: "包含",
  startswith: "开头是",
};
const OP_SIGNS_EN: Record<Exclude<Operator, "isnull">, string> = { ...OP_SIGNS, contains: "contains", startswith: "starts with" };

export interface Chip {
  column: ColumnDef;
  /** The parameter as written (`fund`, `amount__gte` …), for the English side. */
  param: string;
  /** The condition in words: `= 明细`, `为空`. */
  condition: string;
  /** The same in English: `= 明细 (item)`, `is blank`. */
  conditionEn: string;
  /** The parameter and value of this filter in the URL. */
  filter: Pair;
  /** The page without this filter. */
  without: Pair[];
}

/** A filter value as the page shows it: a coded value by its label, with the code where it differs. */
export function shownValue(column: ColumnDef, raw: string, withCode = true): string {
  const label = valueLabel(column, raw);
  return label === raw || !withCode ? label : `${label} (${raw})`;
}

function condition(filter: Filter, raw: string, en: boolean): string {
  if (filter.op === "isnull") return filter.value === true ? (en ? "is blank" : "为空") : en ? "is not blank" : "不为空";
  const value = filter.op === "in" ? raw.split(",").map((v) => shownValue(filter.column, v, en)).join(en ? ", " : "、") : shownValue(filter.column, raw, en);
  return `${(en ? OP_SIGNS_EN : OP_SIGNS)[filter.op]} ${value}`;
}

/** One chip per filter parameter of the page (the pairs are the validated query, so each names a filter). */
export function chipsOf(pairs: readonly Pair[], filters: readonly Filter[]): Chip[] {
  const chips: Chip[] = [];
  for (const pair of pairs) {
    const filter = filters.find((f) => f.param === pair[0]);
    if (!filter) continue;
    chips.push({ column: filter.column, param: pair[0], condition: condition(filter, pair[1], false), conditionEn: condition(filter, pair[1], true), filter: pair, without: reselect(pairs, { remove: pair }) });
  }
  return chips;
}
