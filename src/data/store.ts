/** The data-access interface the routes depend on; the bundled JSON is one implementation. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import type { Check, DatasetMeta } from "../schema/dataset";
import type { DocSpace } from "./doc-space";
import type { Postings } from "./postings-codec";
import type { FamilyRollup, FamilySums, SumFamily } from "./stored-sums";

/** The postings of one bigram (empty when no row has it). */
export type Lookup = (gram: string) => Promise<Postings>;

/**
 * What search reads: the numbering of searchable rows, cut into runs of rows [firstDoc, endDoc)
 * each with a lookup of its own rows' postings (the whole space in one run for an index built in
 * memory): a search ranks one run at a time and holds its lists, not the whole index's.
 */
export interface SearchIndex {
  space: DocSpace;
  segments: readonly SearchSegmentView[];
}

export interface SearchSegmentView {
  firstDoc: number;
  endDoc: number;
  lookup: Lookup;
  /** Whether a pair stands in the segment at all, known without reading its list (from the index's directory). */
  has?(gram: string): Promise<boolean>;
}

export type TableMeta = DatasetMeta["tables"][number];

/**
 * What the catalogue knows of a dataset: its metadata less the corrections and the tables'
 * printed titles, notes and lines (which come with the dataset record), with each table's row
 * count. About 700 bytes a dataset, so an isolate can hold a country's catalogue.
 */
export type CatalogEntry = DatasetHead & { row_counts: Record<string, number> };

/** What every view of a dataset has: its identity, source, unit, version and checks summary (a catalogue entry or its whole metadata). */
export type DatasetHead = Omit<DatasetMeta, "corrections" | "tables">;

/** One dataset: its metadata (with version), checks and build notes. */
export interface DatasetRecord {
  meta: DatasetMeta;
  checks: readonly Check[];
  notes: readonly string[];
}

/** One table of one dataset, with its columns and rows in published order. */
export interface TableData {
  dataset: DatasetHead;
  meta: TableMeta;
  columns: readonly ColumnDef[];
  rows: readonly PublishedRow[];
  /** The row with this id, or undefined. */
  row(id: string): PublishedRow | undefined;
}

export interface Catalog {
  /** Changes whenever any dataset's version changes, or a dataset is added or removed. */
  version: string;
  datasets: readonly CatalogEntry[];
}

/**
 * Where the Worker reads data from. Methods are async so that an implementation backed
 * by object storage (R2) can fit behind the same interface.
 */
export interface DataStore {
  getCatalog(): Promise<Catalog>;
  getDataset(id: string): Promise<DatasetRecord | undefined>;
  getTable(datasetId: string, tableId: string): Promise<TableData | undefined>;
  /** An index of the searched text made by the build; without one, search builds it in memory from the rows. */
  searchIndex?(): Promise<SearchIndex>;
  /** One row of a search table by its position, where reading it alone costs less than reading the table. */
  searchRow?(datasetId: string, tableId: string, row: number): Promise<PublishedRow | undefined>;
  /** A family's sums of every dataset's facts made by the build; without them, they are made in memory from the facts. */
  factSums?(family: SumFamily): Promise<FamilySums>;
  /** The same added up by year and kind, for sums that name no dataset or department. */
  factRollup?(family: SumFamily): Promise<FamilyRollup>;
}
