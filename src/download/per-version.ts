/**
 * Values built once per dataset version and isolate (the zip, the workbook): every request
 * for a version gets the same bytes. Kept under a budget of bytes, the least recently used
 * going first, so a client that downloads every dataset of a large catalogue (R2) cannot hold
 * one per dataset in the isolate; a failed build is not kept, so the next request tries again.
 */
import { BudgetCache } from "../data/budget-cache";

/** Bytes of built values kept per kind (zips, workbooks) and isolate. */
export const PER_VERSION_BUDGET = 8 * 1024 * 1024;

export function perVersion<T extends { bytes: Uint8Array }>(budget = PER_VERSION_BUDGET): (id: string, version: string, build: () => Promise<T>) => Promise<T> {
  const built = new BudgetCache<T>(budget, (v) => v.bytes.byteLength);
  return (id, version, build) => built.get(`${id}\u0000${version}`, build);
}
