/** Deterministic zip archives: entries in the order given, one fixed timestamp, deflate (fflate). */
import { zipSync, type ZipOptions } from "fflate";

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * 1980-01-01 00:00, the earliest date a zip can hold. Zip stores local date and time
 * fields, and this Date is built from local fields, so every time zone writes the same bytes.
 */
const MTIME = new Date(1980, 0, 1);
/** Options of every entry; the XLSX writer zips its parts with them too. */
export const ZIP_OPTIONS: ZipOptions = { level: 6, mtime: MTIME };
const EMPTY = new Uint8Array(0);

/**
 * A zip of the entries: the same bytes for the same entries, wherever and whenever it is
 * made. Each folder gets its own entry before its first file, since some extractors
 * (datapackage-js among them) create folders only from such entries.
 */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const e of entries) {
    if (Object.hasOwn(files, e.path)) throw new Error(`duplicate zip entry ${e.path}`);
    const parts = e.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/") + "/";
      if (!Object.hasOwn(files, folder)) files[folder] = [EMPTY, ZIP_OPTIONS];
    }
    files[e.path] = [e.bytes, ZIP_OPTIONS];
  }
  return zipSync(files);
}
