import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySeeds, DATA_FILE, dataCopy, runBuild, runBuildProcess, SEEDS, expectSameBytes } from "./seed-fixtures";

describe("npm run build:data", () => {
  it("reproduces the committed data/ byte for byte from the committed seeds/", () => {
    const fresh = join(mkdtempSync(join(tmpdir(), "data-")), "datasets.json");
    // As a user runs it: the script in its own process.
    const r = runBuildProcess(SEEDS, fresh);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const f of ["datasets.json", "catalog.json", "datasets.json.gz"]) expectSameBytes(readFileSync(join(dirname(fresh), f)), readFileSync(join(dirname(DATA_FILE), f)), f);
  }, 120_000);

  it("is deterministic: a second build of the same seeds writes nothing", () => {
    const { out } = dataCopy();
    const r = runBuild(copySeeds(), out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("unchanged");
    expect(readdirSync(dirname(out)).sort()).toEqual(["catalog.json", "datasets.json", "datasets.json.gz"]);
  });

  it("reports tables, corrections and checks", () => {
    const r = runBuild(SEEDS, dataCopy().out);
    expect(r.stdout).toContain(
      "changes to the source: 70 (21 by manual correction, 49 by rule: unlabelled-revenue 1, header-number 1, label-drift 39, noise-line 2, template-word 2, personal-mobile 2, page-stamp 1, heading-in-field 1)",
    );
    expect(r.stdout).toContain("checks: 465/465 pass (column-sum 55, row-sum 104, partition 7, cross-table 32, rollup 6, facts 206, structure 55)");
    expect(r.stdout).toContain("projects 25, project-indicators 468, budget-lines 329");
    expect(r.stdout).toContain('note: 000_f6a8c17e7f596961.txt:97: code 215 is printed as "资源勘探信息等支出", the official name is "资源勘探工业信息等支出"');
  });
});
