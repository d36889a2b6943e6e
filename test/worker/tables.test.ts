/** Table rows through the real Worker: a known row, every filter operator, sort, paging, units. */
import { describe, expect, it } from "vitest";
import { D, get, getJson, qs } from "./helpers";

const P = `${D}/tables/projects`;

async function ids(path: string): Promise<string[]> {
  const { res, body } = await getJson(path);
  expect(res.status).toBe(200);
  return body.rows.map((r: { id: string }) => r.id);
}

describe("JSON rows", () => {
  it("serve a known row exactly, with labelled, typed columns", async () => {
    const { res, body } = await getJson(`${D}/tables/three-public-expenses`);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("X-Dataset-Version")).toBe(body.version);
    expect(body.dataset).toBe("2021-0a69ee67");
    expect(body.table).toBe("three-public-expenses");
    expect(body.total).toBe(6);
    expect(body.next).toBe(null);
    expect(body.rows[4]).toEqual({
      id: "r05",
      source_file: "000_f6a8c17e7f596961.txt",
      source_line: 204,
      row_kind: "sub-item",
      item: "其中: (1) 公务用车运行维护费",
      parent_id: "r04",
      amount: 9,
    });
    expect(body.rows[1].amount).toBe(null); // blank in the source: null, never 0
    expect(body.columns.at(-1)).toEqual({
      name: "amount",
      label: "“三公”经费预算数",
      type: "amount",
      unit: "万元",
      description: "Budget (万元; blank in the source is null).",
    });
    expect(body.columns[0]).toMatchObject({ name: "id", label: "编号", type: "code", unit: null });
  });

  it("serve empty tables with their note", async () => {
    const { body } = await getJson(`${D}/tables/government-fund-expenditure.json`);
    expect(body.rows).toEqual([]);
    expect(body.total).toBe(0);
    expect(body.note).toBe("说明：我单位没有政府性基金预算，故本表无数据。");
    expect(body.columns.map((c: { name: string }) => c.name)).toContain("total");
  });

  it("serve the long budget-lines table", async () => {
    const { body } = await getJson(`${D}/tables/budget-lines?_size=1000`);
    expect(body.total).toBe(329);
    expect(body.rows).toHaveLength(329);
    expect(body.next).toBe(null);
  });
});

describe("filters", () => {
  it("exact, also as the bare column name", async () => {
    expect(await ids(`${P}?fund_type=全供`)).toEqual(["p25"]);
    expect(await ids(`${P}?fund_type__exact=全供`)).toEqual(["p25"]);
  });
  it("ne", async () => {
    expect(await ids(`${P}?fund_type__ne=行政`)).toEqual(["p25"]);
  });
  it("gt, gte, lt, lte compare amounts as numbers", async () => {
    expect(await ids(`${P}?current_year_amount__gt=300`)).toEqual(["p11", "p12", "p15"]);
    expect(await ids(`${P}?current_year_amount__gte=300`)).toEqual(["p11", "p12", "p15", "p16"]);
    expect(await ids(`${P}?current_year_amount__lt=6`)).toEqual(["p02", "p06"]);
    expect(await ids(`${P}?current_year_amount__lte=6`)).toEqual(["p02", "p06", "p25"]);
    // As text "98.8" > "300"; as numbers it is not.
    expect(await ids(`${P}?current_year_amount__gt=98&current_year_amount__lt=100`)).toEqual(["p19"]);
  });
  it("gt on codes compares text, keeping leading zeros", async () => {
    expect(await ids(`${P}?unit_code__gt=017001001`)).toEqual(["p25"]);
    expect(await ids(`${D}/tables/classifications?code__startswith=2060&level=项`)).toEqual(["2060199", "2060404", "2060499", "2060599", "2060899", "2060902"]);
  });
  it("in", async () => {
    expect(await ids(`${P}?id__in=p03,p01,p99`)).toEqual(["p01", "p03"]);
    expect(await ids(`${P}?last_year_amount__in=0,5.5`)).toEqual(["p02", "p05", "p13", "p14", "p15", "p16", "p23"]);
  });
  it("contains and startswith on Chinese text", async () => {
    expect(await ids(`${P}?name__contains=培训`)).toEqual(["p09"]);
    expect(await ids(`${P}?name__startswith=科技奖励专项`)).toEqual(["p10", "p18"]);
    // Width-insensitive: the ASCII bracket finds the full-width one printed in the name.
    expect(await ids(`${P}?name__contains=${encodeURIComponent("(豫财科[2020]90号)")}`)).toEqual(["p15"]);
  });
  it("isnull", async () => {
    expect(await ids(`${D}/tables/three-public-expenses?amount__isnull=true`)).toEqual(["r02", "r06"]);
    expect(await ids(`${D}/tables/three-public-expenses?amount__isnull=false`)).toEqual(["r01", "r03", "r04", "r05"]);
  });
});

describe("sort and fields", () => {
  it("sorts on several columns, stably", async () => {
    const rows = (await getJson(`${P}?_sort=-last_year_amount,id&_fields=id,last_year_amount&_size=5`)).body.rows;
    expect(rows).toEqual([
      { id: "p12", last_year_amount: 3040 },
      { id: "p11", last_year_amount: 390 },
      { id: "p18", last_year_amount: 210 },
      { id: "p19", last_year_amount: 100 },
      { id: "p20", last_year_amount: 100 },
    ]);
    expect(await ids(`${P}?_sort=fund_type&_size=3`)).toEqual(["p25", "p01", "p02"]); // 全供 < 行政; ties in published order
  });
  it("selects columns, and their descriptions follow", async () => {
    const { body } = await getJson(`${P}?_fields=name,id&id=p01`);
    expect(body.rows).toEqual([{ name: "项目评审费", id: "p01" }]);
    expect(body.columns.map((c: { name: string }) => c.name)).toEqual(["name", "id"]);
  });
});

describe("paging", () => {
  it("walks the whole projects table with no row lost or repeated", async () => {
    const seen: string[] = [];
    let url: string | null = `${P}?_size=7&_fields=id`;
    let pages = 0;
    while (url) {
      const { res, body }: { res: Response; body: any } = await getJson(url);
      expect(res.status).toBe(200);
      expect(body.total).toBe(25);
      seen.push(...body.rows.map((r: { id: string }) => r.id));
      const link = res.headers.get("Link");
      expect(link).toBe(body.next ? `<${body.next}>; rel="next"` : null);
      url = body.next;
      pages++;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `p${String(i + 1).padStart(2, "0")}`));
  });
  it("pages a sorted, filtered query in order", async () => {
    const all = await ids(`${P}?_sort=-current_year_amount,id&current_year_amount__gte=20`);
    const paged: string[] = [];
    let url: string | null = `${P}?_sort=-current_year_amount,id&current_year_amount__gte=20&_size=4`;
    while (url) {
      const { body }: { body: any } = await getJson(url);
      paged.push(...body.rows.map((r: { id: string }) => r.id));
      url = body.next;
    }
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(all.length);
  });
  it("defaults to 100 rows a page", async () => {
    const { body } = await getJson(`${D}/tables/project-indicators`);
    expect(body.rows).toHaveLength(100);
    expect(body.total).toBe(468);
    expect(new URL(body.next).searchParams.get("_next")).toMatch(/^[A-Za-z0-9_-]+$/);
  });
  it("refuses a cursor with other filters", async () => {
    const { body } = await getJson(`${P}?_size=5`);
    const cursor = new URL(body.next).searchParams.get("_next")!;
    const res = await get(`${P}${qs({ _size: "5", fund_type: "行政", _next: cursor })}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].param).toBe("_next");
  });
});

describe("_unit=yuan", () => {
  it("returns every amount as an exact integer of yuan, and says so", async () => {
    const { body } = await getJson(`${P}?_unit=yuan&_fields=id,current_year_amount&_size=25`);
    expect(body.columns[1].unit).toBe("元");
    expect(body.rows[0]).toEqual({ id: "p01", current_year_amount: 200000 });
    expect(body.rows.find((r: { id: string }) => r.id === "p18").current_year_amount).toBe(1602000);
    for (const r of body.rows) expect(Number.isInteger(r.current_year_amount)).toBe(true);
    const total = body.rows.reduce((s: number, r: { current_year_amount: number }) => s + r.current_year_amount, 0);
    expect(total).toBe(32198000); // 3,219.8 万元 of project expenditure, exactly
  });
  it("reads filter values in the same unit", async () => {
    expect(await ids(`${P}?_unit=yuan&current_year_amount=1602000`)).toEqual(["p18"]);
    expect(await ids(`${P}?current_year_amount=160.2`)).toEqual(["p18"]);
  });
});
