/**
 * Every number printed in the seed, counted from its raw lines rather than from what the
 * parsers read: each number-shaped cell is either published as an amount on its own line, or
 * classified (a code, a column number, a telephone number, an indicator's target, a figure a
 * repair removed or moved), and nothing is left over. A table whose rows were read by no parser
 * would leave its figures here, and stops the build.
 */
import type { AppliedCorrection } from "../../../src/schema/dataset";
import { parseAmount } from "../../../src/lib/money";
import { BuildError } from "../errors";
import type { LineEntry } from "../line-map";
import type { ParsedTable, Row } from "../model";
import { maskMobiles } from "../mobile-numbers";

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(万元)?$/;
/** A line without an ASCII digit has no number-shaped cell (NUMBER needs one): most text lines are passed over unsplit. */
const DIGIT = /\d/;
const CODE_FIELDS = ["code", "class_code", "section_code", "section_part", "item_part", "unit_code"];

export type NumberKind = "amount" | "code" | "column-number" | "telephone" | "target" | "repaired";

export interface PrintedNumbers {
  /** Number-shaped cells of the raw text. */
  printed: number;
  /** Of those, published as an amount on their own line (a budget line). */
  published: number;
  /** The rest, by what they are. */
  classified: Record<Exclude<NumberKind, "amount">, number>;
}

export function countPrintedNumbers(file: string, raw: readonly string[], lineMap: LineEntry[], tables: Map<string, ParsedTable>, budgetLines: ParsedTable, applied: AppliedCorrection[]): PrintedNumbers {
  const amountsByLine = new Map<number, number[]>();
  for (const l of budgetLines.rows) amountsByLine.set(l.source_line, [...(amountsByLine.get(l.source_line) ?? []), Number(l.amount)]);
  const repairedByLine = new Map<number, string[]>();
  for (const c of applied) repairedByLine.set(c.line, [...(repairedByLine.get(c.line) ?? []), ...c.printed]);
  // A personal mobile is published masked (rule personal-mobile): it is a telephone number, not a lost figure.
  const masked = new Set(applied.filter((c) => c.kind === "personal-mobile").map((c) => c.line));
  const rowsById = new Map<string, Map<string, Row>>();
  const rowOf = (table: string, id: string): Row | undefined => {
    let byId = rowsById.get(table);
    if (!byId) rowsById.set(table, (byId = new Map((tables.get(table)?.rows ?? []).map((r) => [r.id, r]))));
    return byId.get(id);
  };
  // A row of another table than the line's is named `table/id` (the other side of a two-sided table).
  const rowsOf = (e: LineEntry): Row[] =>
    e.rows.flatMap((ref) => {
      const [table, id] = ref.includes("/") ? (ref.split("/", 2) as [string, string]) : [e.table, ref];
      const row = table ? rowOf(table, id) : undefined;
      return row ? [row] : [];
    });

  const out: PrintedNumbers = { printed: 0, published: 0, classified: { code: 0, "column-number": 0, telephone: 0, target: 0, repaired: 0 } };
  for (const entry of lineMap) {
    const line = raw[entry.line - 1]!;
    if (!DIGIT.test(line)) continue;
    const cells = line.split("\t").map((c) => c.trim()).filter((c) => NUMBER.test(c));
    if (!cells.length) continue;
    const amounts = [...(amountsByLine.get(entry.line) ?? [])];
    const repaired = [...(repairedByLine.get(entry.line) ?? [])];
    const rows = rowsOf(entry);
    for (const cell of cells) {
      out.printed++;
      const cents = parseAmount(cell, "万元");
      const k = cents == null ? -1 : amounts.indexOf(cents);
      let kind: NumberKind | null = null;
      if (k >= 0 && /[.,]|万元$/.test(cell)) kind = "amount";
      else if (entry.role === "column-numbers") kind = "column-number";
      else if (rows.some((r) => CODE_FIELDS.some((f) => r[f] === cell))) kind = "code";
      else if (rows.some((r) => r.phone === cell) || (masked.has(entry.line) && maskMobiles(cell).count > 0)) kind = "telephone";
      else if (entry.role === "indicator" && rows.some((r) => r.target === cell)) kind = "target";
      else if (repaired.includes(cell)) kind = "repaired";
      else if (k >= 0) kind = "amount";
      if (!kind) throw new BuildError(file, entry.line, "unaccounted-number", `the number "${cell}" (a ${entry.role} line${entry.table ? ` of ${entry.table}` : ""}) is neither published as an amount of this line nor a code, column number, telephone, target or repaired figure`);
      if (kind === "amount") {
        amounts.splice(k, 1);
        out.published++;
      } else {
        if (kind === "repaired") repaired.splice(repaired.indexOf(cell), 1);
        out.classified[kind]++;
      }
    }
  }
  return out;
}
