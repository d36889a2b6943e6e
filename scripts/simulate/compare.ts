/** Every table, every row, by value; provenance line numbers are not compared (the variant's lines moved). */
import { TABLE_LIST } from "../../src/schema/tables";
import type { Tables } from "./expected";
import type { Variant } from "./simulate";

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

/** Relations of budget-lines to checks and facts: new tables add identities, so these may change for a filled variant. */
const RELATIONS = new Set(["basis", "fact_id", "derived_by", "total_of", "part_of", "same_as", "of_which"]);

const amountColumns = (table: string): string[] => TABLE_LIST.find((t) => t.id === table)?.columns.filter((c) => c.type === "amount").map((c) => c.name) ?? [];

const cents = (v: unknown) => (typeof v === "number" ? Math.round(v * 100) : 0);

/**
 * A filled or multi-unit variant: the printed tables exactly as predicted; budget-lines exactly for the
 * tables printed as before (relations aside, see RELATIONS), and for the tables printed afresh one line
 * per non-blank amount (`<table>.<row id>.<column>`, its row_kind and amount); facts summed by code,
 * measure and fund (a multi-unit variant splits them by unit), each on a unit the document prints.
 */
export function compareVariantTables(v: Variant, expected: Tables, actual: Tables): Difference[] {
  const fresh = new Set(Object.keys(v.expected));
  if (!fresh.size) return compareTables(expected, actual);
  const DERIVED = ["budget-lines", "facts"];
  const strip = (t: Tables) => Object.fromEntries(Object.entries(t).filter(([k]) => !DERIVED.includes(k)));
  const diffs = compareTables(strip(expected), strip(actual));

  // budget-lines of the tables printed as before.
  const old = (t: Tables) => (t["budget-lines"] ?? []).filter((r) => !fresh.has(String(r.table))).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !RELATIONS.has(k))));
  diffs.push(...compareTables({ "budget-lines": old(expected) }, { "budget-lines": old(actual) }));
  // budget-lines of the tables printed afresh: one per printed amount.
  const want = new Map<string, Record<string, unknown>>();
  for (const table of fresh) {
    for (const row of expected[table] ?? []) {
      for (const measure of amountColumns(table)) {
        if (row[measure] === null || row[measure] === undefined) continue;
        want.set(`${table}.${row.id}.${measure}`, { table, row_id: row.id, row_kind: row.row_kind, measure, amount: row[measure] });
      }
    }
  }
  const got = new Map((actual["budget-lines"] ?? []).filter((r) => fresh.has(String(r.table))).map((r) => [String(r.id), r]));
  for (const [id, w] of want) {
    const g = got.get(id);
    if (!g) diffs.push({ table: "budget-lines", row: -1, id, field: "(line)", expected: w.amount, actual: undefined });
    else for (const f of Object.keys(w)) if (JSON.stringify(w[f]) !== JSON.stringify(g[f])) diffs.push({ table: "budget-lines", row: -1, id, field: f, expected: w[f], actual: g[f], line: g.source_line });
  }
  for (const [id, g] of got) if (!want.has(id)) diffs.push({ table: "budget-lines", row: -1, id, field: "(line)", expected: undefined, actual: g.amount, line: g.source_line });

  // facts: the same money by code, measure and fund; on the units the document prints.
  const units = new Set([null, ...(v.filled?.units ?? [])]);
  const sums = (rows: Tables[string]) => {
    const m = new Map<string, number>();
    for (const r of rows ?? []) {
      const key = [r.direction, r.table, r.code, r.measure, r.fund, r.revenue_source, v.filled?.units ? "" : r.unit_code].join("|");
      m.set(key, (m.get(key) ?? 0) + cents(r.amount));
    }
    return m;
  };
  const [fw, fg] = [sums(expected.facts ?? []), sums(actual.facts ?? [])];
  for (const key of new Set([...fw.keys(), ...fg.keys()])) {
    if (fw.get(key) !== fg.get(key)) diffs.push({ table: "facts", row: -1, id: key, field: "amount (summed)", expected: (fw.get(key) ?? 0) / 100, actual: (fg.get(key) ?? 0) / 100 });
  }
  if (v.filled?.units) for (const r of actual.facts ?? []) if (!units.has(r.unit_code as string | null)) diffs.push({ table: "facts", row: -1, id: String(r.id), field: "unit_code", expected: [...units].join(" or "), actual: r.unit_code, line: r.source_line });
  return diffs;
}
