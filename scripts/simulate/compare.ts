/** Every table, every row, by value; provenance line numbers are not compared (the variant's lines moved). */
import type { Tables } from "./expected";

/** Provenance line numbers: the variant's lines moved, so they are not compared (shown in the diff instead). */
const IGNORED = /^source_lines?$/;

export interface Difference {
  table: string;
  row: number;
  id: string;
  field: string;
  expected: unknown;
  actual: unknown;
  /** The variant's line of the differing row, to find it in the simulated text. */
  line?: unknown;
}

export function compareTables(expected: Tables, actual: Tables): Difference[] {
  const diffs: Difference[] = [];
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const want = expected[table] ?? [];
    const got = actual[table] ?? [];
    if (!(table in actual) || !(table in expected)) diffs.push({ table, row: -1, id: "-", field: "(table)", expected: table in expected, actual: table in actual });
    if (want.length !== got.length) diffs.push({ table, row: -1, id: "-", field: "(row count)", expected: want.length, actual: got.length });
    for (let i = 0; i < Math.min(want.length, got.length); i++) {
      const w = want[i]!;
      const g = got[i]!;
      for (const field of new Set([...Object.keys(w), ...Object.keys(g)])) {
        if (IGNORED.test(field)) continue;
        if (JSON.stringify(w[field]) !== JSON.stringify(g[field])) diffs.push({ table, row: i, id: String(w.id ?? g.id), field, expected: w[field], actual: g[field], line: g.source_line });
      }
    }
  }
  return diffs;
}

const show = (v: unknown) => {
  const s = v === undefined ? "(absent)" : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

export function describeDifferences(diffs: Difference[], max = 8): string {
  const at = (d: Difference) => (d.line === undefined || d.line === null ? "" : ` (line ${d.line})`);
  const lines = diffs.slice(0, max).map((d) => `  ${d.table}[${d.row}] ${d.id}.${d.field}: expected ${show(d.expected)}, got ${show(d.actual)}${at(d)}`);
  if (diffs.length > max) lines.push(`  … and ${diffs.length - max} more differing cells`);
  return `${diffs.length} differing cells:\n${lines.join("\n")}`;
}
