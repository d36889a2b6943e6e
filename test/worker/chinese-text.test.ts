/**
 * The Chinese pages speak Chinese: a crawl of every kind of page (dataset, its checks, every
 * table, every project, the dataset list, the glossary, searches, error pages) finds no
 * English-only explanation and none of the retired words (src/pages/words.ts). Code,
 * identifiers and the folded technical original of an error page are not explanations.
 */
import { describe, expect, it } from "vitest";
import { RETIRED_WORDS } from "../../src/pages/words";
import { DATASET, get } from "./helpers";
import { raw } from "./bundled-data";

const HTML = { Accept: "text/html" };
const dataset = raw.datasets[0]!;
const tableIds = Object.keys(dataset.tables);
const projectIds = (dataset.tables["projects"] ?? []).map((r) => String(r.id));

/** Every page kind, Chinese. */
export const CHINESE_PAGES: readonly string[] = [
  "/",
  "/datasets",
  "/glossary",
  `/datasets/${DATASET}`,
  `/datasets/${DATASET}/checks`,
  `/datasets/${DATASET}/source`,
  ...tableIds.map((t) => `/datasets/${DATASET}/tables/${t}`),
  `/datasets/${DATASET}/tables/budget-lines?row_kind=item&fund=general_budget`,
  ...projectIds.map((p) => `/datasets/${DATASET}/projects/${p}`),
  "/search",
  "/search?q=培训",
  "/search?q=三公经费",
  "/search?q=科技%20企业",
  "/no-such-page",
  `/datasets/${DATASET}/tables/projects?nope=1`,
  `/datasets/${DATASET}/tables/nope`,
];

/** The text a reader sees (and the titles a pointer shows), without code, identifiers and the folded technical original. */
export function readerText(html: string): string {
  const body = html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<details class="original"[\s\S]*?<\/details>/g, " ")
    .replace(/<(code|pre|data)\b[^>]*>[\s\S]*?<\/\1>/g, " ");
  const attributes = [...body.matchAll(/\s(?:title|aria-label|placeholder|data-label)="([^"]*)"/g)].map((m) => m[1]!);
  // One piece per text node (a table's cells are not one sentence), then the attributes.
  const nodes = body.split(/<[^>]+>/);
  return [...nodes, ...attributes]
    .join("\n")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** A word of English prose: letters, perhaps with an apostrophe and punctuation around it (an identifier such as budget-lines or fund:x is none). */
const WORD = /^[("“]?[A-Za-z][a-z]*(?:'[a-z]+)?[)"”,.;:!?]*$/;

/** Three or more English words in a row within one text node: an explanation in English. */
export function englishPhrases(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split("\n")) {
    let run: string[] = [];
    for (const token of [...line.split(/\s+/), ""]) {
      if (token && WORD.test(token)) {
        run.push(token);
        continue;
      }
      if (run.length >= 3) found.push(run.join(" "));
      run = [];
    }
  }
  return found;
}

describe("the Chinese pages", () => {
  it("crawl every kind of page: no English-only explanation, no retired word", async () => {
    const english: string[] = [];
    const retired: string[] = [];
    for (const path of CHINESE_PAGES) {
      const res = await get(path, { headers: HTML });
      expect(res.headers.get("Content-Type"), path).toMatch(/^text\/html/);
      const text = readerText(await res.text());
      for (const p of englishPhrases(text)) english.push(`${path}: ${p}`);
      for (const w of RETIRED_WORDS) if (text.includes(w)) retired.push(`${path}: ${w}`);
    }
    expect(CHINESE_PAGES.length).toBe(6 + tableIds.length + 1 + projectIds.length + 7);
    expect(CHINESE_PAGES.length).toBe(60);
    expect(english).toEqual([]);
    expect(retired).toEqual([]);
  });

  it("the check finds English and retired words where they are", () => {
    expect(englishPhrases(readerText("<p>每项 The build checks every identity</p>"))).toEqual(["The build checks every identity"]);
    expect(englishPhrases(readerText("<p>代码 <code>source_file and source_line here</code> JSON API</p>"))).toEqual([]);
    expect(englishPhrases(readerText('<a title="Sort by name now">名称</a>'))).toEqual(["Sort by name now"]);
    expect(readerText("<p>勾稽核对</p>")).toContain("勾稽");
  });
});
