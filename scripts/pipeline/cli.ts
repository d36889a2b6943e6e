/**
 * The build command as a function: reads every document in seeds/, replaces data/ as a whole,
 * prints the report or the `file:line: [rule]` errors, and returns the exit code. build-data.ts
 * runs it as `npm run build:data`; tests run it in-process (a child per build cost a second each).
 */
import { basename, dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAll } from "./build-all";
import { replaceDataFolder } from "./emit";
import { BuildError, BuildErrors } from "./errors";
import { catalogFileOf } from "./object-digests";
import { suggestCorrection } from "./suggest-correction";

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** 0 when data/ was written (or already held this build), 1 when the build failed and data/ was left as it was. */
export function runBuildCli(seedsDir: string, out: string, io: CliOutput): 0 | 1 {
  try {
    const bundle = buildAll(seedsDir);
    const json = JSON.stringify(bundle) + "\n";
    const changed = replaceDataFolder(dirname(out), {
      [basename(out)]: json,
      // The same bundle gzip-compressed: what the Worker carries, as a binary module it need not parse to start.
      [`${basename(out)}.gz`]: gzipSync(json, { level: 9 }),
      // The catalogue alone (dataset metadata less corrections, no rows, the R2 objects' digests): what the Worker reads at startup.
      "catalog.json": JSON.stringify(catalogFileOf(bundle)) + "\n",
    });
    for (const { report, meta } of bundle.datasets) {
      io.log(`${meta.source.file} → dataset ${report.dataset} (${meta.department}, ${meta.year}), version ${report.version}`);
      io.log(`  tables: ${report.tables.map((t) => `${t.id} ${t.row_count}`).join(", ")}`);
      const rules = Object.entries(report.repairs_by_rule).map(([k, n]) => `${k} ${n}`).join(", ");
      io.log(`  changes to the source: ${report.corrections_applied} (${report.corrections_manual} by manual correction, ${report.corrections_applied - report.corrections_manual} by rule: ${rules || "none"})`);
      const cov = report.amount_coverage;
      const nums = report.printed_numbers;
      const classified = Object.entries(nums.classified).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(", ");
      io.log(`  lines: ${Object.entries(report.line_roles).map(([k, n]) => `${k} ${n}`).join(", ")} (0 unread)`);
      io.log(`  numbers printed: ${nums.printed} (read from the raw text): ${nums.published} published as amounts, ${nums.printed - nums.published} classified (${classified})`);
      io.log(`  amounts: ${cov.amounts} published, ${cov.covered} covered by a check, ${cov.stated_once.length} stated only once (listed in the report with the reason)`);
      io.log(`  checks: ${report.checks.passed}/${report.checks.total} pass (${Object.entries(report.checks.by_kind).map(([k, n]) => `${k} ${n}`).join(", ")})`);
      for (const n of report.notes) io.log(`  note: ${n}`);
    }
    io.log(changed ? `wrote ${dirname(out)}/` : `${dirname(out)}/ unchanged`);
    return 0;
  } catch (e) {
    const errors = e instanceof BuildErrors ? e.errors : e instanceof BuildError ? [e] : null;
    // Anything else is a bug of the build, not of the seed: let it crash with its stack.
    if (!errors) throw e;
    for (const err of errors) io.error(err.message);
    const first = errors.map((err) => suggestCorrection(seedsDir, err)).find((s) => s !== null);
    if (first) {
      io.error("if only a person can decide this, add an entry like this to seeds/corrections.json (edit \"published\" and write the reason):");
      io.error(`  ${first}`);
    }
    io.error("build failed; data/ left as it was");
    return 1;
  }
}
