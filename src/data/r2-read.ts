/** Reading the data bucket: a whole JSON object or a byte range, and one problem for an object a build should have written. */
import { ProblemError } from "../http/problem";

/** The part of R2Bucket the stores use. */
export interface R2Reader {
  get(key: string, options?: { range: { offset: number; length: number } }): Promise<{ text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> } | null>;
}

export const missingObject = (key: string) => new ProblemError("data-unavailable", `The object ${key} is missing from the data bucket; run npm run publish:r2 for this build.`);

export async function readJson<T>(bucket: R2Reader, key: string): Promise<T> {
  const o = await bucket.get(key);
  if (!o) throw missingObject(key);
  return JSON.parse(await o.text()) as T;
}

export async function readBytes(bucket: R2Reader, key: string, range?: { offset: number; length: number }): Promise<ArrayBuffer> {
  const o = await bucket.get(key, range ? { range } : undefined);
  if (!o) throw missingObject(key);
  return o.arrayBuffer();
}

/** The same, with the object's length in bytes (what a cache counts it for). */
export async function readJsonSized<T>(bucket: R2Reader, key: string): Promise<{ value: T; bytes: number }> {
  const o = await bucket.get(key);
  if (!o) throw missingObject(key);
  const text = await o.text();
  return { value: JSON.parse(text) as T, bytes: text.length };
}
