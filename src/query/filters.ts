/** Parses `col=value` / `col__op=value` parameters into typed filters, and applies them. */
import type { PublishedRow, PublishedValue } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { columnHint, resolveColumn } from "./column-names";
import { didYouMean } from "../lib/suggest";
import { fold } from "./text";
import { OPERATORS, type Filter, type FilterValue, type Operator } from "./types";
import type { ParamError } from "../lib/problem";
import { isNumeric, parseFlag, parseValue } from "./values";

const TEXT_ONLY: readonly Operator[] = ["contains", "startswith"];

/** Operators that make sense for a column: no substring matching on numbers. */
export function operatorsFor(column: ColumnDef): readonly Operator[] {
  return isNumeric(column) ? OPERATORS.filter((op) => !TEXT_ONLY.includes(op)) : OPERATORS;
}

/** A filter from one query parameter, or the error that names it. */
export function parseFilter(param: string, raw: string, columns: readonly ColumnDef[]): Filter | ParamError {
  const names = columns.map((c) => c.name);
  // A column by its name or its Chinese label (resolveColumn).
  let column = resolveColumn(param, columns);
  let op: string = "exact";
  if (!column) {
    const at = param.lastIndexOf("__");
    const name = at > 0 ? param.slice(0, at) : param;
    column = resolveColumn(name, columns);
    if (!column) {
      return { param, message: `Unknown column '${name}'.${columnHint(name, columns)} Columns: ${names.join(", ")}.` };
    }
    op = param.slice(at + 2);
  }
  const allowed = operatorsFor(column);
  if (!(allowed as readonly string[]).includes(op)) {
    const known = (OPERATORS as readonly string[]).includes(op);
    const why = known ? `'${op}' does not apply to ${column.type} column '${column.name}'.` : `Unknown operator '${op}'.${didYouMean(op, allowed)}`;
    return { param, message: `${why} Operators for '${column.name}': ${allowed.join(", ")}.` };
  }
  const operand = parseOperand(column, op as Operator, raw);
  if (!operand.ok) return { param, message: operand.message };
  return { param, column, op: op as Operator, value: operand.value };
}

type Operand = { ok: true; value: Filter["value"] } | { ok: false; message: string };

/** The operand of `op` typed by the column. */
function parseOperand(column: ColumnDef, op: Operator, raw: string): Operand {
  if (op === "isnull") {
    const flag = parseFlag(raw);
    return flag === null ? { ok: false, message: `isnull takes true or false, not '${raw}'.` } : { ok: true, value: flag };
  }
  if (op === "contains" || op === "startswith") return { ok: true, value: raw };
  if (op === "in") {
    const values: FilterValue[] = [];
    for (const item of raw.split(",")) {
      const v = parseValue(column, item);
      if (!v.ok) return { ok: false, message: `${v.message} (in takes a comma-separated list).` };
      values.push(v.value);
    }
    return { ok: true, value: values };
  }
  const v = parseValue(column, raw);
  return v.ok ? v : { ok: false, message: `${v.message}.` };
}

function compare(a: FilterValue, b: FilterValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether one row value passes one filter. Comparisons never match null; `ne` is the complement of `exact`. */
export function passes(value: PublishedValue | undefined, filter: Filter): boolean {
  const v = value ?? null;
  const x = filter.value;
  switch (filter.op) {
    case "isnull":
      return (v === null) === x;
    case "ne":
      return !passes(value, { ...filter, op: "exact" });
    case "exact":
      return v !== null && v === x;
    case "in":
      return v !== null && (x as FilterValue[]).includes(v);
    case "contains":
      return v !== null && fold(String(v)).includes(fold(String(x)));
    case "startswith":
      return v !== null && fold(String(v)).startsWith(fold(String(x)));
    case "gt":
      return v !== null && compare(v, x as FilterValue) > 0;
    case "gte":
      return v !== null && compare(v, x as FilterValue) >= 0;
    case "lt":
      return v !== null && compare(v, x as FilterValue) < 0;
    case "lte":
      return v !== null && compare(v, x as FilterValue) <= 0;
  }
}

/** Rows passing every filter (filters are ANDed). */
export function applyFilters(rows: readonly PublishedRow[], filters: readonly Filter[]): PublishedRow[] {
  return rows.filter((row) => filters.every((f) => passes(row[f.column.name], f)));
}
