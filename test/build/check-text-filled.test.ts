/**
 * The checks of a document that fills every table of the template, in Chinese: the pages
 * rewrite each description's English phrases, and none may remain for the new identities
 * (economic tables, revenue by source, units).
 */
import { expect, it } from "vitest";
import { buildFromSeed } from "../../scripts/pipeline/build-dataset";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { loadRealSeed } from "../../scripts/simulate/run-variant";
import { simulate } from "../../scripts/simulate/simulate";
import { checkDescriptionZh } from "../../src/pages/check-text";
import { SEEDS } from "./seed-fixtures";

it("every check of a filled document of two units reads in Chinese on the pages", () => {
  const v = simulate(loadRealSeed(SEEDS), { seed: 5, fill: true, units: 2, rename: false, rescale: false, reorder: false });
  const lines = v.text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const ds = buildFromSeed({ file: v.file, bytes: 0, sha256: "", lines }, { seedsDir: SEEDS, corrections: v.corrections, frameworks: loadFrameworks(SEEDS), manifest: undefined });
  const english = ds.checks.map((c) => checkDescriptionZh(c.description)).filter((d) => /[A-Za-z]{2,}/.test(d.replace(/\b[a-z]+(-[a-z]+)*\/[\w./:-]+/g, "")));
  expect(english).toEqual([]);
  expect(ds.checks.length).toBe(778);
});
