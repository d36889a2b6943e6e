/**
 * How each budget line relates to the others and to the facts: the total of which checks, a
 * part of which, the same figure as which, an 其中 part of which line, this year's or last
 * year's, and whether it is a fact, a sum of facts (the check that says so), another
 * breakdown, or a figure stated once.
 */
import type { ParsedTable, Row } from "../model";
import type { InternalCheck } from "./checker";

const lineId = (table: string, row: Row, measure: string) => `${table}.${row.id}.${measure}`;

export function withRelations(lines: ParsedTable, tables: ParsedTable[], checks: InternalCheck[], facts: ParsedTable): ParsedTable {
  const totalOf = new Map<string, string[]>();
  const partOf = new Map<string, string[]>();
  const sameAs = new Map<string, string[]>();
  const derivedBy = new Map<string, string>();
  const inCheck = new Set<string>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const c of checks) {
    const ids = c.refs.map((r) => (r.row ? lineId(r.table, r.row, r.column) : null));
    ids.forEach((id) => id && inCheck.add(id));
    const [total, ...parts] = ids;
    if (c.kind === "facts") {
      if (total) derivedBy.set(total, c.id);
    } else if (parts.length === 1) {
      for (const id of ids) if (id) push(sameAs, id, c.id);
    } else {
      if (total) push(totalOf, total, c.id);
      for (const id of parts) if (id) push(partOf, id, c.id);
    }
  }
  // A fact is a budget line where one fact alone is the printed cell it was read from.
  const byOrigin = new Map<string, Row[]>();
  for (const f of facts.rows) {
    const key = `${f.table}.${f.row_id}.${f.measure}`;
    const list = byOrigin.get(key);
    if (list) list.push(f);
    else byOrigin.set(key, [f]);
  }
  // Each table with its columns by name and rows by id: a province's build asks these for every line.
  const defs = new Map(tables.map((t) => [t.def.id, { table: t, columns: new Map(t.def.columns.map((c) => [c.name, c])), rows: new Map(t.rows.map((r) => [r.id, r])) }]));

  const rows = lines.rows.map((l) => {
    const id = String(l.id);
    const origin = byOrigin.get(id);
    const factId = origin?.length === 1 && origin[0]!.amount === l.amount ? origin[0]!.id : null;
    const derived = derivedBy.get(id) ?? null;
    const def = defs.get(String(l.table));
    const table = def?.table;
    const column = def?.columns.get(String(l.measure));
    const row = def?.rows.get(l.row_id as Row["id"]);
    const basis = factId ? "fact" : derived ? "derived" : inCheck.has(id) ? "breakdown" : "stated_once";
    return {
      ...l,
      period: column?.label.includes("上年") ? "last_year" : "current",
      basis,
      fact_id: factId,
      derived_by: derived,
      total_of: totalOf.get(id)?.join(",") ?? null,
      part_of: partOf.get(id)?.join(",") ?? null,
      same_as: sameAs.get(id)?.join(",") ?? null,
      of_which: table && row && column ? ofWhich(table, row, String(l.measure)) : null,
    } as Row;
  });
  const known = new Set(rows.map((r) => r.id));
  for (const r of rows) if (r.of_which && !known.has(String(r.of_which))) r.of_which = null;
  return { ...lines, rows };
}

/** The line an 其中 amount is part of: the column before an 其中 column, or the parent row of a sub-item. */
function ofWhich(table: ParsedTable, row: Row, measure: string): string | null {
  const columns = table.def.columns;
  const i = columns.findIndex((c) => c.name === measure);
  if (columns[i]?.label.startsWith("其中")) return lineId(table.def.id, row, columns[i - 1]!.name);
  if (row.row_kind === "sub-item" && typeof row.parent_id === "string") return `${table.def.id}.${row.parent_id}.${measure}`;
  return null;
}
