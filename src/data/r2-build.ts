/**
 * Which build the R2 Worker serves: the pointer object names it, its catalogue is read from
 * the bucket (checked against the digest the pointer records), and the store over its
 * objects is kept while the pointer names it. The pointer is read again at most every few
 * seconds; each request takes one build for its whole life, so a switch of builds is atomic
 * for every request.
 */
import { readCatalog, type CatalogFile } from "./catalog-file";
import { indexKeys, POINTER_KEY, type BuildPointer } from "./r2-layout";
import { checkedReader, damagedObject, isObject, type R2Reader } from "./r2-read";
import { r2Store } from "./r2-store";
import { catalogOf } from "./table-data";
import type { Catalog, DataStore } from "./store";
import { ProblemError } from "../lib/problem";
import { isDigest } from "../lib/checksum";

/** How long an isolate trusts the pointer it read before reading it again. */
export const POINTER_TTL_MS = 5_000;

export interface ServedBuild {
  catalog: Catalog;
  store: DataStore;
}

const isPointer = (v: unknown): v is BuildPointer =>
  isObject(v) && v.format === 1 && typeof v.build === "string" && isObject(v.catalog) && typeof v.catalog.key === "string" && isDigest(v.catalog.digest);
const isCatalogFile = (v: unknown): v is CatalogFile => isObject(v) && v.format === 4 && Array.isArray(v.datasets) && isObject(v.index);

/** The build a pointer names: its catalogue read and checked, and a store over its objects. */
export async function loadBuild(bucket: R2Reader, pointer: BuildPointer): Promise<ServedBuild> {
  const reader = checkedReader(bucket, new Map([[pointer.catalog.key, pointer.catalog.digest]]));
  const file = await reader.json(pointer.catalog.key, isCatalogFile);
  const read = readCatalog(file);
  const catalog = catalogOf(read.entries);
  if (catalog.version !== pointer.build) throw damagedObject(pointer.catalog.key, "目录版本与指针不符", "a catalogue of another build than the pointer names");
  return { catalog, store: r2Store(bucket, catalog, { index: indexKeys(read.indexKeys), digests: read.digests }) };
}

async function readPointer(bucket: R2Reader): Promise<BuildPointer> {
  const o = await bucket.get(POINTER_KEY);
  if (!o) throw new ProblemError("data-unavailable", `数据存储中还没有发布任何构建（缺少 ${POINTER_KEY}）；请运行 npm run publish:r2。No build has been published to the data bucket yet (${POINTER_KEY} is missing); run npm run publish:r2.`);
  let value: unknown;
  try {
    value = JSON.parse(await o.text());
  } catch {
    value = null;
  }
  if (!isPointer(value)) throw damagedObject(POINTER_KEY, "不是构建指针", "not a build pointer");
  return value;
}

/** The build to serve now: the one the pointer named when last read (at most POINTER_TTL_MS ago), loaded once per build. */
export function currentBuild(bucket: R2Reader, now: () => number = Date.now): () => Promise<ServedBuild> {
  let checked: { at: number; pointer: Promise<BuildPointer> } | undefined;
  let served: { build: string; loaded: Promise<ServedBuild> } | undefined;
  return async () => {
    if (!checked || now() - checked.at >= POINTER_TTL_MS) {
      const pointer = readPointer(bucket);
      checked = { at: now(), pointer };
      // A failed read is not kept: the next request reads the pointer again.
      pointer.catch(() => (checked = undefined));
    }
    const pointer = await checked.pointer;
    if (served?.build !== pointer.build) {
      const loaded = loadBuild(bucket, pointer);
      served = { build: pointer.build, loaded };
      loaded.catch(() => {
        if (served?.loaded === loaded) served = undefined;
      });
    }
    return served.loaded;
  };
}
