/**
 * The R2 bucket as the build left it, in this process: each object's body read from the build
 * cache by the digest its catalogue (or its dataset's contents object) records, a byte range
 * read alone as R2 serves it, every read counted. What the benchmarks serve the R2 store's
 * code from without uploading a build.
 */
import { catalogDigests, type CatalogFile } from "../../src/data/catalog-file";
import { DATASET_CONTENTS } from "../../src/data/r2-layout";
import type { R2Reader } from "../../src/data/r2-read";
import type { Digest } from "../../src/lib/checksum";
import type { BuildCache } from "../pipeline/build-cache";
import { listedObjects } from "../pipeline/object-digests";
import { readBlobRange } from "./cache-range";

/** The bucket, the bytes of each read (in order), and the key of each (in order). */
export function cacheBucket(file: CatalogFile, cache: BuildCache): { bucket: R2Reader; reads: number[]; keys: string[]; bodyOf(key: string): Buffer | null } {
  const recorded = catalogDigests(file)!;
  // A dataset's other objects are found through its contents object, as publishing finds them (read when first asked for).
  const contents = new Map<string, Map<string, Digest>>();
  const listed = (key: string): Digest | undefined => {
    const contentsOf = key.split("/").slice(0, 4).join("/") + "/" + DATASET_CONTENTS;
    if (!contents.has(contentsOf)) {
      const digest = recorded.get(contentsOf);
      contents.set(contentsOf, new Map(digest ? (listedObjects(contentsOf, cache.getBlob(digest)) ?? []) : []));
    }
    return contents.get(contentsOf)!.get(key);
  };
  const digestOf = (key: string) => recorded.get(key) ?? (key.startsWith("v1/datasets/") ? listed(key) : undefined);
  const reads: number[] = [];
  const keys: string[] = [];
  const bucket: R2Reader = {
    async get(key, options) {
      const digest = digestOf(key);
      const part = digest && (options ? readBlobRange(cache.dir, digest, options.range.offset, options.range.length) : cache.getBlob(digest));
      if (!part) return null;
      reads.push(part.length);
      keys.push(key);
      return { text: async () => part.toString("utf8"), arrayBuffer: async () => part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength) as ArrayBuffer };
    },
  };
  const bodyOf = (key: string) => {
    const digest = digestOf(key);
    return digest ? cache.getBlob(digest) : null;
  };
  return { bucket, reads, keys, bodyOf };
}
