/** The catalogue at any size: /v1/datasets filters by department, year and kind, and pages. */
import { raw } from "./bundled-data";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import type { Bundle } from "../../src/schema/bundle";
import { DEFAULT_SIZE } from "../../src/query/parse";
import { DATASET, expectProblem, get, getJson } from "./helpers";

const real = raw;
const meta = real.datasets[0]!.meta;

/** 120 datasets: 40 departments × 3 years, each the real dataset under another id (its rows shared, not copied: no test writes). */
function province(): Bundle {
  const one = real.datasets[0]!;
  const datasets = [];
  for (let d = 0; d < 40; d++) {
    for (const year of [2021, 2022, 2023]) {
      datasets.push({ ...one, meta: { ...one.meta, id: `${year}-${d.toString(16).padStart(8, "0")}`, department: `${meta.department}${d}`, year } });
    }
  }
  return { ...real, datasets };
}

async function listAll(app: ReturnType<typeof createApp>, first: string): Promise<{ ids: string[]; pages: number; totals: Set<number> }> {
  const ids: string[] = [];
  const totals = new Set<number>();
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; datasets: { id: string }[]; next: string | null };
    ids.push(...body.datasets.map((d) => d.id));
    totals.add(body.total);
    url = body.next;
    pages++;
  }
  return { ids, pages, totals };
}

describe("GET /v1/datasets", () => {
  it("lists the bundled dataset, with next null on the only page", async () => {
    const { body } = await getJson("/v1/datasets");
    expect(body.total).toBe(1);
    expect(body.datasets.map((d: { id: string }) => d.id)).toEqual([DATASET]);
    expect(body.next).toBeNull();
  });

  it("filters by department, year and kind", async () => {
    const dept = encodeURIComponent(meta.department);
    expect((await getJson(`/v1/datasets?department=${dept}`)).body.total).toBe(1);
    expect((await getJson(`/v1/datasets?department=${dept}x`)).body.total).toBe(0);
    expect((await getJson(`/v1/datasets?year=${meta.year}&kind=${meta.kind}`)).body.total).toBe(1);
    expect((await getJson(`/v1/datasets?year=${meta.year + 1}`)).body.datasets).toEqual([]);
  });

  it("refuses a year that is not four digits and a parameter it does not take", async () => {
    const bad = await expectProblem(await get("/v1/datasets?year=21"), 400);
    expect(bad.errors).toEqual([{ param: "year", message: "year is a four-digit year such as 2021, not '21'." }]);
    await expectProblem(await get("/v1/datasets?colour=red"), 400);
  });

  it(`pages 120 datasets ${DEFAULT_SIZE} at a time, every one exactly once, a filter kept across pages`, async () => {
    const app = createApp(bundledStore(province()));
    const all = await listAll(app, "http://api.test/v1/datasets");
    expect(DEFAULT_SIZE).toBe(100);
    expect(all.pages).toBe(2);
    expect(all.totals).toEqual(new Set([120]));
    expect(new Set(all.ids).size).toBe(120);
    const y2022 = await listAll(app, "http://api.test/v1/datasets?year=2022&_size=7");
    expect(y2022.pages).toBe(6);
    expect(y2022.ids).toHaveLength(40);
    expect(y2022.ids.every((id) => id.startsWith("2022-"))).toBe(true);
    const oneDept = await listAll(app, `http://api.test/v1/datasets?department=${encodeURIComponent(meta.department + "7")}`);
    expect(oneDept.ids).toEqual(["2021-00000007", "2022-00000007", "2023-00000007"]);
  });

  it("refuses a cursor of one filter for another", async () => {
    const app = createApp(bundledStore(province()));
    const first = (await (await app.request("http://api.test/v1/datasets?year=2022&_size=7")).json()) as { next: string };
    const swapped = first.next.replace("year=2022", "year=2023");
    await expectProblem(await app.request(swapped), 400);
  });
});

describe("the dataset list pages at any N", () => {
  const HTML = { headers: { Accept: "text/html" } };
  const items = (html: string) => [...html.matchAll(/<li><a href="\/datasets\/([^"]+)"/g)].map((m) => m[1]);

  it("/datasets shows 100 datasets and a link to the next page, which shows the rest", async () => {
    const app = createApp(bundledStore(province()));
    const first = await (await app.request("http://api.test/datasets", HTML)).text();
    expect(items(first)).toHaveLength(100);
    expect(first).toContain("全部数据集（120）");
    const next = /<a href="([^"]+)" rel="next">/.exec(first)![1]!.replaceAll("&amp;", "&");
    const second = await (await app.request(`http://api.test${next}`, HTML)).text();
    expect(items(second)).toHaveLength(20);
    expect(new Set([...items(first), ...items(second)]).size).toBe(120);
    expect(second).not.toContain('rel="next"');
  });

  it("/datasets filters like /v1/datasets and refuses what it does not take", async () => {
    const app = createApp(bundledStore(province()));
    const y2022 = await (await app.request("http://api.test/datasets?year=2022", HTML)).text();
    expect(items(y2022)).toHaveLength(40);
    expect(items(y2022).every((id) => id!.startsWith("2022-"))).toBe(true);
    expect((await app.request("http://api.test/datasets?colour=red", { headers: { Accept: "application/json" } })).status).toBe(400);
    expect((await app.request("http://api.test/datasets?year=22", { headers: { Accept: "application/json" } })).status).toBe(400);
  });

  it("the API's index names 20 datasets, how many there are, and where the list is", async () => {
    const app = createApp(bundledStore(province()));
    const body = (await (await app.request("http://api.test/v1")).json()) as any;
    expect(body.datasets).toHaveLength(20);
    expect(body.datasets_total).toBe(120);
    expect(body.links.datasets).toBe("http://api.test/v1/datasets");
  });

  it("a dataset page names 20 other datasets and links to all of them", async () => {
    const app = createApp(bundledStore(province()));
    const html = await (await app.request("http://api.test/datasets/2021-00000000", HTML)).text();
    expect(items(html)).toHaveLength(20);
    expect(html).toContain('<a href="/datasets" rel="next">全部 120 个数据集');
  });
});
