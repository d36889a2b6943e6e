/**
 * npm run readme: rewrites the generated parts of README.md (the pandas/R/curl section) and the
 * rule table of scripts/pipeline/repair/README.md.
 * With --check it only says whether they are up to date (exit 1 if not).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TABLE_LIST } from "../../src/schema/tables";
import { replaceSection } from "./markers";
import { pandasSection, SECTION, type Example } from "./pandas-section";
import { rewriteRepairReadme } from "./repair-rules";

const ROOT = resolve(import.meta.dirname, "../..");
export const README = join(ROOT, "README.md");

/** The examples point at `npm start`'s server and the first dataset of the build (data/, not code). */
export function example(root = ROOT): Example {
  const catalog = JSON.parse(readFileSync(join(root, "data/catalog.json"), "utf8")) as { datasets: { id: string }[] };
  const first = catalog.datasets[0];
  if (!first) throw new Error("data/catalog.json lists no dataset: run npm run build:data");
  return { origin: "http://127.0.0.1:8787", dataset: first.id, table: "projects" };
}

/** README.md as it should be. */
export function updatedReadme(text: string, root = ROOT): string {
  return replaceSection(text, SECTION, pandasSection(TABLE_LIST, example(root)));
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) {
  rewriteRepairReadme(process.argv.includes("--check"));
  const text = readFileSync(README, "utf8");
  const next = updatedReadme(text);
  if (process.argv.includes("--check")) {
    if (next !== text) {
      console.error("README.md is out of date: run npm run readme");
      process.exit(1);
    }
  } else if (next !== text) {
    writeFileSync(README, next);
    console.log("README.md: pandas section rewritten");
  } else {
    console.log("README.md: up to date");
  }
}
