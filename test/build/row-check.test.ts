/**
 * The build validates every published row by the schema's quick test and asks zod only about a
 * row it does not pass (published-records.ts): the quick test must never pass a row zod
 * refuses, and must pass the rows the build publishes (or it saves nothing).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ColumnDef, ColumnType } from "../../src/schema/columns";
import type { Bundle } from "../../src/schema/bundle";
import { rowPassesSchema, rowSchema } from "../../src/schema/row-schema";
import { TABLE_LIST } from "../../src/schema/tables";
import { DATA_FILE } from "./seed-fixtures";

const TYPES: ColumnType[] = ["string", "text", "code", "amount", "integer", "number", "date"];
const ENUM = ["a", "b", "item"];

/** Values near every rule's edge: NaN and infinities, cents and less than cents, unsafe integers, near-dates and near-codes, enum values and others. */
const value = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, 0, -0, 1.5, 1.25, 1.005, 0.1 + 0.2, 12.34, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e21, 1e-7),
  fc.constantFrom<unknown>("", "a", "b", "item", "x", "2021-01-01", "2021-1-01", "2021-01-01 ", "１２３", "p01", "p 01", "a.b_c-d", "a/b", "206\n", [], {}, true),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.stringMatching(/^[0-9A-Za-z._-]{0,6}$/),
);

const column = fc.record({ type: fc.constantFrom(...TYPES), nullable: fc.boolean(), enum: fc.boolean() });
const columnsOf = (specs: { type: ColumnType; nullable: boolean; enum: boolean }[]): ColumnDef[] =>
  specs.map((s, i) => ({ name: `c${i}`, label: "", description: "", type: s.type, ...(s.nullable ? { nullable: true } : {}), ...(s.enum ? { enum: ENUM } : {}) }));

describe("the schema's quick row test", () => {
  it("passes no row that zod refuses: wrong values, missing, extra and undefined columns", () => {
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 6 }), fc.array(value, { minLength: 6, maxLength: 6 }), fc.constantFrom("exact", "missing", "extra", "array"), (specs, values, shape) => {
        const columns = columnsOf(specs);
        let row: unknown = Object.fromEntries(columns.map((c, i) => [c.name, values[i]]));
        if (shape === "missing") delete (row as Record<string, unknown>)[columns[0]!.name];
        if (shape === "extra") (row as Record<string, unknown>).other = null;
        if (shape === "array") row = Object.values(row as object);
        if (rowPassesSchema(columns)(row)) expect(rowSchema(columns).safeParse(row).success).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it("passes every row the real seed publishes, as zod does", () => {
    const bundle = JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle;
    let rows = 0;
    for (const def of TABLE_LIST) {
      for (const row of bundle.datasets[0]!.tables[def.id] ?? []) {
        expect(rowSchema(def.columns).safeParse(row).success).toBe(true);
        expect(rowPassesSchema(def.columns)(row)).toBe(true);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(2000);
  });
});
