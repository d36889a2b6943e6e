/** The catalogue at any size: /v1/datasets filters by department, year and kind, and pages. */
import raw from "../../data/datasets.json";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import type { Bundle } from "../../src/schema/bundle";
import { DEFAULT_SIZE } from "../../src/query/parse";
import { DATASET, expectProblem, get, getJson } from "./helpers";

const real = raw as unknown as Bundle;
const meta = real.datasets[0]!.meta;

/** 120 datasets: 40 departments × 3 years, each the real dataset under another id. */
function province(): Bundle {
  const bundle = structuredClone(real);
  const one = bundle.datasets[0]!;
  bundle.datasets = [];
  for (let d = 0; d < 40; d++) {
    for (const year of [2021, 2022, 2023]) {
      const copy = structuredClone(one);
      copy.meta.id = `${year}-${d.toString(16).padStart(8, "0")}`;
      copy.meta.department = `${meta.department}${d}`;
      copy.meta.year = year;
      bundle.datasets.push(copy);
    }
  }
  return bundle;
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
