import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";
import { recoverInterruptedSwap } from "../../scripts/pipeline/emit";
import { dataCopy, ROOT, runBuild, SEEDS, expectSameBytes } from "./seed-fixtures";

it("removes the temporary file a killed build left behind, and writes the data file whole", () => {
  const { out } = dataCopy();
  const stale = join(dirname(out), ".build-99999.tmp");
  writeFileSync(stale, '{"format":1,"datasets":[');
  writeFileSync(out, "old");
  const r = runBuild(SEEDS, out);
  expect(r.status).toBe(0);
  expect(readdirSync(dirname(out)).sort()).toEqual(["catalog.json", "datasets.json", "datasets.json.gz"]);
  expectSameBytes(readFileSync(out), readFileSync(join(ROOT, "data", "datasets.json")), "datasets.json");
});

it("leaves the old or the new data file, never a partial one, when the build is killed at any moment", async () => {
  const expected = readFileSync(join(ROOT, "data", "datasets.json"));
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const outcomes = new Set<string>();
  for (const delay of [50, 150, 250, 350, 450, 600, 800]) {
    const { out } = dataCopy();
    writeFileSync(out, "old");
    const child = spawn(process.execPath, [tsx, join(ROOT, "scripts", "build-data.ts"), SEEDS, out], { stdio: "ignore" });
    const exited = new Promise((r) => child.once("exit", r));
    await new Promise((r) => setTimeout(r, delay));
    child.kill("SIGKILL");
    await exited;
    // What the next build does first: one killed between its two renames left data/ absent, the old copy beside it.
    recoverInterruptedSwap(dirname(out));
    const now = readFileSync(out);
    const whole = now.toString() === "old" ? "old" : now.equals(expected) ? "new" : "partial";
    outcomes.add(whole);
    expect(whole).not.toBe("partial");
  }
  console.log(`killed builds left: ${[...outcomes].join(", ")}`);
}, 60_000);
