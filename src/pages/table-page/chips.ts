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
  startswith: "开头为",
};

export interface Chip {
  column: ColumnDef;
  /** The parameter as written (`fund`, `amount__gte` …), for the English side. */
  param: string;
  /** The condition in words: `= 明细 (item)`, `为空`. */
  condition: string;
  /** The parameter and value of this filter in the URL. */
  filter: Pair;
  /** The page without this filter. */
  without: Pair[];
}

/** A filter value as the page shows it: a coded value by its label, with the code where it differs. */
export function shownValue(column: ColumnDef, raw: string): string {
  const label = valueLabel(column, raw);
  return label === raw ? raw : `${label} (${raw})`;
}

function condition(filter: Filter, raw: string): string {
  if (filter.op === "isnull") return filter.value === true ? "为空 (blank)" : "不为空 (not blank)";
  const value = filter.op === "in" ? raw.split(",").map((v) => shownValue(filter.column, v)).join(", ") : shownValue(filter.column, raw);
  return `${OP_SIGNS[filter.op]} ${value}`;
}

/** One chip per filter parameter of the page (the pairs are the validated query, so each names a filter). */
export function chipsOf(pairs: readonly Pair[], filters: readonly Filter[]): Chip[] {
  const chips: Chip[] = [];
  for (const pair of pairs) {
    const filter = filters.find((f) => f.param === pair[0]);
    if (!filter) continue;
    chips.push({ column: filter.column, param: pair[0], condition: condition(filter, pair[1]), filter: pair, without: reselect(pairs, { remove: pair }) });
  }
  return chips;
}
