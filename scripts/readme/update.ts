/**
 * npm run readme: rewrites the generated parts of the READMEs, each between
 * `<!-- name:start -->` and `<!-- name:end -->` in its file, and the rule table of
 * scripts/pipeline/repair/README.md. With --check it only says which files are out of date
 * (exit 1 if any).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TABLE_LIST } from "../../src/schema/tables";
import { replaceSection } from "./markers";
import { pandasSection, SECTION, type Example } from "./pandas-section";
import { rewriteRepairReadme } from "./repair-rules";

const ROOT = resolve(import.meta.dirname, "../..");

/** A generated part of a README: its file (from the repository root), its marker name, and what it holds. */
export interface GeneratedPart {
  file: string;
  section: string;
  body: (root: string) => string;
}

/** The pandas/R/curl recipes sit beside the data model they read; the client tests run them. */
export const PANDAS_PART: GeneratedPart = {
  file: "src/schema/README.md",
  section: SECTION,
  body: (root) => pandasSection(TABLE_LIST, example(root)),
};

/** Every generated part, in the order npm run readme writes them. */
export const PARTS: readonly GeneratedPart[] = [PANDAS_PART];

/** The file holding the pandas part, as an absolute path. */
export const PANDAS_README = join(ROOT, PANDAS_PART.file);

/** The examples point at `npm start`'s server and the first dataset of the build (data/, not code). */
export function example(root = ROOT): Example {
  const catalog = JSON.parse(readFileSync(join(root, "data/catalog.json"), "utf8")) as { datasets: { id: string }[] };
  const first = catalog.datasets[0];
  if (!first) throw new Error("data/catalog.json lists no dataset: run npm run build:data");
  return { origin: "http://127.0.0.1:8787", dataset: first.id, table: "projects" };
}

/** `text`, the content of `part.file`, with the part as it should be. */
export function updatedPart(text: string, part: GeneratedPart, root = ROOT): string {
  return replaceSection(text, part.section, part.body(root));
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) {
  rewriteRepairReadme(process.argv.includes("--check"));
  const files = [...new Set(PARTS.map((p) => p.file))];
  let stale = 0;
  for (const file of files) {
    const path = join(ROOT, file);
    const text = readFileSync(path, "utf8");
    const next = PARTS.filter((p) => p.file === file).reduce((t, p) => updatedPart(t, p), text);
    if (next === text) console.log(`${file}: up to date`);
    else if (process.argv.includes("--check")) {
      console.error(`${file} is out of date: run npm run readme`);
      stale++;
    } else {
      writeFileSync(path, next);
      console.log(`${file}: generated parts rewritten`);
    }
  }
  if (stale > 0) process.exit(1);
}
