/** CSV cells and documents as pure functions: quoting, formula guard, Excel text, headers. */
import { describe, expect, it } from "vitest";
import { csvCell, guardFormula, headerCell, quoteField } from "../../src/render/csv-cell";
import { csvLines } from "../../src/render/csv";
import type { ColumnView } from "../../src/render/view";

const col = (type: ColumnView["type"], unit: string | null = null): ColumnView => ({ name: "c", label: "列", type, unit, description: "" });

describe("CSV cells", () => {
  it("guard text that a spreadsheet would run, keeping it readable", () => {
    for (const s of ["=100%", "+1", "-5", "@SUM(A1)", "\tx", "\rx", "\u0000x"]) expect(guardFormula(s)).toBe(`'${s}`);
    for (const s of ["≥95%", "合理", "100%", "'=quoted", " =x"]) expect(guardFormula(s)).toBe(s);
    // Plain CSV is exact; the Excel variant guards, and either can be asked for the other way.
    expect(csvCell("=100%", col("string"), false)).toBe("=100%");
    expect(csvCell("=100%", col("string"), true)).toBe("'=100%");
    expect(csvCell("=100%", col("string"), false, true)).toBe("'=100%");
    expect(csvCell("=100%", col("string"), true, false)).toBe("=100%");
  });
  it("never touch numbers", () => {
    expect(csvCell(-5, col("amount"), false)).toBe("-5");
    expect(csvCell(4533.7, col("amount"), true)).toBe("4533.7");
    expect(csvCell(45337000, col("amount"), false)).toBe("45337000");
  });
  it("quote by RFC 4180", () => {
    expect(quoteField('a "b", c')).toBe('"a ""b"", c"');
    expect(quoteField("line\nbreak")).toBe('"line\nbreak"');
    expect(quoteField("plain")).toBe("plain");
    expect(csvCell("-x,y", col("string"), false)).toBe(`"-x,y"`);
    expect(csvCell("-x,y", col("string"), true)).toBe(`"'-x,y"`);
  });
  it("keep codes as text: quoted in plain CSV, =\"…\" for Excel", () => {
    expect(csvCell("08", col("code"), false)).toBe('"08"');
    expect(csvCell("08", col("code"), true)).toBe('"=""08"""');
    expect(csvCell("03916633870", col("string"), true)).toBe('"=""03916633870"""');
    expect(csvCell("03916633870", col("string"), false)).toBe("03916633870");
    expect(csvCell(null, col("code"), true)).toBe("");
  });
  it("label headers with the unit of amounts", () => {
    expect(headerCell(col("amount", "万元"), true)).toBe("列（万元）");
    expect(headerCell(col("amount", "万元"), false)).toBe("c");
  });
});

describe("CSV documents", () => {
  it("end every record with CRLF", () => {
    const lines = [...csvLines([col("code"), { ...col("string"), name: "d" }], [{ c: "1", d: "x" }], { bom: false, header: "names", excel: false })];
    expect(lines).toEqual(["c,d\r\n", '"1",x\r\n']);
  });
});
