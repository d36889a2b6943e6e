/**
 * Reading the data bucket, checked: a whole object against the length and SHA-256 the build
 * recorded in the bundled catalogue, a byte range against the checksum the build wrote beside
 * its offset, JSON against the shape its reader expects. Anything else (missing, truncated,
 * flipped, swapped for another object, not the shape) is a `503` problem: never wrong rows,
 * never an empty answer that should have hits, never a 500. Problems are never cached, and
 * the stores keep no failed read, so a repaired bucket is read again.
 */
import { ProblemError } from "../lib/problem";
import { fnv1a32, sha256Hex16, type Digest } from "../lib/checksum";

/** The part of R2Bucket the stores use. */
export interface R2Reader {
  get(key: string, options?: { range: { offset: number; length: number } }): Promise<{ text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> } | null>;
}

/**
 * Each object's digest by key: from the catalogue (catalog-file.ts) for manifests and index
 * objects, from a dataset's manifest (read first, itself checked) for the dataset's other
 * objects. Absent where a catalogue records none (benchmarks): then only shapes are checked.
 */
export type Digests = { get(key: string): Digest | undefined | Promise<Digest | undefined> };

export const missingObject = (key: string) =>
  new ProblemError("data-unavailable", `数据存储中缺少对象 ${key}；请为本次构建运行 npm run publish:r2。The object ${key} is missing from the data bucket; run npm run publish:r2 for this build.`);

/** The problem for an object that is not what the build wrote: why, in Chinese and in English. */
export const damagedObject = (key: string, zh: string, en: string) =>
  new ProblemError("data-unavailable", `数据存储中的对象 ${key} 不是本次构建写入的内容（${zh}）；请为本次构建重新运行 npm run publish:r2。The object ${key} in the data bucket is not what this build wrote (${en}); run npm run publish:r2 for this build again.`);

/** A reader of the bucket that checks what it reads. */
export interface CheckedReader {
  /** A whole object, checked against its digest. */
  bytes(key: string): Promise<Uint8Array>;
  /** A whole JSON object, checked against its digest, then against `shape`. */
  json<T>(key: string, shape: (value: unknown) => value is T): Promise<T>;
  /** The same, with the object's length in bytes (what a cache counts it for). */
  sizedJson<T>(key: string, shape: (value: unknown) => value is T): Promise<{ value: T; bytes: number }>;
  /** A byte range of an object, checked against the FNV-1a the build recorded for it. */
  range(key: string, offset: number, length: number, fnv: number): Promise<Uint8Array>;
}

export function checkedReader(bucket: R2Reader, digests?: Digests): CheckedReader {
  async function bytes(key: string): Promise<Uint8Array> {
    const o = await bucket.get(key);
    if (!o) throw missingObject(key);
    const body = new Uint8Array(await o.arrayBuffer());
    if (!digests) return body;
    const digest = await digests.get(key);
    if (!digest) throw damagedObject(key, "目录中没有记录此对象", "the catalogue records no such object");
    if (body.length !== digest[0]) throw damagedObject(key, `长度为 ${body.length} 字节，应为 ${digest[0]} 字节`, `${body.length} bytes where the build wrote ${digest[0]}`);
    if ((await sha256Hex16(body)) !== digest[1]) throw damagedObject(key, "SHA-256 不符", "its SHA-256 differs");
    return body;
  }
  async function sizedJson<T>(key: string, shape: (value: unknown) => value is T): Promise<{ value: T; bytes: number }> {
    const body = await bytes(key);
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(body));
    } catch {
      throw damagedObject(key, "不是完整的 JSON", "not whole JSON");
    }
    if (!shape(value)) throw damagedObject(key, "内容结构不符", "not the shape of its kind of object");
    return { value, bytes: body.length };
  }
  return {
    bytes,
    sizedJson,
    json: async (key, shape) => (await sizedJson(key, shape)).value,
    async range(key: string, offset: number, length: number, fnv: number): Promise<Uint8Array> {
      const o = await bucket.get(key, { range: { offset, length } });
      if (!o) throw missingObject(key);
      const body = new Uint8Array(await o.arrayBuffer());
      if (body.length !== length || fnv1a32(body) !== fnv) throw damagedObject(key, `第 ${offset} 字节起的 ${length} 字节校验不符`, `the ${length} bytes at ${offset} fail their checksum`);
      return body;
    },
  };
}

/** Shapes the readers expect. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const isArrayOfObjects = <T>(v: unknown): v is T[] => Array.isArray(v) && v.every(isObject);
