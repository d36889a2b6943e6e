/**
 * The XLSX downloads read by a real, maintained spreadsheet reader (exceljs, in Node), served
 * by the bundled Worker on bare workerd (served once for the node project by served-worker.ts): the workbook of every table and the dataset's
 * workbook hold, cell for cell, what the JSON holds: codes as strings, amounts as numbers,
 * dates as dates, blanks as empty cells, coded values in their Chinese words, no formula.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { valueLabel, type ColumnDef } from "../../src/schema/columns";
import { TABLE_LIST } from "../../src/schema/tables";

const DATASET = "2021-0a69ee67";
const D = `/v1/datasets/${DATASET}`;

interface JsonColumn {
  name: string;
  label: string;
  type: string;
  unit: string | null;
}
type JsonRow = Record<string, string | number | null>;

interface Counts {
  code: number;
  amount: number;
  date: number;
  empty: number;
  labelled: number;
  formulas: number;
}
const zero = (): Counts => ({ code: 0, amount: 0, date: 0, empty: 0, labelled: 0, formulas: 0 });

/** Formula cells anywhere in the workbook (the 说明 sheet included). */
function formulaCells(wb: ExcelJS.Workbook): number {
  let n = 0;
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void (cell.type === ExcelJS.ValueType.Formula && n++))));
  return n;
}

/** Asserts one data sheet against the JSON rows of its table; counts what it checked. */
function checkSheet(ws: ExcelJS.Worksheet, columns: readonly JsonColumn[], rows: readonly JsonRow[], defs: readonly ColumnDef[], counts: Counts): void {
  const where = ws.name;
  expect(ws.views[0], where).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(ws.autoFilter, where).toBe(`A1:${ws.getColumn(columns.length).letter}${rows.length + 1}`);
  expect(ws.getRow(1).values, where).toEqual([undefined, ...columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label))]);
  expect(ws.actualRowCount, where).toBe(rows.length + 1);
  const byName = new Map(defs.map((d) => [d.name, d]));
  rows.forEach((row, i) => {
    columns.forEach((col, k) => {
      const cell = ws.getCell(i + 2, k + 1);
      const v = row[col.name];
      const at = `${where}!${cell.address} ${col.name}`;
      if (v === null) {
        counts.empty++;
        return expect(cell.type, at).toBe(ExcelJS.ValueType.Null);
      }
      if (col.type === "amount") {
        counts.amount++;
        expect(cell.type, at).toBe(ExcelJS.ValueType.Number);
        return expect(cell.value, at).toBe(v);
      }
      if (col.type === "date") {
        counts.date++;
        expect(cell.value, at).toBeInstanceOf(Date);
        expect(cell.numFmt, at).toBe("yyyy-mm-dd");
        return expect((cell.value as Date).toISOString().slice(0, 10), at).toBe(v);
      }
      if (typeof v === "number") {
        expect(cell.type, at).toBe(ExcelJS.ValueType.Number);
        return expect(cell.value, at).toBe(v);
      }
      const def = byName.get(col.name);
      const shown = def ? valueLabel(def, v) : v;
      if (shown !== v) counts.labelled++;
      if (col.type === "code") counts.code++;
      expect(cell.type, at).toBe(ExcelJS.ValueType.String);
      expect(cell.value, at).toBe(shown);
    });
  });
}

describe("XLSX read by exceljs", () => {
  let origin: string;
  const json = async (path: string) => (await fetch(origin + path)).json() as Promise<any>;
  const workbook = async (path: string) => {
    const res = await fetch(origin + path);
    expect(res.status, path).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    return wb;
  };

  beforeAll(() => {
    origin = inject("servedWorker");
  });

  it("every table's workbook and the dataset workbook hold the JSON's values, typed", async () => {
    const meta = await json(D);
    const perTable = zero();
    const whole = zero();
    const dataset = await workbook(`${D}/download.xlsx`);
    expect(dataset.worksheets.map((w) => w.name)).toEqual(["说明", ...meta.tables.map((t: { title_zh: string }) => t.title_zh)]);
    for (const [i, t] of meta.tables.entries()) {
      // Every row, page by page (the source table has more lines than a page holds).
      const body = await json(`${D}/tables/${t.id}?_size=1000`);
      for (let next = body.next; next; ) {
        const page = await json(new URL(next).pathname + new URL(next).search);
        body.rows.push(...page.rows);
        next = page.next;
      }
      expect(body.rows).toHaveLength(t.row_count);
      const defs = TABLE_LIST.find((x) => x.id === t.id)!.columns;
      const wb = await workbook(`${D}/tables/${t.id}.xlsx`);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", t.title_zh]);
      // The 说明 sheet's table of columns: name, 中文, type, description for each column.
      const about = wb.worksheets[0];
      const names: unknown[] = [];
      about.eachRow((row) => names.push(row.getCell(1).value));
      for (const c of body.columns) expect(names, `${t.id} 说明`).toContain(c.name);
      checkSheet(wb.worksheets[1], body.columns, body.rows, defs, perTable);
      perTable.formulas += formulaCells(wb);
      checkSheet(dataset.worksheets[i + 1], body.columns, body.rows, defs, whole);
    }
    whole.formulas = formulaCells(dataset);
    console.log(
      `xlsx reader (exceljs): ${meta.tables.length} table workbooks and the dataset workbook each hold ${whole.code} code cells as strings, ${whole.amount} amounts as numbers, ${whole.date} dates as Date cells, ${whole.empty} empty cells for null, ${whole.labelled} coded values in Chinese; ${perTable.formulas + whole.formulas} formula cells`,
    );
    expect(perTable).toEqual(whole);
    // The source table adds 1,673 ids and 1,260 table ids as codes, 1,673 roles in Chinese and 2,885 blanks; budget-lines.economic_class 329 blanks.
    expect(whole).toEqual({ code: 6544, amount: 762, date: 50, empty: 7467, labelled: 2951, formulas: 0 });
    // The dataset's 说明 sheet names what the workbook is.
    const aboutText: string[] = [];
    dataset.worksheets[0].eachRow((row) => row.eachCell((cell) => void aboutText.push(String(cell.value))));
    for (const s of [meta.title_zh, DATASET, meta.department, String(meta.year), meta.version, `/v1/datasets/${DATASET}/download.xlsx（本 API / this API）`]) expect(aboutText.join("\n")).toContain(s);
  }, 600_000);

  it("a target printed =100% is the string =100%, codes keep their zeros, yuan are integers", async () => {
    const wb = await workbook(`${D}/tables/project-indicators.xlsx?id=p01-01&_fields=id,target,target_operator,target_value`);
    const ws = wb.worksheets[1];
    expect(ws.getRow(2).values).toEqual([undefined, "p01-01", "=100%", "=", 100]);
    expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    const lines = await workbook(`${D}/tables/general-budget-expenditure.xlsx?id=2050803-017&_fields=id,class_code,section_part,name,total`);
    expect(lines.worksheets[1].getRow(2).values).toEqual([undefined, "2050803-017", "205", "08", "培训支出", 30]);
    expect(lines.worksheets[1].getCell("E2").numFmt).toBe("#,##0.0#");
    const yuan = await workbook(`${D}/tables/projects.xlsx?id=p18&_fields=id,unit_code,total_amount&_unit=yuan`);
    expect(yuan.worksheets[1].getRow(1).values).toEqual([undefined, "编号", "单位编码", "项目总金额（元）"]);
    expect(yuan.worksheets[1].getRow(2).values).toEqual([undefined, "p18", "017001001", 1602000]);
    expect(yuan.worksheets[1].getCell("C2").numFmt).toBe("#,##0");
  }, 120_000);
});
