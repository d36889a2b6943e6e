/**
 * npm run build:data — reads every document in seeds/ and replaces data/ as a whole with
 * datasets.json, datasets.json.gz (the same, compressed, for the Worker) and catalog.json
 * (its metadata). On any error it prints `file:line: [rule] what is wrong`, exits non-zero,
 * and data/ stays as it was.
 */
import { basename, dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAll } from "./pipeline/build-all";
import { replaceDataFolder } from "./pipeline/emit";
import { BuildError, BuildErrors } from "./pipeline/errors";
import { suggestCorrection } from "./pipeline/suggest-correction";

const root = resolve(import.meta.dirname, "..");
const seedsDir = resolve(process.argv[2] ?? join(root, "seeds"));
const out = resolve(process.argv[3] ?? join(root, "data", "datasets.json"));

try {
  const bundle = buildAll(seedsDir);
  const json = JSON.stringify(bundle) + "\n";
  const changed = replaceDataFolder(dirname(out), {
    [basename(out)]: json,
    // The same bundle gzip-compressed: what the Worker carries, as a binary module it need not parse to start.
    [`${basename(out)}.gz`]: gzipSync(json, { level: 9 }),
    // The catalogue alone (dataset metadata, no rows): what the Worker reads at startup.
    "catalog.json": JSON.stringify({ format: 1, datasets: bundle.datasets.map((d) => d.meta) }) + "\n",
  });
  for (const { report, meta } of bundle.datasets) {
    console.log(`${meta.source.file} → dataset ${report.dataset} (${meta.department}, ${meta.year}), version ${report.version}`);
    console.log(`  tables: ${report.tables.map((t) => `${t.id} ${t.row_count}`).join(", ")}`);
    const rules = Object.entries(report.repairs_by_rule).map(([k, n]) => `${k} ${n}`).join(", ");
    console.log(`  changes to the source: ${report.corrections_applied} (${report.corrections_manual} by manual correction, ${report.corrections_applied - report.corrections_manual} by rule: ${rules || "none"})`);
    const cov = report.amount_coverage;
    console.log(`  amounts: ${cov.amounts} printed, ${cov.covered} covered by a check, ${cov.stated_once.length} stated only once (listed in the report with the reason)`);
    console.log(`  checks: ${report.checks.passed}/${report.checks.total} pass (${Object.entries(report.checks.by_kind).map(([k, n]) => `${k} ${n}`).join(", ")})`);
    for (const n of report.notes) console.log(`  note: ${n}`);
  }
  console.log(changed ? `wrote ${dirname(out)}/` : `${dirname(out)}/ unchanged`);
} catch (e) {
  const errors = e instanceof BuildErrors ? e.errors : e instanceof BuildError ? [e] : null;
  if (!errors) throw e;
  for (const err of errors) console.error(err.message);
  const first = errors.map((err) => suggestCorrection(seedsDir, err)).find((s) => s !== null);
  if (first) {
    console.error("if only a person can decide this, add an entry like this to seeds/corrections.json (edit \"published\" and write the reason):");
    console.error(`  ${first}`);
  }
  console.error("build failed; data/ left as it was");
  process.exit(1);
}
