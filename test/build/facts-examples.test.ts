/**
 * Every documented aggregate example is meaningful: each one of /docs (the OpenAPI
 * document), the READMEs (README.md's tour, src/README.md's notes) and the dataset page is
 * run against the app over data/, and its grand_total must equal a figure printed in the
 * document, named here by table, row and column, or it must be a documented 400. A documented
 * example missing from this list fails.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import { examplePath, exampleNames } from "../../src/openapi/example-url";
import type { Bundle } from "../../src/schema/bundle";
import { DATA_FILE, ROOT } from "./seed-fixtures";

const bundle = JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle;
const dataset = bundle.datasets[0]!;
const app = createApp(bundledStore(bundle));
const ORIGIN = "http://api.test";

type Figure = [table: string, row: string, column: string];
/** The printed figure each example's grand_total equals, or the problem type it documents. */
const EXPECTED: Record<string, Figure | { problem: string }> = {
  // /docs, by example name
  "aggregate:by-class": ["department-expenditure", "total", "total"],
  "aggregate:general-budget-by-class": ["fiscal-summary-expenditure", "total", "general_budget"],
  "aggregate:drilldown": ["department-expenditure", "total", "total"],
  "aggregate:by-kind": ["summary-expenditure", "e17", "total"],
  "aggregate:revenue": ["summary-revenue", "r15", "amount"],
  "aggregate:raw-lines": ["general-budget-expenditure", "total", "total"],
  "aggregate-all:by-department-and-year": ["performance-goals", "goals", "budget_total"],
  "aggregate-all:class-by-year": ["department-expenditure", "total", "total"],
  // README and pages, by query
  "_group=class_code&_sort=-amount": ["department-expenditure", "total", "total"],
  "_group=类&fund=general_budget": ["fiscal-summary-expenditure", "total", "general_budget"],
  "direction=revenue&_group=revenue_source": ["summary-revenue", "r15", "amount"],
  "class_name=科学技术支出&_group=year,department": ["fiscal-summary-expenditure", "206", "total"],
  "source=budget-lines&_raw=1&table=general-budget-expenditure&measure=total&row_kind=item": ["general-budget-expenditure", "total", "total"],
  "direction__in=revenue,expenditure": { problem: "overlapping-sum" },
};

const figure = ([table, row, column]: Figure) => dataset.tables[table]!.find((r) => r.id === row)![column];

async function expectMeaningful(key: string, path: string): Promise<void> {
  const expected = EXPECTED[key];
  expect(expected, `${path}: no printed figure named for this documented example (${key})`).toBeDefined();
  const res = await app.request(ORIGIN + path);
  const body = (await res.json()) as any;
  if ("problem" in expected!) {
    expect([path, res.status, body.type]).toEqual([path, 400, `/v1/problems/${expected.problem}`]);
    return;
  }
  expect([path, res.status]).toEqual([path, 200]);
  expect([path, body.grand_total.amount]).toEqual([path, figure(expected)]);
}

const queryOf = (path: string) => decodeURIComponent(path.split("?")[1] ?? "");

it("every aggregate example of /docs", async () => {
  const doc = (await (await app.request(`${ORIGIN}/openapi.json`)).json()) as any;
  const ops = Object.entries(doc.paths as Record<string, any>).filter(([, item]) => ["aggregate", "aggregate-all"].includes(item.get.operationId));
  expect(ops.map(([t]) => t).sort()).toEqual(["/v1/aggregate", "/v1/datasets/{dataset}/aggregate"]);
  let n = 0;
  for (const [template, { get }] of ops) {
    for (const name of exampleNames(get)) {
      await expectMeaningful(`${get.operationId}:${name}`, examplePath(template, get, name));
      n++;
    }
  }
  expect(n).toBe(8);
  const problem = doc.components.responses.OverlappingSum.content["application/problem+json"].examples["overlapping-sum"];
  expect(problem.value.status).toBe(400);
  await expectMeaningful(queryOf(problem.summary), problem.summary.replace(/^GET /, ""));
});

it("every aggregate example of the READMEs", async () => {
  const readme = ["README.md", "src/README.md"].map((file) => readFileSync(join(ROOT, file), "utf8")).join("\n");
  const B = "/v1";
  const D = `/v1/datasets/${dataset.meta.id}`;
  const urls = [...readme.matchAll(/"\$([BD])\/aggregate\?([^"]+)"/g)].map((m) => `${m[1] === "B" ? B : D}/aggregate?${m[2]}`);
  const inline = [...readme.matchAll(/`\?(source=budget-lines[^`]+)`/g)].map((m) => `${D}/aggregate?${m[1]}`);
  const problems = [...readme.matchAll(/\(`(direction__in=[^`]+)`/g)].map((m) => `${D}/aggregate?${m[1]}`);
  expect([urls.length, inline.length, problems.length]).toEqual([4, 1, 1]);
  for (const path of [...urls, ...inline, ...problems]) await expectMeaningful(queryOf(path), encodeURI(path));
});

it("every aggregate example of the dataset page", async () => {
  const html = await (await app.request(`${ORIGIN}/datasets/${dataset.meta.id}`, { headers: { Accept: "text/html" } })).text();
  const urls = [...html.matchAll(/http:\/\/api\.test(\/v1\/[^"\s]*aggregate\?[^"\s&]*(?:&amp;[^"\s&]*)*)/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  expect(urls.length).toBeGreaterThan(0);
  for (const path of urls) await expectMeaningful(queryOf(path), path);
});
