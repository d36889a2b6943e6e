/**
 * npm run build:data — reads every document in seeds/ and replaces data/ as a whole with
 * datasets.json, datasets.json.gz (the same, compressed, for the Worker) and catalog.json
 * (its metadata). On any error it prints `file:line: [rule] what is wrong`, exits non-zero,
 * and data/ stays as it was.
 */
import { join, resolve } from "node:path";
import { runBuildCli } from "./pipeline/cli";

const root = resolve(import.meta.dirname, "..");
const seedsDir = resolve(process.argv[2] ?? join(root, "seeds"));
const out = resolve(process.argv[3] ?? join(root, "data", "datasets.json"));

process.exitCode = runBuildCli(seedsDir, out, { log: (l) => console.log(l), error: (l) => console.error(l) });
