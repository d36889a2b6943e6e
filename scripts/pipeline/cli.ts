/**
 * The build command as a function: reads every document in seeds/, replaces the data folder as
 * a whole, prints the report or the `file:line: [rule]` errors, and returns the exit code.
 * build-data.ts runs it as `npm run build:data` (worker threads, the persistent cache); tests
 * run it in-process (a child per build cost a second each), in one thread.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { buildStream, buildStreamSync, type StreamOptions } from "./build-stream";
import type { DataFiles } from "./emit";
import { replaceDataFolder } from "./emit";
import { BuildError, BuildErrors } from "./errors";
import { suggestCorrection } from "./suggest-correction";

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export interface CliOptions {
  /** The cache of per-dataset outputs (build-cache.ts); without one, a temporary folder used once. */
  cacheDir?: string;
  /** Worker threads; 1 builds in this thread. */
  jobs?: number;
  bundleLimit?: number;
  /** Datasets per segment of the search index (tests; otherwise r2-layout.ts's rule). */
  segmentSize?: number;
  /** Delete from the cache what the build did not use (BUILD_PRUNE=1). */
  prune?: boolean;
}

/** Writes what `run` builds into the data folder, or prints why it could not: the exit code. */
function finish(seedsDir: string, out: string, io: CliOutput, run: () => DataFiles): 0 | 1 {
  try {
    const changed = replaceDataFolder(dirname(out), run());
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

function withCache<T>(opts: CliOptions, run: (cacheDir: string) => T): T {
  if (opts.cacheDir) return run(opts.cacheDir);
  const dir = mkdtempSync(join(tmpdir(), "build-cache-"));
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const streamOptions = (out: string, io: CliOutput, opts: CliOptions, cacheDir: string): StreamOptions => ({ cacheDir, jobs: opts.jobs, bundleLimit: opts.bundleLimit, segmentSize: opts.segmentSize, prune: opts.prune, bundleName: basename(out), log: (l) => io.log(l) });

/** 0 when data/ was written (or already held this build), 1 when the build failed and data/ was left as it was. In this thread. */
export function runBuildCli(seedsDir: string, out: string, io: CliOutput, opts: CliOptions = {}): 0 | 1 {
  return withCache(opts, (cacheDir) => finish(seedsDir, out, io, () => buildStreamSync(seedsDir, streamOptions(out, io, opts, cacheDir))));
}

/** The same with worker threads and a cache that outlives the build. */
export async function runBuildCliThreaded(seedsDir: string, out: string, io: CliOutput, opts: CliOptions & { cacheDir: string }): Promise<0 | 1> {
  let files: DataFiles;
  try {
    files = await buildStream(seedsDir, streamOptions(out, io, opts, opts.cacheDir));
  } catch (e) {
    return finish(seedsDir, out, io, () => {
      throw e;
    });
  }
  return finish(seedsDir, out, io, () => files);
}
