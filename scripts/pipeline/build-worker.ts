/**
 * A worker thread of the streaming build: builds the documents it is sent, one at a time,
 * writes each one's output to the cache, and answers with its summary or its build errors.
 * Nothing of a dataset stays in the thread once answered.
 */
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { Correction } from "../../src/schema/dataset";
import { buildPublished } from "./build-dataset";
import { BuildCache } from "./build-cache";
import type { SourceManifest } from "./build-inputs";
import { datasetOutput } from "./dataset-output";
import { BuildError, BuildErrors } from "./errors";
import { readSeed } from "./read-seed";
import { loadFrameworks, type Frameworks } from "./repair/framework";

export interface WorkerSetup {
  seedsDir: string;
  cacheDir: string;
  corrections: Correction[];
  manifest: SourceManifest;
}

export interface Job {
  file: string;
  key: string;
}

/** A build error as it crosses the thread boundary. */
export type ErrorRecord = { file: string; line: number | null; rule: string; detail: string };
/** Built (its summary is in the cache, under the job's key), or its build errors, or a crash of the build itself. */
export type JobResult = { file: string; built: true } | { file: string; errors: ErrorRecord[] } | { file: string; crash: string };

const record = (e: BuildError): ErrorRecord => ({ file: e.file, line: e.line, rule: e.rule, detail: e.detail });

/** Builds one document into the cache; what both the threads and an in-process build run. */
export function runJob(setup: WorkerSetup, frameworks: Frameworks, cache: BuildCache, job: Job): JobResult {
  try {
    const { dataset, json } = buildPublished(readSeed(join(setup.seedsDir, job.file)), { seedsDir: setup.seedsDir, corrections: setup.corrections, frameworks, manifest: setup.manifest[job.file] });
    cache.putEntry(job.key, datasetOutput(dataset, cache, json));
    return { file: job.file, built: true };
  } catch (e) {
    if (e instanceof BuildErrors) return { file: job.file, errors: e.errors.map(record) };
    if (e instanceof BuildError) return { file: job.file, errors: [record(e)] };
    return { file: job.file, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

if (parentPort && workerData?.buildWorker) {
  const setup = workerData.setup as WorkerSetup;
  const cache = new BuildCache(setup.cacheDir);
  const port = parentPort;
  let frameworks: Frameworks | undefined;
  port.on("message", (job: Job) => {
    try {
      frameworks ??= loadFrameworks(setup.seedsDir);
    } catch (e) {
      port.postMessage({ file: job.file, errors: [record(e as BuildError)] } satisfies JobResult);
      return;
    }
    port.postMessage(runJob(setup, frameworks, cache, job));
  });
}
