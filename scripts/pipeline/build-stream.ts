/**
 * npm run build:data, streaming: each document is built alone (in worker threads, or in this
 * thread), written to the cache (build-cache.ts) and dropped; a document whose inputs and
 * pipeline are unchanged is not read again. The merge then reads the small per-dataset
 * summaries in file order (so the result is the same whatever order the threads finish in)
 * and makes the catalogue, the sums and the search index from them; the bundled datasets
 * file is made from the same outputs while it fits in a Worker. Memory is the largest
 * document, one group of one segment's index shards, and a compact catalogue entry,
 * the digests and the sums of each dataset (about 100 KB a dataset), not every document.
 */
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { catalogFile } from "../../src/data/catalog-file";
import type { CatalogEntry } from "../../src/data/store";
import { SUM_FAMILIES } from "../../src/query/fact-sums";
import type { Digest } from "../../src/lib/checksum";
import { segmentSizeFor, shardCountFor, type SearchSegment } from "../../src/data/r2-layout";
import { catalogVersion } from "../../src/data/table-data";
import type { Correction, DatasetMeta } from "../../src/schema/dataset";
import { docSpace } from "../../src/data/doc-space";
import { BuildCache } from "./build-cache";
import { readInputs } from "./build-inputs";
import { runJob, type ErrorRecord, type Job, type JobResult, type WorkerSetup } from "./build-worker";
import { datasetPrefix } from "../../src/data/r2-layout";
import { isDatasetSummary, reportLines, type DatasetSummary } from "./dataset-output";
import { assignIds } from "./dataset-id";
import type { DataFiles } from "./emit";
import { BuildError, BuildErrors } from "./errors";
import { mergeSearchIndex } from "./merge-index";
import type { PostingGroups } from "./postings-groups";
import { pipelineVersion } from "./pipeline-version";
import { segmentsOf, sumsFamilyObjects } from "./r2-objects";
import { keepBlob, liveCache, pruneCache } from "./cache-prune";
import { FamilySumsBuilder } from "./sums-builder";
import { SeedHashes } from "./seed-hashes";
import { loadFrameworks } from "./repair/framework";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The most a Worker may carry as bundled data (datasets.json, before gzip): parsed, a dataset
 * of 1.3 MB takes about three times that in the isolate's 128 MB, and the script must stay
 * under Cloudflare's size limit. Past it the build writes the catalogue only and names R2.
 */
export const BUNDLE_LIMIT_BYTES = 24 * 1024 * 1024;
/**
 * A build thread's young generation: a document's build allocates a few hundred MB of
 * short-lived strings and arrays, and with V8's default the collector takes about a fifth of
 * the thread's CPU. 64 MB took about a tenth off the CPU of a 1,000-document build, for about
 * 40 MB more a thread (scripts/bench/README.md).
 */
const YOUNG_GENERATION_MB = 64;
/** Past this many datasets the log gives one line a dataset built instead of its whole report. */
const DETAILED_LOG = 20;

export interface StreamOptions {
  cacheDir: string;
  /** Worker threads (1: build in this thread). */
  jobs?: number;
  bundleLimit?: number;
  /** The name of the datasets file (datasets.json), its gzip beside it. */
  bundleName?: string;
  /** Datasets per segment of the search index (default: r2-layout.ts's rule; tests cut small ones). */
  segmentSize?: number;
  /** After the build, delete from the cache what it did not use (cache-prune.ts). */
  prune?: boolean;
  log?: (line: string) => void;
}


const identityKey = (m: Pick<DatasetMeta, "department" | "year" | "kind">) => `${m.department}\u0000${m.year}\u0000${m.kind}`;

/** The key of a document's cached output: everything its output depends on. */
function outputKey(version: string, reference: string, seedSha: string, corrections: unknown, manifest: unknown): string {
  return createHash("sha256").update(JSON.stringify([version, reference, seedSha, corrections, manifest ?? null])).digest("hex");
}

function runJobsHere(setup: WorkerSetup, jobs: readonly Job[]): JobResult[] {
  if (!jobs.length) return [];
  const cache = new BuildCache(setup.cacheDir);
  const frameworks = loadFrameworks(setup.seedsDir);
  return jobs.map((job) => runJob(setup, frameworks, cache, job));
}

/** The jobs spread over worker threads; results in the jobs' order, whatever order they finish in. */
async function runJobsInThreads(setup: WorkerSetup, jobs: readonly Job[], threads: number): Promise<JobResult[]> {
  const results = new Array<JobResult>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(new URL("./build-worker.ts", import.meta.url), { workerData: { buildWorker: true, setup }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((done, fail) => {
            let current = -1;
            const send = () => {
              if (next >= jobs.length) return done();
              current = next++;
              w.postMessage(jobs[current]);
            };
            w.on("message", (r: JobResult) => {
              results[current] = r;
              send();
            });
            w.on("error", fail);
            w.on("exit", (code) => (current >= 0 && !results[current] ? fail(new Error(`a build thread exited (${code}) while building ${jobs[current]!.file}`)) : undefined));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

const asError = (r: ErrorRecord) => new BuildError(r.file, r.line, r.rule, r.detail);

interface Plan {
  opts: StreamOptions;
  cache: BuildCache;
  files: string[];
  /** Each document's cache key, in file order. */
  keys: string[];
  jobs: Job[];
  setup: WorkerSetup;
}

/** What the folder holds, what the cache already has of it, and the documents left to build. */
function plan(seedsDir: string, opts: StreamOptions): Plan {
  const cache = new BuildCache(opts.cacheDir);
  const inputs = readInputs(seedsDir);
  const version = pipelineVersion(ROOT, [join(ROOT, "scripts/pipeline/build-worker.ts")]);
  const bySha = new Map<string, string>();
  const correctionsOf = new Map<string, Correction[]>();
  for (const c of inputs.corrections) correctionsOf.set(c.file, [...(correctionsOf.get(c.file) ?? []), c]);
  const hashes = new SeedHashes(opts.cacheDir);
  const keys = inputs.files.map((f) => {
    const sha = hashes.sha(join(seedsDir, f), f);
    const twin = bySha.get(sha);
    if (twin) throw new BuildError(f, null, "duplicate-document", `identical to ${twin}`);
    bySha.set(sha, f);
    return outputKey(version, inputs.reference, sha, correctionsOf.get(f) ?? [], inputs.manifest[f]);
  });
  hashes.save();
  const jobs: Job[] = [];
  keys.forEach((key, i) => (cache.hasEntry(key) ? undefined : jobs.push({ file: inputs.files[i]!, key })));
  return { opts, cache, files: inputs.files, keys, jobs, setup: { seedsDir, cacheDir: opts.cacheDir, corrections: inputs.corrections, manifest: inputs.manifest } };
}

/** The build in this thread alone (what the tests run: no threads to start). */
export function buildStreamSync(seedsDir: string, opts: StreamOptions): DataFiles {
  const p = plan(seedsDir, opts);
  return merge(p, runJobsHere(p.setup, p.jobs));
}

/** The build with `opts.jobs` worker threads (npm run build:data: one per core). */
export async function buildStream(seedsDir: string, opts: StreamOptions): Promise<DataFiles> {
  const p = plan(seedsDir, opts);
  const threads = opts.jobs ?? 1;
  return merge(p, threads > 1 && p.jobs.length > 1 ? await runJobsInThreads(p.setup, p.jobs, threads) : runJobsHere(p.setup, p.jobs));
}

/** A document whose cache entry went missing after the plan, built again in this thread. */
function rebuilt(p: Plan, job: Job): DatasetSummary {
  const [r] = runJobsHere(p.setup, [job]);
  if (r && "errors" in r) throw new BuildErrors(r.errors.map(asError));
  if (r && "crash" in r) throw new Error(`building ${r.file} crashed (a bug of the build, not of the seed):\n${r.crash}`);
  const s = p.cache.getEntry(job.key, isDatasetSummary);
  if (!s) throw new Error(`the build cache (${p.cache.dir}) does not keep what it is given (${job.file})`);
  return s;
}

/** What the merge keeps of a dataset: its catalogue entry (compact) and its objects' digests; its sums go into the builders. */
interface Kept {
  file: string;
  entry: CatalogEntry;
  meta: Digest;
  report: Digest;
  objects: [string, Digest][];
  postings: Digest;
  postingGroups: PostingGroups;
  postingWords: number;
}

function merge(p: Plan, results: readonly JobResult[]): DataFiles {
  const { opts, cache, files: inputFiles, keys, jobs } = p;
  const log = opts.log ?? (() => {});
  const errors: BuildError[] = [];
  for (const r of results) {
    if ("crash" in r) throw new Error(`building ${r.file} crashed (a bug of the build, not of the seed):\n${r.crash}`);
    if ("errors" in r) errors.push(...r.errors.map(asError));
  }
  if (errors.length) throw errors.length === 1 ? errors[0]! : new BuildErrors(errors);

  // One pass over the summaries in file order, each read from the cache and let go: the merge holds
  // compact entries, digests and the sums builders, never every dataset's summary.
  const builders = SUM_FAMILIES.map((f) => new FamilySumsBuilder(f));
  const done: Kept[] = inputFiles.map((file, i) => {
    // An entry that went missing or unreadable since the plan is built again here.
    const s = cache.getEntry(keys[i]!, isDatasetSummary) ?? rebuilt(p, { file, key: keys[i]! });
    builders.forEach((b) => b.add(s.entry.year, s.entry.kind, s.sums[b.family.name] ?? []));
    return { file, entry: s.entry, meta: s.meta, report: s.report, objects: s.objects, postings: s.postings, postingGroups: s.postingGroups, postingWords: s.postingWords };
  });

  // One dataset per department, year and kind; ids lengthened where they collide (dataset-id.ts).
  const seen = new Map<string, string>();
  for (const s of done) {
    const k = identityKey(s.entry);
    const first = seen.get(k);
    if (first) throw new BuildError(s.file, null, "duplicate-document", `same department, year and kind as ${first} (${s.entry.department}, ${s.entry.year}, ${s.entry.kind})`);
    seen.set(k, s.file);
  }
  const ids = assignIds(done.map((s) => s.entry));
  const entries: CatalogEntry[] = done.map((s, i) => (s.entry.id === ids[i] ? s.entry : { ...s.entry, id: ids[i]! }));
  const catalog = catalogVersion(entries);

  // Every object's digest, in publishing order: the datasets', the sums, the index (its bodies into the cache as made).
  const digests = new Map<string, Digest>();
  const add = (key: string, digest: Digest) => digests.set(key, digest);
  done.forEach((s, i) => {
    for (const [rest, digest] of s.objects) add(datasetPrefix(entries[i]!.id, entries[i]!.version) + rest, digest);
  });
  for (const b of builders) for (const [key, body] of sumsFamilyObjects(b, ids)) add(key, cache.putBlob(body));
  const space = docSpace(entries);
  const blob = (d: Digest) => {
    const bytes = cache.getBlob(d);
    if (!bytes) throw new Error(`the build cache (${opts.cacheDir}) lost an object it just wrote (${d[1]})`);
    return bytes;
  };
  // The index in segments of consecutive datasets, each numbered from its own first row (r2-layout.ts).
  const segmentSize = opts.segmentSize ?? segmentSizeFor(done.length);
  const shapes: SearchSegment[] = [];
  const segments = segmentsOf(done.map((s, i) => ({ s, i })), ids, segmentSize).map((members) => {
    const base = space.range(members[0]!.i, 0)[0];
    const end = members.at(-1)!.i + 1 < done.length ? space.range(members.at(-1)!.i + 1, 0)[0] : space.size;
    const shards = shardCountFor(4 * members.reduce((n, { s }) => n + s.postingWords, 0));
    const name = ids[members[0]!.i]!;
    shapes.push({ name, datasets: members.length, docs: end - base, shards });
    return { name, shards, datasets: members.map(({ s, i }) => ({ firstDoc: space.range(i, 0)[0] - base, postings: s.postings, groups: s.postingGroups })) };
  });
  // The index's merged groups are kept under the version of the code that merges them, as datasets are under the pipeline's.
  const indexVersion = pipelineVersion(ROOT, [join(ROOT, "scripts/pipeline/merge-index.ts")]);
  const { objects: index, stats, used } = mergeSearchIndex(segments, { version: indexVersion, catalog, docs: space.size, segments: shapes }, cache);
  for (const [key, digest] of index) add(key, digest);

  const files: DataFiles = { "catalog.json": JSON.stringify(catalogFile(entries, digests)) + "\n" };
  const bundleName = opts.bundleName ?? "datasets.json";
  const limit = opts.bundleLimit ?? BUNDLE_LIMIT_BYTES;
  const tableBytes = done.reduce((n, s) => n + s.objects.reduce((m, [k, d]) => m + (k.endsWith(".json") ? d[0] : 0), 0) + s.meta[0] + s.report[0], 0);
  const bundled = tableBytes <= limit;
  if (bundled) {
    const json = bundleJson(done, entries, blob);
    files[bundleName] = json;
    // The same bundle gzip-compressed: what the Worker carries, as a binary module it need not parse to start.
    files[`${bundleName}.gz`] = gzipSync(json, { level: 9 });
  }

  if (done.length <= DETAILED_LOG) {
    done.forEach((s, i) => {
      const report = JSON.parse(blob(s.report).toString("utf8"));
      for (const line of reportLines({ ...report, dataset: entries[i]!.id }, s.entry, entries[i]!.id)) log(line);
    });
  } else {
    const position = new Map(inputFiles.map((f, i) => [f, i]));
    for (const j of jobs) log(`${j.file} → dataset ${entries[position.get(j.file)!]!.id} built`);
  }
  log(`${done.length} dataset(s): ${jobs.length} built, ${done.length - jobs.length} unchanged since the last build (cache ${opts.cacheDir})`);
  log(`search index: ${shapes.length} segment(s) of about ${segmentSize} datasets, ${shapes.reduce((n, s) => n + s.shards, 0)} shards; ${stats.segmentsMerged} segment(s) merged again (${stats.groupsMerged} of ${stats.groupsMerged + stats.groupsReused} shard groups), the rest unchanged`);
  if (opts.prune) {
    // What this build used: each document's summary, metadata, report and postings, the index's merge entries and shard directories, every object.
    const live = liveCache();
    done.forEach((s, i) => {
      live.entries.add(keys[i]!);
      for (const d of [s.meta, s.report, s.postings]) keepBlob(live, d);
    });
    used.entries.forEach((k) => live.entries.add(k));
    used.blobs.forEach((d) => keepBlob(live, d));
    for (const d of digests.values()) keepBlob(live, d);
    const freed = pruneCache(opts.cacheDir, live);
    log(`cache pruned: ${freed.files} file(s), ${(freed.bytes / 1048576).toFixed(1)} MB this build does not use`);
  }
  if (!bundled) {
    log(`the datasets' tables come to ${(tableBytes / 1048576).toFixed(1)} MB, past the ${(limit / 1048576).toFixed(0)} MB a Worker can carry as bundled data: wrote the catalogue only.`);
    log(`publish this build to R2 with npm run publish:r2 -- --data <this folder> and serve it with the R2 Worker (npm run start:r2, wrangler deploy --env r2).`);
  }
  return files;
}

/** datasets.json, byte for byte JSON.stringify of the bundle, assembled from the cached bodies. */
function bundleJson(done: readonly Kept[], entries: readonly CatalogEntry[], blob: (d: Digest) => Buffer): string {
  const parts = done.map((s, i) => {
    const id = entries[i]!.id;
    let meta = blob(s.meta).toString("utf8");
    let report = blob(s.report).toString("utf8");
    if (id !== s.entry.id) {
      meta = JSON.stringify({ ...JSON.parse(meta), id });
      report = JSON.stringify({ ...JSON.parse(report), dataset: id });
    }
    const record = JSON.parse(blob(s.objects.find(([k]) => k === "dataset.json")![1]).toString("utf8")) as { checks: unknown };
    const tables = s.objects.filter(([k]) => k.startsWith("tables/") && k.endsWith(".json")).map(([k, d]) => `${JSON.stringify(k.slice("tables/".length, -".json".length))}:${blob(d).toString("utf8")}`);
    return `{"meta":${meta},"checks":${JSON.stringify(record.checks)},"report":${report},"tables":{${tables.join(",")}}}`;
  });
  return `{"format":1,"datasets":[${parts.join(",")}]}\n`;
}
