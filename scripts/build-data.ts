/**
 * npm run build:data [-- SEEDS [OUT/datasets.json]] — reads every document in seeds/ and
 * replaces data/ as a whole with catalog.json (the catalogue and every R2 object's digest)
 * and, while the data fits in a Worker, datasets.json and datasets.json.gz (the same,
 * compressed, for the Worker). Documents are built in worker threads (BUILD_JOBS, default one
 * per core) and cached (BUILD_CACHE, default node_modules/.cache/budget-build): an unchanged
 * document is not read again; BUILD_PRUNE=1 deletes from the cache what the build did not use. On any error it prints `file:line: [rule] what is wrong`, exits
 * non-zero, and data/ stays as it was.
 */
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { defaultCacheDir } from "./pipeline/build-cache";
import { runBuildCliThreaded } from "./pipeline/cli";

const root = resolve(import.meta.dirname, "..");
const seedsDir = resolve(process.argv[2] ?? join(root, "seeds"));
const out = resolve(process.argv[3] ?? join(root, "data", "datasets.json"));
const jobs = Number(process.env.BUILD_JOBS ?? availableParallelism());

process.exitCode = await runBuildCliThreaded(seedsDir, out, { log: (l) => console.log(l), error: (l) => console.error(l) }, { cacheDir: defaultCacheDir(root), jobs, prune: process.env.BUILD_PRUNE === "1" });
