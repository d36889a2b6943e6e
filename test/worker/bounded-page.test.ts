/**
 * Output bounded by input on the table page: a long query is carried once (a form of hidden
 * fields), not by every sort header and facet value, so any URL of at most 8 KB gives at most
 * 256 KB of HTML; and user text in the page is isolated (bdi), the title free of bidi controls.
 */
import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH } from "../../src/http/limits";
import { LONG_QUERY } from "../../src/pages/table-page/links";
import { DATASET, get } from "./helpers";

const HTML = { Accept: "text/html" };
const LINES = `/datasets/${DATASET}/tables/budget-lines`;

/** Eight filters that keep every row (ne a long value nobody printed), each value 900 characters. */
function longQuery(): string {
  const columns = ["item", "measure_label", "derived_by", "total_of", "part_of", "same_as", "fact_id", "of_which"];
  return columns.map((c, i) => `${c}__ne=${String.fromCharCode(65 + i).repeat(900)}`).join("&");
}

describe("the table page's size is bounded by its URL's", () => {
  it("a 7.4 KB URL of eight long filters: every row, at most 256 KB of HTML, the query carried once", async () => {
    const path = `${LINES}?${longQuery()}`;
    expect(path.length).toBeGreaterThan(7300);
    expect(("http://api.test" + path).length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const res = await get(path, { headers: HTML });
    expect(res.status).toBe(200);
    const html = await res.text();
    const bytes = new TextEncoder().encode(html).length;
    expect(bytes).toBeLessThanOrEqual(256 * 1024);
    expect(html).toContain('<data value="329">329</data>');
    // The whole query stands in the query form once; sort headers and facet values name only what they change.
    expect(html).toContain('<form id="query" method="get" action="/datasets/2021-0a69ee67/tables/budget-lines" hidden="">');
    expect(html).toContain('<button class="link" type="submit" form="query" name="_sort" value="amount"');
    expect((html.match(/A{900}/g) ?? []).length).toBeLessThanOrEqual(20);
  });

  it("a short query keeps its links (the form is for long ones only)", async () => {
    const res = await get(`${LINES}?row_kind=item`, { headers: HTML });
    const html = await res.text();
    expect(html).not.toContain('form="query"');
    expect("row_kind=item".length).toBeLessThan(LONG_QUERY);
  });

  it("the form's second _sort wins: the page redirects to the query with the last one", async () => {
    const res = await get(`${LINES}?row_kind=item&_sort=amount&_sort=-amount`, { headers: HTML, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`${LINES}?row_kind=item&_sort=-amount`);
  });
});

describe("user text is isolated", () => {
  it("the search page's title holds no bidi control; the query and the snippets are isolated", async () => {
    const q = "\u202e培训\u202c";
    const res = await get(`/search?q=${encodeURIComponent(q)}`, { headers: HTML });
    const html = await res.text();
    const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    expect(title).toBe("搜索“培训” · 预算公开数据");
    expect(html).toContain(`“<bdi>${q}</bdi>”`);
    const found = await (await get(`/search?q=${encodeURIComponent("培训")}`, { headers: HTML })).text();
    expect(found).toMatch(/<bdi>[^<]*<mark>培训<\/mark>/);
  });

  it("department names and cells are isolated on the dataset and table pages", async () => {
    const dataset = await (await get(`/datasets/${DATASET}`, { headers: HTML })).text();
    expect(dataset).toContain("<bdi>济源产城融合示范区工业和科技创新委员会</bdi>");
    const table = await (await get(`/datasets/${DATASET}/tables/projects`, { headers: HTML })).text();
    expect(table).toContain("<bdi>全市性培训专项-企业家培训经费</bdi>");
  });
});
