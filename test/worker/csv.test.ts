/** CSV and NDJSON through the real Worker: exact bytes, Excel options, a real parser, streaming. */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvStream } from "../../src/render/csv";
import { bodyAsText, D, get, getJson } from "./helpers";

const T = `${D}/tables`;

async function bytes(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

describe("CSV bytes", () => {
  it("BOM, Chinese labels, CRLF, quoted codes, =100% as published and untouched numbers", async () => {
    const res = await get(`${T}/project-indicators.csv?id__in=p01-01,p01-02,p01-12&_fields=id,level3,target,target_value,target_unit&_header=labels`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const expected =
      "\uFEFF编号,三级指标,指标值,目标数值,目标单位\r\n" +
      '"p01-01",预算执行率,=100%,100,%\r\n' +
      '"p01-02",预算编制合理性,合理,,\r\n' +
      '"p01-12",核查企业数,6家,6,家\r\n';
    const body = await bytes(res);
    expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body)).toBe(expected);
  });

  it("quotes fields with commas, and drops the BOM on _bom=0", async () => {
    const res = await get(`${T}/performance-tasks.csv?id=t01&_fields=id,task,content&_bom=0`);
    const body = await bytes(res);
    expect(body[0]).toBe("i".charCodeAt(0));
    expect(new TextDecoder().decode(body)).toBe('id,task,content\r\n"t01",强化经济运行监测,"全年规模以上工业增加值增速达到8.5%,保持在全省第一方阵。"\r\n');
  });

  it("labels amount headers with their unit, and writes codes as =\"…\" for Excel", async () => {
    const res = await get(`${T}/general-budget-expenditure.csv?id=2050803-017&_fields=id,class_code,section_part,name,total&_header=labels&_excel=1&_bom=0`);
    const text = await bodyAsText(res, "keep");
    expect(text).toBe('编号,类,款,单位(科目名称),总计（万元）\r\n"=""2050803-017""","=""205""","=""08""",培训支出,30\r\n');
    // _header=labels is implied by _excel=1; _header=names still gives names.
    expect(await bodyAsText(await get(`${T}/general-budget-expenditure.csv?id=2050803-017&_fields=id,class_code,section_part,name,total&_excel=1&_bom=0`), "keep")).toBe(text);
    expect((await bodyAsText(await get(`${T}/general-budget-expenditure.csv?id=2050803-017&_fields=id,total&_excel=1&_header=names&_bom=0`), "keep")).split("\r\n")[0]).toBe("id,total");
  });

  it("_excel=1 guards formula-like text and prints coded values in their Chinese words", async () => {
    const target = await bodyAsText(await get(`${T}/project-indicators.csv?id=p01-01&_fields=id,target,target_operator&_excel=1&_bom=0`), "keep");
    expect(target).toBe('编号,指标值,比较符\r\n"=""p01-01""",\'=100%,\'=\r\n');
    const { body } = await getJson(`${T}/budget-lines?row_kind=total&fund=general_budget&_size=1&_fields=id,row_kind,fund`);
    const id = body.rows[0].id as string;
    const kinds = await bodyAsText(await get(`${T}/budget-lines.csv?id=${id}&_fields=id,row_kind,fund&_excel=1&_bom=0`), "keep");
    expect(kinds).toBe(`编号,行类型,资金来源\r\n"=""${id}""",合计,一般公共预算\r\n`);
    // Plain CSV keeps the codes as published.
    expect(await bodyAsText(await get(`${T}/budget-lines.csv?id=${id}&_fields=id,row_kind,fund&_bom=0`), "keep")).toBe(`id,row_kind,fund\r\n"${id}",total,"general_budget"\r\n`);
  });

  it("keeps leading zeros as quoted strings in plain CSV", async () => {
    const text = await bodyAsText(await get(`${T}/general-budget-expenditure.csv?id=2050803-017&_fields=section_part,item_part&_bom=0`), "keep");
    expect(text).toBe('section_part,item_part\r\n"08","03"\r\n');
  });

  it("writes amounts in yuan as exact integers", async () => {
    const text = await bodyAsText(await get(`${T}/projects.csv?id=p18&_fields=id,total_amount&_unit=yuan&_header=labels&_bom=0`), "keep");
    expect(text).toBe('编号,项目总金额（元）\r\n"p18",1602000\r\n');
  });

  it("names the download in ASCII and in Chinese", async () => {
    const res = await get(`${T}/projects.csv`);
    const cd = res.headers.get("Content-Disposition")!;
    expect(cd).toMatch(/^attachment; filename="2021-0a69ee67-projects\.csv"; filename\*=UTF-8''/);
    const utf8 = decodeURIComponent(cd.split("UTF-8''")[1]);
    expect(utf8).toBe("济源产城融合示范区工业和科技创新委员会2021年部门预算-项目支出绩效目标表.csv");
  });
});

describe("CSV completeness", () => {
  it("returns every matching row, no page cut, no Link", async () => {
    const res = await get(`${T}/project-indicators.csv`);
    expect(res.headers.get("Link")).toBe(null);
    const parsed = Papa.parse(await bodyAsText(res), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(468);
  });

  it("pages only when _size is given, with a Link to the next CSV page", async () => {
    const res = await get(`${T}/projects.csv?_size=10&_fields=id`);
    const next = res.headers.get("Link")!.match(/^<(.+)>; rel="next"$/)![1];
    expect(new URL(next).pathname).toBe(`${D}/tables/projects.csv`);
    expect((await bodyAsText(res, "keep")).trim().split("\r\n")).toHaveLength(11);
    const second = await bodyAsText(await get(next), "keep");
    expect(second.trim().split("\r\n").slice(1, 3)).toEqual(['"p11"', '"p12"']);
  });

  it("streams in chunks", async () => {
    const columns = [{ name: "n", label: "n", type: "integer" as const, unit: null, description: "" }];
    const rows = Array.from({ length: 1000 }, (_, n) => ({ n }));
    const reader = csvStream(columns, rows, { bom: true, header: "names", excel: false }).getReader();
    let chunks = 0;
    while (!(await reader.read()).done) chunks++;
    expect(chunks).toBeGreaterThan(1);
  });
});

/** A parsed CSV cell back to the JSON value: un-guard text, numbers from text. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

describe("CSV read back by a real parser equals the JSON rows", () => {
  for (const table of ["projects", "project-indicators", "budget-lines", "general-budget-expenditure", "performance-goals"]) {
    it(table, async () => {
      const { body } = await getJson(`${T}/${table}?_size=1000`);
      const csv = await bodyAsText(await get(`${T}/${table}.csv`), "keep");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const parsed = Papa.parse(csv.slice(1), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(body.columns.map((c: { name: string }) => c.name));
      const asText = body.rows.map((row: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? "" : String(v)])),
      );
      const fromCsv = (parsed.data as Record<string, string>[]).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguard(v)])));
      expect(fromCsv).toEqual(asText);
    });
  }
});

describe("NDJSON", () => {
  it("one JSON row per line, every matching row", async () => {
    const res = await get(`${T}/project-indicators.ndjson?project_id=p01`);
    expect(res.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
    const lines = (await bodyAsText(res, "keep")).split("\n");
    expect(lines.pop()).toBe("");
    const { body } = await getJson(`${T}/project-indicators?project_id=p01`);
    expect(lines.map((l) => JSON.parse(l))).toEqual(body.rows);
    expect(lines).toHaveLength(27);
  });
});

describe("negotiation through the Worker", () => {
  it("extension, then format=, then Accept", async () => {
    const type = async (path: string, accept?: string) => (await get(path, accept ? { headers: { Accept: accept } } : {})).headers.get("Content-Type");
    expect(await type(`${T}/projects.csv?format=json`, "application/json")).toBe("text/csv; charset=utf-8");
    expect(await type(`${T}/projects?format=ndjson`, "text/csv")).toBe("application/x-ndjson; charset=utf-8");
    expect(await type(`${T}/projects`, "text/csv")).toBe("text/csv; charset=utf-8");
    expect(await type(`${T}/projects`, "application/x-ndjson")).toBe("application/x-ndjson; charset=utf-8");
    expect(await type(`${T}/projects`, "text/html,*/*;q=0.8")).toBe("application/json; charset=utf-8");
    expect(await type(`${T}/projects`)).toBe("application/json; charset=utf-8");
    expect((await get(`${T}/projects`)).headers.get("Vary")).toBe("Accept");
  });
});
