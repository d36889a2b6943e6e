/**
 * Formula guarding holds for every text column of every table: a cell a spreadsheet would
 * run as a formula gets a leading ', every other text cell and every number is untouched.
 */
import Papa from "papaparse";
import { expect, it } from "vitest";
import { TABLE_LIST } from "../../src/schema/tables";
import { D, get, getJson } from "./helpers";

const RISKY = /^[=+\-@\t\r]/;

it("guards every risky text cell of every table and leaves everything else as in the JSON", async () => {
  let textCells = 0;
  let guarded = 0;
  for (const table of TABLE_LIST) {
    const { body } = await getJson(`${D}/tables/${table.id}?_size=1000`);
    expect(body.next).toBeNull();
    const csv = await (await get(`${D}/tables/${table.id}.csv?_bom=0`)).text();
    const parsed = Papa.parse(csv.trimEnd(), { newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data as string[][];
    expect(header).toEqual(table.columns.map((c) => c.name));
    expect(rows.length).toBe(body.rows.length);
    rows.forEach((cells, i) => {
      table.columns.forEach((col, k) => {
        const v = body.rows[i][col.name];
        const cell = cells[k];
        if (v === null) return expect(cell).toBe("");
        if (typeof v === "number") return expect(cell).toBe(String(v));
        textCells++;
        if (RISKY.test(v)) {
          guarded++;
          expect(cell).toBe(`'${v}`);
        } else expect(cell).toBe(v);
      });
    });
  }
  console.log(`csv guard: ${textCells} text cells in ${TABLE_LIST.length} tables, ${guarded} guarded`);
  expect([textCells, guarded]).toEqual([10717, 156]);
});
