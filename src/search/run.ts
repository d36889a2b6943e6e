/**
 * One search, for the API (/v1/search) and the search page (/search) alike: the caps on q,
 * the ranked docs from the index, and the page of hits made from their rows. Neither caller
 * searches any other way, so the page can never find what the API would not (or cost more).
 */
import type { DataStore, Lookup, SearchIndex, SearchSegmentView } from "../data/store";
import { ProblemError } from "../lib/problem";
import type { PublishedRow } from "../schema/bundle";
import type { ParamError } from "../lib/problem";
import { columnsFor } from "../data/columns";
import { IN_FLIGHT } from "./load-tables";
import { matchRow, searchedColumns, type ColumnMatch } from "./match";
import { FIELD_SHIFT } from "./postings";
import { occurrences, rankDocs, rankedOrder, type MatchKind, type RankedDoc } from "./rank";
import type { DocSpace } from "../data/doc-space";
import { TABLES } from "../schema/tables";
import { SEARCH_TABLES } from "../schema/search-scope";
import { searchIndexOf } from "./search-index";
import { chars, coveringBigrams, MIN_TERM_LENGTH } from "./terms";

export const MAX_QUERY = 200;
/** Every term is a walk over posting lists, so the cost of a search is capped by capping them. */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 50;
/** Hits a page: every hit is a row to read, so a page is as small as search engines make them. */
export const SEARCH_SIZES = { default: 20, max: 100 } as const;

/** What is wrong with q (nothing when it is usable); an empty q is an error only where `required`. */
export function queryErrors(q: string, terms: readonly string[], required: boolean): ParamError[] {
  const errors: ParamError[] = [];
  if (terms.length === 0 && required) errors.push({ param: "q", message: "q is required: the text to find, e.g. q=培训 (several words: every one must occur)." });
  if (q.length > MAX_QUERY) errors.push({ param: "q", message: `q is limited to ${MAX_QUERY} characters.` });
  else if (terms.length > MAX_TERMS) errors.push({ param: "q", message: `q has ${terms.length} words; at most ${MAX_TERMS} are searched for at once.` });
  else if (terms.some((t) => t.length > MAX_TERM_LENGTH)) errors.push({ param: "q", message: `A word of q is limited to ${MAX_TERM_LENGTH} characters.` });
  else if (terms.some((t) => chars(t).length < MIN_TERM_LENGTH)) {
    errors.push({ param: "q", message: `Every word of q needs at least ${MIN_TERM_LENGTH} characters (a single character matches nearly every row): e.g. 培训, 科普, or the character within a longer word.` });
  }
  return errors;
}

export interface SearchHit {
  dataset: string;
  table: string;
  id: string;
  title: PublishedRow[string] | null;
  /** phrase: the words as typed, next to each other; field: every word in one field; row: every word somewhere in the row. */
  match: MatchKind;
  matches: ColumnMatch[];
  row: PublishedRow;
}

export interface SearchRequest {
  terms: readonly string[];
  /** Only this dataset (an id of the catalogue). */
  dataset?: string;
  /** Only this search table. */
  table?: string;
  offset: number;
  size: number;
}

/** A table with more hits than this on the page is read whole rather than row by row (a default page reads rows alone). */
const ROWS_BEFORE_TABLE = 20;

/**
 * The rows of a page of hits: row by row where the store can read a row alone (R2) and a
 * table has few hits on the page, else from their tables; at most IN_FLIGHT reads at once.
 */
async function rowsOf(store: DataStore, wanted: readonly { dataset: string; table: string; row: number }[]): Promise<(PublishedRow | undefined)[]> {
  const perTable = new Map<string, number>();
  for (const w of wanted) perTable.set(`${w.dataset}\u0000${w.table}`, (perTable.get(`${w.dataset}\u0000${w.table}`) ?? 0) + 1);
  const single = store.searchRow?.bind(store);
  const out: (PublishedRow | undefined)[] = new Array(wanted.length);
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const i = next++;
      const w = wanted[i]!;
      out[i] = single && perTable.get(`${w.dataset}\u0000${w.table}`)! <= ROWS_BEFORE_TABLE ? await single(w.dataset, w.table, w.row) : (await store.getTable(w.dataset, w.table))?.rows[w.row];
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, wanted.length) }, worker));
  return out;
}

const fieldBit = (table: string, column: string): number => {
  const scope = SEARCH_TABLES.find((t) => t.table === table)!;
  return 1 << scope.fields.findIndex((f) => f.column === column);
};
const INDICATORS_AT = SEARCH_TABLES.findIndex((t) => t.table === TABLES.projectIndicators.id);
const LINES_AT = SEARCH_TABLES.findIndex((t) => t.table === TABLES.budgetLines.id);
/** An indicator found only in the name of its project (project_name). */
const PROJECT_NAME_BIT = fieldBit(TABLES.projectIndicators.id, "project_name");
/** A budget line found only in its item (for a project sheet's amount, the project's name). */
const ITEM_BIT = fieldBit(TABLES.budgetLines.id, "item");
const MEASURE_FIELD = Math.log2(fieldBit(TABLES.budgetLines.id, "measure_label"));
/** The measures a project sheet prints (项目总金额 …): a budget line with one of them is a project sheet's amount. */
const PROJECT_MEASURES = TABLES.projects.columns.filter((c) => c.type === "amount").map((c) => c.label);

/**
 * Budget lines read from a project sheet: their measure label is one of the sheet's amount
 * fields, as the whole label (position 0 of measure_label). Found in the index, from the
 * postings of those four labels: no row is read.
 */
async function projectSheetLines(lookup: Lookup, space: DocSpace): Promise<Set<number>> {
  const out = new Set<number>();
  for (const label of PROJECT_MEASURES) {
    const occ = await occurrences(label, lookup);
    for (let i = 0; i < occ.length; i += 2) {
      if (occ[i + 1] === MEASURE_FIELD * FIELD_SHIFT && space.locate(occ[i]!).table === LINES_AT) out.add(occ[i]!);
    }
  }
  return out;
}

/**
 * One hit per thing meant: a project found in its name is not found again as each of its
 * indicators and each amount of its sheet, which hold the same name (an indicator's
 * project_name, a sheet amount's item) and nothing else that matched. Their project is
 * always a hit itself (the same name holds the words), and the page says "also in N".
 */
async function withoutEchoes(ranked: readonly RankedDoc[], lookup: Lookup, space: DocSpace): Promise<RankedDoc[]> {
  const onlyName = ranked.filter((d) => d.fields === ITEM_BIT && space.locate(d.doc).table === LINES_AT);
  const sheet = onlyName.length ? await projectSheetLines(lookup, space) : new Set<number>();
  return ranked.filter((d) => {
    const table = space.locate(d.doc).table;
    if (table === INDICATORS_AT) return d.fields !== PROJECT_NAME_BIT;
    if (table === LINES_AT && d.fields === ITEM_BIT) return !sheet.has(d.doc);
    return true;
  });
}

/** Segments ranked this many at a time: what a search holds at once is their lists. */
const SEGMENTS_AT_ONCE = 4;

/**
 * Every doc in [lo, hi) that `keep` allows and that holds every term, in ranked order. Each
 * segment of the index is ranked on its own lists (a doc's match depends on its own
 * postings alone) and the results merged: the same order, holding a few segments' lists at a
 * time; a search within one dataset reads one segment, and a segment where one of the words'
 * pairs stands nowhere is skipped without reading a list.
 */
async function rankAll(terms: readonly string[], index: SearchIndex, [lo, hi]: readonly [number, number], keep: (doc: number) => boolean): Promise<RankedDoc[]> {
  const parts = index.segments.filter((s) => s.firstDoc < hi && s.endDoc > lo);
  // Every pair of every word must stand in a row for it to be a hit.
  const pairs = [...new Set(terms.flatMap((t) => coveringBigrams(t).map((c) => c.gram)))];
  const rankSegment = async (s: SearchSegmentView): Promise<RankedDoc[]> => {
    // A segment lacking one of the pairs holds no hit: skipped on the directory's word alone, none of its lists read.
    if (s.has && !(await Promise.all(pairs.map((p) => s.has!(p)))).every(Boolean)) return [];
    return withoutEchoes(await rankDocs(terms, s.lookup, index.space, keep), s.lookup, index.space);
  };
  const ranked: RankedDoc[] = [];
  for (let i = 0; i < parts.length; i += SEGMENTS_AT_ONCE) {
    const done = await Promise.all(parts.slice(i, i + SEGMENTS_AT_ONCE).map(rankSegment));
    for (const part of done) for (const d of part) ranked.push(d);
  }
  return parts.length > 1 ? ranked.sort(rankedOrder) : ranked;
}

/** How many rows hold every term, and the hits of one page of them in ranked order. */
export async function findHits(store: DataStore, r: SearchRequest): Promise<{ total: number; hits: SearchHit[] }> {
  const catalog = await store.getCatalog();
  const index = await searchIndexOf(store);
  const space = index.space;
  const datasetAt = r.dataset === undefined ? -1 : catalog.datasets.findIndex((d) => d.id === r.dataset);
  const tableAt = r.table === undefined ? -1 : SEARCH_TABLES.findIndex((t) => t.table === r.table);
  const [lo, hi] = datasetAt < 0 ? [0, space.size] : [space.range(datasetAt, 0)[0], space.range(datasetAt, SEARCH_TABLES.length - 1)[1]];
  const keep = (doc: number) => doc >= lo && doc < hi && (tableAt < 0 || space.locate(doc).table === tableAt);
  const ranked = await rankAll(r.terms, index, [lo, hi], keep);
  const page = ranked.slice(r.offset, r.offset + r.size).map((d) => ({ ...d, place: space.locate(d.doc) }));
  const rows = await rowsOf(store, page.map(({ place }) => ({ dataset: catalog.datasets[place.dataset]!.id, table: SEARCH_TABLES[place.table]!.table, row: place.row })));
  const hits = page.map(({ match, place }, i): SearchHit => {
    const scope = SEARCH_TABLES[place.table]!;
    const dataset = catalog.datasets[place.dataset]!.id;
    const row = rows[i];
    const matches = row ? matchRow(row, searchedColumns(scope, columnsFor(scope.table, [])), r.terms) : null;
    // The index is built from these very rows: a disagreement means the index is of another build.
    if (!row || !matches) throw new ProblemError("data-unavailable", `The search index does not match the data of ${dataset} (${scope.table} row ${place.row}); publish the index of this build.`);
    return { dataset, table: scope.table, id: String(row.id), title: row[scope.title] ?? null, match, matches, row };
  });
  return { total: ranked.length, hits };
}
