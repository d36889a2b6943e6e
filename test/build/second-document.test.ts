import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Bundle } from "../../src/schema/bundle";
import { copySeeds, dataCopy, runBuild, SEED_FILE, expectSameBytes } from "./seed-fixtures";

const DEPARTMENT = "济源产城融合示范区工业和科技创新委员会";

it("builds a second document of the same template into a second dataset, with no code change", () => {
  const dir = copySeeds();
  const other = "001_other_department_2022.txt";
  const text = readFileSync(join(dir, SEED_FILE), "utf8").replaceAll(DEPARTMENT, "某某市科学技术局").replaceAll("2021", "2022");
  writeFileSync(join(dir, other), text);
  // Only the judgement calls are copied (the copy prints the same lost column and shifted cells on the
  // same lines); every systematic artefact it shares with the real seed is repaired by rule.
  const path = join(dir, "corrections.json");
  const { corrections } = JSON.parse(readFileSync(path, "utf8")) as { corrections: { file: string }[] };
  expect(corrections.length).toBeLessThanOrEqual(8);
  writeFileSync(path, JSON.stringify({ corrections: [...corrections, ...corrections.map((c) => ({ ...c, file: other }))] }));

  const { out } = dataCopy();
  const r = runBuild(dir, out);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const bundle = JSON.parse(readFileSync(out, "utf8")) as Bundle;
  expect(bundle.datasets.map((d) => [d.meta.department, d.meta.year, d.meta.source.file, d.meta.checks_summary.failed])).toEqual([
    [DEPARTMENT, 2021, SEED_FILE, 0],
    ["某某市科学技术局", 2022, other, 0],
  ]);
  const [a, b] = bundle.datasets;
  expect(a!.meta.id).toBe("2021-0a69ee67");
  expect(b!.meta.id).toMatch(/^2022-[0-9a-f]{8}$/);
  expect(b!.meta.title_zh).toBe("某某市科学技术局2022年部门预算");
  expect(b!.checks.length).toBe(a!.checks.length);
  expect(b!.report.notes).toContain("classification list functional-classification-2021.csv used for a 2022 document (no list for 2022)");
  expect(r.stdout).toContain(`${other} → dataset ${b!.meta.id} (某某市科学技术局, 2022)`);
});

it("takes a source URL and a licence from an optional seeds/manifest.json", () => {
  const dir = copySeeds();
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ [SEED_FILE]: { url: "https://example.gov.cn/budget/2021.pdf", licence: "CC-BY-4.0" } }));
  const { out } = dataCopy();
  const r = runBuild(dir, out);
  expect(r.status).toBe(0);
  const meta = (JSON.parse(readFileSync(out, "utf8")) as Bundle).datasets[0]!.meta;
  expect([meta.source.url, meta.licence]).toEqual(["https://example.gov.cn/budget/2021.pdf", "CC-BY-4.0"]);
});

it("refuses a manifest entry that is not a URL and a licence", () => {
  const dir = copySeeds();
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ [SEED_FILE]: { url: "not a url" } }));
  const { out, before } = dataCopy();
  const r = runBuild(dir, out);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^manifest\.json:-: \[schema\] 000_f6a8c17e7f596961\.txt\.url: /m);
  expectSameBytes(readFileSync(out), before, "data file");
});
