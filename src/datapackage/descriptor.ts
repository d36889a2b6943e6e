/**
 * The Frictionless Tabular Data Package descriptor of a dataset: one resource per table
 * (empty ones too), generated from the dataset metadata and the column definitions.
 * Pure and deterministic (no timestamps), so it runs in the Worker and in Node alike.
 */
import type { ColumnDef } from "../schema/columns";
import type { DatasetMeta } from "../schema/dataset";
import { urls } from "../spec/links";
import { field } from "./fields";
import { foreignKeys, polymorphicReference } from "./relations";
import type { CsvDialect, Descriptor, Resource } from "./types";

type TableMeta = DatasetMeta["tables"][number];

/**
 * Query of the API's CSV that data tools read: no byte-order mark (the descriptor says
 * plain utf-8); the plain CSV has no formula guard (a target printed `=100%` stays `=100%`).
 */
export const DATA_CSV_QUERY = "?_bom=0";

/** What the CSV renderer writes: RFC 4180, CRLF, a header of column names. */
export const DIALECT: CsvDialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };

/** Path of a table's CSV inside the zip download. */
export function zipPath(tableId: string): string {
  return `data/${tableId}.csv`;
}

/** The path of each table's CSV: on this server (absolute, from the request's origin), or inside the zip. */
function csvPath(meta: DatasetMeta, tableId: string, origin: string | null): string {
  return origin === null ? zipPath(tableId) : urls(origin).table(meta.id, tableId, ".csv") + DATA_CSV_QUERY;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.。!?！？]$/.test(t) ? t : `${t}.`;
}

/** 10000 → "10,000", without Intl (the same text in every runtime). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function resourceDescription(table: TableMeta, columns: readonly ColumnDef[]): string {
  const parts = [sentence(table.title_en), sentence(table.description)];
  if (table.note) parts.push(sentence(`Note: ${table.note}`));
  const polymorphic = polymorphicReference(columns);
  if (polymorphic) parts.push(polymorphic);
  return parts.join(" ");
}

function packageDescription(meta: DatasetMeta): string {
  const { unit, checks_summary: checks } = meta;
  return [
    sentence(meta.title_en),
    `Published by ${meta.publisher}; every table of the document is a resource, including those printed with no rows.`,
    `Amounts are in ${unit.label} (${unit.currency}, factor ${thousands(unit.factor)}) exactly as printed, with at most two decimals; a blank cell is missing (null), never 0.`,
    "Codes are text and keep their leading zeros.",
    "Every row names the seed file and line it was read from (source_file, source_line).",
    `${meta.corrections.length} corrections of the source are applied and listed with the dataset; ${checks.passed} of ${checks.total} reconciliation checks pass.`,
    "The CSV files are UTF-8 without a byte-order mark, CRLF line ends, text exactly as published; for Excel, use the API's CSV (with a BOM, and _excel=1).",
    meta.licence === null ? "The publisher states no licence for this document, so none is declared here." : `Licence as stated by the publisher: ${meta.licence}.`,
  ].join(" ");
}

/**
 * The descriptor of a dataset. `columnsOf` gives each table's columns (src/schema);
 * `origin` makes every path an absolute URL on this server, null makes them the
 * relative paths of the zip download.
 */
export function datapackageDescriptor(meta: DatasetMeta, columnsOf: (tableId: string) => readonly ColumnDef[], origin: string | null): Descriptor {
  const names = new Set(meta.tables.map((t) => t.id));
  const resources: Resource[] = meta.tables.map((table) => {
    const columns = columnsOf(table.id);
    const fks = foreignKeys(table.id, columns, names);
    return {
      profile: "tabular-data-resource",
      name: table.id,
      path: csvPath(meta, table.id, origin),
      title: table.title_zh,
      description: resourceDescription(table, columns),
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: DIALECT,
      schema: {
        fields: columns.map((c) => field(c, meta, table.title_zh)),
        missingValues: [""],
        primaryKey: "id",
        ...(fks.length ? { foreignKeys: fks } : {}),
      },
    };
  });
  const licence = meta.licence;
  return {
    profile: "tabular-data-package",
    name: meta.id,
    id: meta.id,
    title: meta.title_zh,
    description: packageDescription(meta),
    version: meta.version,
    ...(origin === null ? {} : { homepage: urls(origin).dataset(meta.id) }),
    keywords: [meta.department, String(meta.year), meta.kind, meta.unit.label],
    sources: [
      {
        title: meta.source.file,
        ...(meta.source.url ? { path: meta.source.url } : {}),
        hash: `sha256:${meta.source.sha256}`,
        bytes: meta.source.bytes,
      },
    ],
    ...(licence === null ? {} : { licenses: [{ ...(/^[-a-zA-Z0-9._]+$/.test(licence) ? { name: licence } : {}), title: licence }] }),
    countryCode: "CN",
    fiscalPeriod: { start: `${meta.year}-01-01`, end: `${meta.year}-12-31` },
    resources,
  };
}
