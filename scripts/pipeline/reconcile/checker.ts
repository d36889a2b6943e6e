/**
 * Collects arithmetic identities of the document as checks. Every figure is integer cents;
 * a blank cell counts as nothing, and an identity whose figures are all blank is not a check.
 */
import type { Check } from "../../../src/schema/dataset";
import { centsToWan, formatCentsPlain as formatCents } from "../../../src/lib/money";
import { cents, lineOf, type Row } from "../model";

export interface Ref {
  table: string;
  row: Row | undefined;
  column: string;
}

export interface InternalCheck {
  id: string;
  kind: Check["kind"];
  description: string;
  expected: number;
  actual: number;
  pass: boolean;
  lines: number[];
  refs: Ref[];
}

export class Checker {
  readonly checks: InternalCheck[] = [];
  private readonly ids = new Set<string>();

  /** total = Σ parts. */
  sum(id: string, kind: Check["kind"], description: string, total: Ref, parts: Ref[]): void {
    const refs = [total, ...parts];
    const values = refs.map((r) => cents(r.row, r.column));
    if (values.every((v) => v === null)) return;
    if (this.ids.has(id)) throw new Error(`duplicate check id ${id}`);
    this.ids.add(id);
    const expected = values[0] ?? 0;
    const actual = values.slice(1).reduce<number>((s, v) => s + (v ?? 0), 0);
    const lines = [...new Set(refs.flatMap((r) => (r.row ? [lineOf(r.row, r.column)] : [])))].sort((a, b) => a - b);
    this.checks.push({ id, kind, description, expected, actual, pass: expected === actual, lines, refs });
  }

  equal(id: string, kind: Check["kind"], description: string, a: Ref, b: Ref): void {
    this.sum(id, kind, description, a, [b]);
  }
}

export function publicCheck(c: InternalCheck): Check {
  return { id: c.id, kind: c.kind, description: c.description, expected: centsToWan(c.expected), actual: centsToWan(c.actual), pass: c.pass, lines: c.lines };
}

export function describeFailure(c: InternalCheck): string {
  return `check ${c.id} failed: ${c.description}: expected ${formatCents(c.expected)}, the parts add up to ${formatCents(c.actual)} (lines ${c.lines.join(", ")})`;
}

export const ref = (table: string, row: Row | undefined, column: string): Ref => ({ table, row, column });
