/**
 * Refuses sums that would count money twice: revenue with expenditure, two years, and over
 * budget lines a total with its parts, two tables' copies of one figure, two breakdowns of
 * the same total, or this year's with last year's. Each refusal names the parameter to change.
 */
import type { PublishedRow } from "../schema/bundle";
import type { ParamError } from "../lib/problem";

const distinct = (rows: readonly PublishedRow[], column: string) => [...new Set(rows.map((r) => r[column] ?? null))];
const listed = (values: unknown[]) => values.map((v) => (v === null ? "(none)" : String(v))).join(", ");

/** Whether the grand total over these facts would add what must not be added (then it is withheld). */
export function grandTotalMixes(rows: readonly PublishedRow[]): string | null {
  if (distinct(rows, "direction").length > 1) return "revenue and expenditure are the same money seen from two sides";
  if (rows.length && "year" in rows[0]! && distinct(rows, "year").length > 1) return "the groups are of different years";
  if (rows.length && "kind" in rows[0]! && distinct(rows, "kind").length > 1) return "the groups are of a budget and of final accounts";
  return null;
}

/** Errors of a sum over facts, given the group keys. */
export function factsOverlap(rows: readonly PublishedRow[], group: readonly string[]): ParamError[] {
  const errors: ParamError[] = [];
  const directions = distinct(rows, "direction");
  if (directions.length > 1 && !group.includes("direction")) {
    errors.push({ param: "direction", message: "These facts are revenue and expenditure: the same money seen from two sides, so their sum counts it twice. Filter direction=expenditure or direction=revenue, or add direction to _group." });
  }
  if (rows.length && "year" in rows[0]!) {
    const years = distinct(rows, "year");
    if (years.length > 1 && !group.includes("year") && !group.includes("dataset")) {
      errors.push({ param: "year", message: `These facts are of ${years.length} years (${listed(years)}): a sum over them adds two budgets together. Filter year=…, or add year (or dataset) to _group to compare them.` });
    }
    const kinds = distinct(rows, "kind");
    if (kinds.length > 1 && !group.includes("kind") && !group.includes("dataset")) {
      errors.push({ param: "kind", message: "These facts are of a budget and of final accounts: two accounts of the same money. Filter kind=budget or kind=final-accounts, or add kind to _group." });
    }
  }
  return errors;
}

/** Errors of a raw sum over budget lines; `all` are every line of the dataset (for the relations). */
export function linesOverlap(lines: readonly PublishedRow[], all: readonly PublishedRow[]): ParamError[] {
  const errors: ParamError[] = [];
  const tables = distinct(lines, "table");
  if (tables.length > 1) {
    errors.push({ param: "table", message: `These lines are of ${tables.length} tables (${listed(tables)}); the tables print the same amounts again (the department's total is in four of them). Filter table=… for one table, or drop source=budget-lines to sum the facts.` });
  }
  const measures = distinct(lines, "measure");
  if (measures.length > 1) {
    errors.push({ param: "measure", message: `These lines are ${measures.length} measures (${listed(measures)}); a table's columns include totals and 其中 parts of other columns. Filter measure=… for one column.` });
  }
  const periods = distinct(lines, "period");
  if (periods.length > 1) errors.push({ param: "period", message: "These lines mix this year's and last year's figures. Filter period=current or period=last_year." });
  const kinds = distinct(lines, "row_kind").filter((k) => k !== "item" && k !== null);
  if (kinds.length) {
    errors.push({ param: "row_kind", message: `Lines of kind ${listed(kinds)} repeat the sum of other lines (totals, subtotals, groups, unit rows, 其中 sub-items). Filter row_kind=item.` });
  }
  if (errors.length) return errors;

  // Within one table and measure: no line may be the whole of another, and no total may be split two ways.
  const ids = new Set(lines.map((l) => String(l.id)));
  const totalOf = new Map<string, string>();
  for (const l of all) for (const c of String(l.total_of ?? "").split(",").filter(Boolean)) totalOf.set(c, String(l.id));
  const byTotal = new Map<string, Set<string>>();
  for (const l of lines) {
    if (l.of_which && ids.has(String(l.of_which))) {
      errors.push({ param: "row_kind", message: `${l.id} is an 其中 (of which) part of ${l.of_which}, also summed. Filter one of them out.` });
      break;
    }
    for (const c of String(l.part_of ?? "").split(",").filter(Boolean)) {
      const total = totalOf.get(c);
      if (!total) continue;
      if (ids.has(total)) {
        errors.push({ param: "row_kind", message: `${total} is the total of ${l.id}, and both are summed. Filter one of them out.` });
        return errors;
      }
      byTotal.set(total, new Set([...(byTotal.get(total) ?? []), c]));
    }
  }
  for (const [total, checks] of byTotal) {
    if (checks.size > 1) {
      errors.push({ param: "item", message: `These lines include two breakdowns of ${total} (${[...checks].join(", ")}): each adds up to it on its own, so together they count it twice. Filter the lines of one breakdown (e.g. with item__in=…).` });
    }
  }
  return errors;
}
