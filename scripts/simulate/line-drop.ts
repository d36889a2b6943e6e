/**
 * Line-drop mutation: delete (or print twice) one line of a document that prints an amount or
 * is a title, header or field line, build it, and say what happened. The build must refuse it
 * (a clean file:line error, or a check that no longer adds up) or publish exactly the same data
 * (a repeated page title dropped); a line whose loss changes the data silently is a figure no
 * identity covers, and is listed with the reason.
 */
import type { PublishedRow } from "../../src/schema/bundle";
import type { Correction } from "../../src/schema/dataset";
import { TABLES } from "../../src/schema/tables";
import { buildFromSeed, type SeedOptions } from "../pipeline/build-dataset";
import { BuildError, BuildErrors } from "../pipeline/errors";

export type Operation = "drop" | "duplicate";

export interface Mutation {
  line: number;
  role: string;
  op: Operation;
  outcome: "refused" | "same" | "changed";
  /** The rule of the first error, for a refused build. */
  rule: string | null;
  /** For a changed build: what changed, as table.column (table.(rows) when rows came or went). */
  tables: string[];
  /** For a changed build: why no identity can reveal the loss, or null when it should have been caught. */
  reason: string | null;
}

export interface Document {
  file: string;
  lines: string[];
  corrections: Correction[];
}

/** The lines a mutation targets: any line printing an amount, and every title, header and field line. */
export interface Target {
  line: number;
  role: string;
  rows: string[];
}

export function targetLines(source: PublishedRow[], amountLines: Set<number>): Target[] {
  return source
    .filter((r) => ["title", "header", "field"].includes(String(r.role)) || amountLines.has(Number(r.source_line)))
    .map((r) => ({ line: Number(r.source_line), role: String(r.role), rows: typeof r.row_ids === "string" ? r.row_ids.split(",") : [] }));
}

/** The corrections of the mutated document: lines after the edit move with it; a correction of the dropped line goes with it. */
function shiftCorrections(corrections: Correction[], file: string, line: number, op: Operation): Correction[] {
  const d = op === "drop" ? -1 : 1;
  const at = (n: number) => (n > line ? n + d : n);
  return corrections.flatMap((c) => {
    if (c.file !== file) return [c];
    if (c.line !== undefined) return op === "drop" && c.line === line ? [] : [{ ...c, line: at(c.line) }];
    const [from, to] = c.lines!;
    if (op === "drop" && from === line && to === line) return [];
    return [{ ...c, lines: [from > line ? from + d : from, to >= line ? to + d : to] as [number, number] }];
  });
}

type Comparable = Map<string, PublishedRow[]>;

/** Every table but the line map (lines move with the edit). */
function comparable(tables: Record<string, PublishedRow[]>): Comparable {
  return new Map(Object.entries(tables).filter(([id]) => id !== "source"));
}

/** What differs between two builds, as table.column; source_line is not compared (lines move). */
function changes(before: Comparable, after: Comparable): string[] {
  const out: string[] = [];
  for (const [id, rows] of before) {
    const now = after.get(id) ?? [];
    if (rows.length !== now.length || rows.some((r, i) => r.id !== now[i]!.id)) {
      out.push(`${id}.(rows)`);
      continue;
    }
    const columns = new Set<string>();
    rows.forEach((r, i) => {
      for (const [k, v] of Object.entries(r)) if (k !== "source_line" && JSON.stringify(v) !== JSON.stringify(now[i]![k])) columns.add(k);
    });
    for (const c of columns) out.push(`${id}.${c}`);
  }
  return out;
}

/** Text columns of the sheets: a long text printed once, that no figure or identity holds. */
const TEXT_COLUMNS = new Set(Object.values(TABLES).flatMap((t) => t.columns.filter((c) => c.type === "text").map((c) => `${t.id}.${c.name}`)));
/** Tables derived from others: they follow a change of the tables they are made from. */
const DERIVED = new Set(["budget-lines", "facts", "classifications", "project-changes"]);

/**
 * Why a line's loss changes the data without any identity noticing, where the template itself
 * allows it: the department's row only repeats 合计 (the template prints it or not), and a long
 * text is printed once. Anything else that changes silently is a gap in the checks.
 */
export function undetectable(role: string, rowIds: string[], changed: string[]): string | null {
  const own = changed.filter((c) => !DERIVED.has(c.split(".")[0]!));
  if (role === "row" && rowIds.length === 1 && rowIds[0] === "department" && own.every((c) => c.endsWith(".(rows)"))) {
    return "the department's row repeats the 合计 row figure for figure; a document may print it or not, so without it one row fewer is published and no figure is lost";
  }
  if (role === "field" && own.length > 0 && own.every((c) => TEXT_COLUMNS.has(c))) return "a long text printed once on its sheet: no figure or identity holds it";
  return null;
}

export function mutate(doc: Document, opts: Omit<SeedOptions, "corrections">, base: Comparable, target: Target, op: Operation): Mutation {
  const { line, role } = target;
  const lines = [...doc.lines];
  if (op === "drop") lines.splice(line - 1, 1);
  else lines.splice(line, 0, lines[line - 1]!);
  const corrections = shiftCorrections(doc.corrections, doc.file, line, op);
  try {
    const built = buildFromSeed({ file: doc.file, bytes: 0, sha256: "", lines }, { ...opts, corrections });
    const tables = changes(base, comparable(built.tables));
    return { line, role, op, outcome: tables.length ? "changed" : "same", rule: null, tables, reason: tables.length ? undetectable(role, target.rows, tables) : null };
  } catch (e) {
    if (!(e instanceof BuildError || e instanceof BuildErrors)) throw e;
    const first = e instanceof BuildErrors ? e.errors[0]! : e;
    return { line, role, op, outcome: "refused", rule: first.rule, tables: [], reason: null };
  }
}

export function baseline(doc: Document, opts: Omit<SeedOptions, "corrections">): { tables: Comparable; source: PublishedRow[]; amountLines: Set<number> } {
  const built = buildFromSeed({ file: doc.file, bytes: 0, sha256: "", lines: doc.lines }, { ...opts, corrections: doc.corrections });
  return {
    tables: comparable(built.tables),
    source: built.tables.source!,
    amountLines: new Set(built.tables["budget-lines"]!.map((l) => Number(l.source_line))),
  };
}
