/**
 * Reading every table by its header must not change what the real seed publishes: every
 * value published before (test/build/fixtures/published-before-every-table.json.gz, the
 * data/ of commit de0c534) is published the same now. What may differ is only added: new
 * columns, the rows of tables the seed prints empty (none here), new checks; and the one
 * renaming the issue asked for, the department's row of the coded tables, a row kind of its
 * own (`department`, id `department`) instead of an anonymous unit (`unit`, id `unit-1`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Bundle, PublishedRow } from "../../src/schema/bundle";

const ROOT = join(import.meta.dirname, "../..");
const before = JSON.parse(gunzipSync(readFileSync(join(import.meta.dirname, "fixtures/published-before-every-table.json.gz"))).toString("utf8")) as Bundle;
const now = JSON.parse(readFileSync(join(ROOT, "data/datasets.json"), "utf8")) as Bundle;

/** The renaming, applied to a value published before. */
function renamed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return value.replace(/(^|[./])unit-1(?=$|[./:,])/g, "$1department");
}

describe("the real seed's published data", () => {
  const [a] = before.datasets;
  const [b] = now.datasets;

  it("keeps every table, row and value it published before, apart from the department row's new kind and id", () => {
    const changed: string[] = [];
    for (const [table, rows] of Object.entries(a!.tables)) {
      const after = b!.tables[table]!;
      expect(after.map((r) => r.id)).toEqual(rows.map((r) => renamed(r.id)));
      rows.forEach((row: PublishedRow, i) => {
        for (const [column, value] of Object.entries(row)) {
          const departmentRow = row.id === "unit-1" || row.row_id === "unit-1";
          const expected = column === "row_kind" && departmentRow ? "department" : renamed(value);
          if (after[i]![column] !== expected) changed.push(`${table}.${row.id}.${column}: ${JSON.stringify(value)} → ${JSON.stringify(after[i]![column])}`);
        }
      });
    }
    expect(changed).toEqual([]);
  });

  it("adds columns and tables, never removes one, and the four tables it prints empty stay empty", () => {
    for (const [table, rows] of Object.entries(a!.tables)) {
      if (!rows.length) continue;
      const columnsBefore = Object.keys(rows[0]!);
      const columnsNow = Object.keys(b!.tables[table]![0]!);
      expect(columnsBefore.filter((c) => !columnsNow.includes(c))).toEqual([]);
    }
    for (const t of ["revenue-overview", "economic-classification-summary", "general-budget-basic-expenditure", "government-fund-expenditure"]) expect(b!.tables[t]).toEqual([]);
    // One table more: the line map (source), every line of the document with its role.
    expect(Object.keys(b!.tables).filter((t) => !(t in a!.tables))).toEqual(["source"]);
  });

  it("keeps every check it had (renamed), with the same figures, and adds none for the empty tables", () => {
    const now = new Map(b!.checks.map((c) => [c.id, c]));
    for (const c of a!.checks) {
      const d = now.get(String(renamed(c.id)));
      expect(d, c.id).toBeDefined();
      expect({ id: c.id, expected: d!.expected, actual: d!.actual, pass: d!.pass, lines: d!.lines }).toEqual({ id: c.id, expected: c.expected, actual: c.actual, pass: c.pass, lines: c.lines });
    }
    expect(b!.checks.length).toBe(a!.checks.length);
  });
});
