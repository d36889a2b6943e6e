/** The bigram index: terms, positional postings, the walk that matches a term, the ranking, doc numbering. */
import { describe, expect, it } from "vitest";
import { TABLES } from "../../src/schema/tables";
import { docSpace } from "../../src/data/doc-space";
import { decodePostings, encodePostings, NO_POSTINGS } from "../../src/data/postings-codec";
import { buildPostings, FIELD_SHIFT } from "../../src/search/postings";
import { occurrences, rankDocs } from "../../src/search/rank";
import { SEARCH_TABLES } from "../../src/schema/search-scope";
import { coveringBigrams, searchTerms } from "../../src/search/terms";

const tableIds = SEARCH_TABLES.map((s) => s.table);

/** One dataset whose projects table holds these rows (other search tables empty). */
function dataset(projects: Record<string, string>[]) {
  return (table: string) => (table === TABLES.projects.id ? projects : []);
}
const meta = (rows: number) => ({ row_counts: Object.fromEntries(tableIds.map((id) => [id, id === TABLES.projects.id ? rows : 0])) });
const field = (column: string) => SEARCH_TABLES[0]!.fields.findIndex((f) => f.column === column);

describe("search terms and bigrams", () => {
  it("folds and splits on any white space, keeping each word once", () => {
    expect(searchTerms(" 培训\u3000ＡＢ  培训 ")).toEqual(["培训", "ab"]);
  });

  it("covers every character of a word with about half its pairs", () => {
    expect(coveringBigrams("培训")).toEqual([{ gram: "培训", offset: 0 }]);
    expect(coveringBigrams("企业家培训")).toEqual([
      { gram: "企业", offset: 0 },
      { gram: "家培", offset: 2 },
      { gram: "培训", offset: 3 },
    ]);
    expect(coveringBigrams("\u{20000}\u{20001}\u{20002}")).toEqual([
      { gram: "\u{20000}\u{20001}", offset: 0 },
      { gram: "\u{20001}\u{20002}", offset: 1 },
    ]);
  });

  it("every field in scope is a column of its table, and a field mask fits 31 bits", () => {
    for (const s of SEARCH_TABLES) {
      const columns = Object.values(TABLES).find((t) => t.id === s.table)!.columns.map((c) => c.name);
      for (const f of s.fields) expect(columns, `${s.table}.${f.column}`).toContain(f.column);
      expect(s.fields.length).toBeLessThanOrEqual(31);
      expect(s.fields.some((f) => f.column === s.title && f.weight === 3)).toBe(true);
    }
  });
});

describe("postings", () => {
  it("records each pair with its doc, field and position, in order", () => {
    const p = buildPostings([dataset([{ name: "培训培训" }, { name: "x", overview: "再培训" }])]);
    expect([...p.get("培训")!]).toEqual([0, field("name") * FIELD_SHIFT + 0, 0, field("name") * FIELD_SHIFT + 2, 1, field("overview") * FIELD_SHIFT + 1]);
    expect([...p.get("训培")!]).toEqual([0, field("name") * FIELD_SHIFT + 1]);
    expect(p.has("x")).toBe(false);
  });

  it("round-trips through bytes, and refuses a torn list", () => {
    const list = Uint32Array.from([1, 2, 4_000_000_000, 7]);
    const bytes = encodePostings(list);
    expect([...bytes.slice(0, 8)]).toEqual([1, 0, 0, 0, 2, 0, 0, 0]);
    expect([...decodePostings(bytes.buffer as ArrayBuffer)]).toEqual([...list]);
    expect(() => decodePostings(new ArrayBuffer(12))).toThrow(/not whole pairs/);
  });
});

describe("matching and ranking", () => {
  const rows = [
    { name: "企业家 培训", overview: "" }, // 0: both words in the title, a space between: the phrase
    { name: "培训企业家", overview: "" }, // 1: both words in the title, not as typed
    { name: "企业家", overview: "开展培训" }, // 2: the words in two fields
    { name: "家培训企业", overview: "企业家培训" }, // 3: the phrase in long text only
    { name: "企业", overview: "家培训" }, // 4: 企业家 only across fields: no match
    { name: "企业家培训", overview: "" }, // 5: the phrase, as Chinese is written, in the title
    { name: "企业家、培训", overview: "" }, // 6: another character between: not the phrase
    { name: "", overview: "企业家  培训" }, // 7: two spaces between: not the phrase
    { name: "", overview: "小企业家 科普培训" }, // 8: three words, one space and one joint written together
  ];
  const postings = buildPostings([dataset(rows)]);
  const lookup = async (g: string) => postings.get(g) ?? NO_POSTINGS;
  const space = docSpace([meta(rows.length)]);

  it("finds a word only where its pairs stand one after another", async () => {
    const at = await occurrences("企业家培训", lookup);
    expect(at).toEqual([3, field("overview") * FIELD_SHIFT + 0, 5, field("name") * FIELD_SHIFT + 0]);
    expect(await occurrences("业家培", lookup)).toEqual([3, field("overview") * FIELD_SHIFT + 1, 5, field("name") * FIELD_SHIFT + 1]);
  });

  it("ranks the phrase, then every word in one field, then in the row; the title before long text", async () => {
    const ranked = await rankDocs(["企业家", "培训"], lookup, space, () => true);
    expect(ranked).toEqual([
      { doc: 0, match: "phrase", weight: 3, fields: 1 },
      { doc: 5, match: "phrase", weight: 3, fields: 1 },
      { doc: 3, match: "phrase", weight: 1, fields: 129 },
      { doc: 1, match: "field", weight: 3, fields: 1 },
      { doc: 6, match: "field", weight: 3, fields: 1 },
      { doc: 7, match: "field", weight: 1, fields: 128 },
      { doc: 8, match: "field", weight: 1, fields: 128 },
      { doc: 2, match: "row", weight: 3, fields: 129 },
    ]);
    expect((await rankDocs(["企业家", "培训"], lookup, space, (d) => d !== 0)).map((r) => r.doc)).toEqual([5, 3, 1, 6, 7, 8, 2]);
    // Three words, one joint written together and one with a space: still the phrase.
    expect(await rankDocs(["企业家", "科普", "培训"], lookup, space, () => true)).toEqual([{ doc: 8, match: "phrase", weight: 1, fields: 128 }]);
    expect(await rankDocs(["培训", "没有"], lookup, space, () => true)).toEqual([]);
  });
});

describe("doc numbering", () => {
  it("follows the catalogue: datasets, then search tables, then rows; empty tables take no numbers", () => {
    const two = [
      { row_counts: Object.fromEntries(tableIds.map((id, i) => [id, [2, 0, 3, 1][i]!])) },
      { row_counts: Object.fromEntries(tableIds.map((id, i) => [id, [0, 1, 0, 2][i]!])) },
    ];
    const s = docSpace(two);
    expect(s.size).toBe(9);
    expect(s.range(0, 2)).toEqual([2, 5]);
    expect(s.range(1, 0)).toEqual([6, 6]);
    expect([0, 1, 2, 5, 6, 7, 8].map((d) => s.locate(d))).toEqual([
      { dataset: 0, table: 0, row: 0 },
      { dataset: 0, table: 0, row: 1 },
      { dataset: 0, table: 2, row: 0 },
      { dataset: 0, table: 3, row: 0 },
      { dataset: 1, table: 1, row: 0 },
      { dataset: 1, table: 3, row: 0 },
      { dataset: 1, table: 3, row: 1 },
    ]);
  });
});
