/**
 * An R2 bucket in memory over a build's objects (r2Objects), counting every read: what the
 * scale benchmark and the tests use to say how many objects and bytes a request reads.
 */
import type { R2Object } from "../../src/data/r2-layout";
import type { R2Reader } from "../../src/data/r2-read";

export interface Read {
  key: string;
  bytes: number;
}

export function memoryBucket(objects: Iterable<R2Object>): { bucket: R2Reader; reads: Read[] } {
  const byKey = new Map(objects);
  const encoder = new TextEncoder();
  const reads: Read[] = [];
  const bucket: R2Reader = {
    async get(key, options) {
      const body = byKey.get(key);
      if (body === undefined) return null;
      const all = typeof body === "string" ? encoder.encode(body) : body;
      const part = options ? all.subarray(options.range.offset, options.range.offset + options.range.length) : all;
      reads.push({ key, bytes: part.length });
      return { text: async () => new TextDecoder().decode(part), arrayBuffer: async () => part.slice().buffer as ArrayBuffer };
    },
  };
  return { bucket, reads };
}
