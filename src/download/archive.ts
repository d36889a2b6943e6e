/**
 * The whole dataset as one zip: README.txt, datapackage.json (relative paths, with each
 * file's size and SHA-256), every table as CSV, checks.json, corrections.json and the
 * workbook of every table (dataset.xlsx, the bytes of download.xlsx). Built
 * once per dataset version and isolate: every request for a version gets the same bytes.
 */
import { datapackageDescriptor, zipPath } from "../datapackage/descriptor";
import type { Descriptor } from "../datapackage/types";
import type { DataStore, DatasetRecord } from "../data/store";
import { csvLines } from "../render/csv";
import { columnViews } from "../render/view";
import type { ColumnDef } from "../schema/columns";
import { perVersion } from "./per-version";
import { readmeText } from "./readme";
import { datasetWorkbook } from "./workbook";
import { zipEntries, type ZipEntry } from "../lib/zip";

export interface Archive {
  bytes: Uint8Array;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

/**
 * The CSV options of the data package: names header, no Excel forms, text exactly as published,
 * and no BOM: these files are for programs (Frictionless readers, pandas, readr, DuckDB), which
 * read UTF-8 without one. A BOM would make Excel open them directly, and evaluate a cell such as
 * the 78 targets written `=100%` (or an injected formula) as a formula; spreadsheets get
 * dataset.xlsx beside them, where every text cell is text, and the README says which to open.
 */
const DATA_CSV = { bom: false, header: "names", excel: false, guard: false } as const;

const encoder = new TextEncoder();

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function json(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value, null, 2) + "\n");
}

/** The descriptor with each resource's size and hash, placed before its dialect and schema. */
function withFileFacts(descriptor: Descriptor, facts: ReadonlyMap<string, { bytes: number; hash: string }>): Descriptor {
  return {
    ...descriptor,
    resources: descriptor.resources.map(({ dialect, schema, ...head }) => ({ ...head, ...facts.get(head.name), dialect, schema })),
  };
}

async function build(store: DataStore, record: DatasetRecord): Promise<Archive> {
  const { meta, checks } = record;
  const columns = new Map<string, readonly ColumnDef[]>();
  const csvEntries: ZipEntry[] = [];
  const facts = new Map<string, { bytes: number; hash: string }>();
  for (const t of meta.tables) {
    const table = await store.getTable(meta.id, t.id);
    if (!table) throw new Error(`table ${t.id} of ${meta.id} is listed but not stored`);
    columns.set(t.id, table.columns);
    const bytes = encoder.encode([...csvLines(columnViews(table.columns, meta.unit.label), table.rows, DATA_CSV)].join(""));
    csvEntries.push({ path: zipPath(t.id), bytes });
    facts.set(t.id, { bytes: bytes.length, hash: `sha256:${await sha256Hex(bytes)}` });
  }
  const descriptor = withFileFacts(datapackageDescriptor(meta, (id) => columns.get(id) ?? [], null), facts);
  const entries: ZipEntry[] = [
    { path: "README.txt", bytes: encoder.encode(readmeText(meta)) },
    { path: "datapackage.json", bytes: json(descriptor) },
    ...csvEntries,
    { path: "checks.json", bytes: json({ dataset: meta.id, version: meta.version, unit: meta.unit.label, summary: meta.checks_summary, checks }) },
    { path: "corrections.json", bytes: json({ dataset: meta.id, version: meta.version, corrections: meta.corrections }) },
    { path: "dataset.xlsx", bytes: (await datasetWorkbook(store, record)).bytes },
  ];
  const bytes = zipEntries(entries);
  return { bytes, sha256: await sha256Hex(bytes) };
}

const archives = perVersion<Archive>();

/** The archive of a dataset's current version, built on first request in this isolate. */
export function datasetArchive(store: DataStore, record: DatasetRecord): Promise<Archive> {
  return archives(record.meta.id, record.meta.version, () => build(store, record));
}
