/**
 * A document that fills every table of the template, served by the real app: the economic
 * tables answer "how much on salaries, how much on services", by class, from printed figures;
 * the facts by economic class where the document determines it; units with their names.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import { buildFromSeed } from "../../scripts/pipeline/build-dataset";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { loadRealSeed } from "../../scripts/simulate/run-variant";
import { simulate } from "../../scripts/simulate/simulate";
import { SEEDS } from "./seed-fixtures";

let app: ReturnType<typeof createApp>;
let id: string;

beforeAll(() => {
  const v = simulate(loadRealSeed(SEEDS), { seed: 5, fill: true, units: 2, rename: false, rescale: false, reorder: false });
  const lines = v.text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const ds = buildFromSeed({ file: v.file, bytes: 0, sha256: "", lines }, { seedsDir: SEEDS, corrections: v.corrections, frameworks: loadFrameworks(SEEDS), manifest: undefined });
  id = ds.meta.id;
  app = createApp(bundledStore({ format: 1, datasets: [ds] }));
}, 120_000);

const json = async (path: string) => (await app.request(`http://api.test${path}`)).json() as Promise<any>;

describe("a filled document of two units through the API", () => {
  it("sums the economic summary's 款 rows by economic class: 4,536.7 in all, as 部门收支总体情况表 prints", async () => {
    const body = await json(`/v1/datasets/${id}/aggregate?source=budget-lines&_raw=1&table=economic-classification-summary&measure=total&row_kind=item&_group=经济分类`);
    expect(body.rows.map((r: any) => r.economic_class)).toEqual(["301", "302", "303", "312"]);
    expect(body.grand_total.amount).toBe(4536.7);
    // 工资福利支出 is all basic; the services class holds 公用经费 (105.0) and the 项目支出 line 1、商品和服务类 (475.6).
    const byClass = Object.fromEntries(body.rows.map((r: any) => [r.economic_class, r.amount]));
    expect([byClass["301"], byClass["302"]]).toEqual([944.9, 580.6]);
  });

  it("groups the facts by economic class where the document determines it, and by unit with the unit's name", async () => {
    const byClass = await json(`/v1/datasets/${id}/aggregate?_group=economic_class`);
    expect(byClass.rows.map((r: any) => [r.economic_class, r.economic_class_name, r.amount])).toEqual([
      ["301", "工资福利支出", 944.9],
      ["302", "商品和服务支出", 105],
      ["303", "对个人和家庭的补助", 264],
      [null, null, 3222.8],
    ]);
    const byUnit = await json(`/v1/datasets/${id}/aggregate?_group=unit_code`);
    expect(byUnit.rows.every((r: any) => typeof r.unit_name === "string" && r.unit_name.length > 0)).toBe(true);
    expect(byUnit.rows.reduce((s: number, r: any) => s + Math.round(r.amount * 100), 0)).toBe(453670);
  });

  it("serves the filled tables with their rows and the line map with no unread line", async () => {
    for (const t of ["revenue-overview", "economic-classification-summary", "general-budget-basic-expenditure"]) {
      const body = await json(`/v1/datasets/${id}/tables/${t}?_size=1`);
      expect(body.total, t).toBeGreaterThan(5);
    }
    const roles = await json(`/v1/datasets/${id}/source?_size=1&role=row&table=economic-classification-summary`);
    expect(roles.total).toBeGreaterThan(5);
  });
});
