/**
 * Plain CSV is exact for every text column of every table: each cell, read back by a real
 * parser, is the JSON's value, even where a spreadsheet would run it as a formula (`=100%`).
 * Asked for (_guard=1, or the Excel variant), exactly those risky cells get a leading '.
 */
import Papa from "papaparse";
import { expect, it } from "vitest";
import { TABLE_LIST } from "../../src/schema/tables";
import { D, get, getJson } from "./helpers";

const RISKY = /^[=+\-@\t\r]/;

async function cells(table: string, query: string): Promise<string[][]> {
  const csv = await (await get(`${D}/tables/${table}.csv?_bom=0${query}`)).text();
  const parsed = Papa.parse(csv.trimEnd(), { newline: "\r\n" });
  expect(parsed.errors).toEqual([]);
  return parsed.data as string[][];
}

it("plain CSV writes every text cell of every table as published; _guard=1 guards exactly the risky ones", async () => {
  let textCells = 0;
  let risky = 0;
  for (const table of TABLE_LIST) {
    const { body } = await getJson(`${D}/tables/${table.id}?_size=1000`);
    expect(body.next).toBeNull();
    const [header, ...rows] = await cells(table.id, "");
    const [guardedHeader, ...guarded] = await cells(table.id, "&_guard=1");
    expect(header).toEqual(table.columns.map((c) => c.name));
    expect(guardedHeader).toEqual(header);
    expect(rows.length).toBe(body.rows.length);
    rows.forEach((row, i) => {
      table.columns.forEach((col, k) => {
        const v = body.rows[i][col.name];
        if (v === null) return expect([row[k], guarded[i][k]]).toEqual(["", ""]);
        if (typeof v === "number") return expect([row[k], guarded[i][k]]).toEqual([String(v), String(v)]);
        textCells++;
        expect(row[k]).toBe(v);
        if (RISKY.test(v)) {
          risky++;
          expect(guarded[i][k]).toBe(`'${v}`);
        } else expect(guarded[i][k]).toBe(v);
      });
    });
  }
  console.log(`plain csv: ${textCells} text cells in ${TABLE_LIST.length} tables written as published, ${risky} of them formula-like (guarded only with _guard=1)`);
  expect([textCells, risky]).toEqual([10735, 156]);
});
