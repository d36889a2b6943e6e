/**
 * The table page (GET /datasets/{dataset}/tables/{table}) through the real Worker: counts,
 * facets and pages agree with the JSON API for the same query; sort links, chips and
 * downloads carry the query; labels from the schema; blank cells empty; the API's 400s
 * and 404s; validators keyed by the query.
 */
import { raw } from "./bundled-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PublishedRow } from "../../src/schema/bundle";
import type { ColumnDef } from "../../src/schema/columns";
import { TABLES } from "../../src/schema/tables";
import { FACET_LIMIT, facetsOf } from "../../src/pages/table-page/facets";
import { reselect, toPage } from "../../src/pages/table-page/links";
import { D, DATASET, expectProblem, get, getJson } from "./helpers";

const HTML = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
/** A page's problem as a program sees it (a browser gets the same problem as an HTML page, tested in reader-pages). */
const AS_JSON = { Accept: "application/json" };
const bundle = raw;
const rows = (t: string): PublishedRow[] => bundle.datasets[0]!.tables[t] ?? [];
const LINES = `/datasets/${DATASET}/tables/budget-lines`;

const page = async (path: string, init: RequestInit = {}) => {
  const res = await get(path, { ...init, headers: { ...HTML, ...(init.headers ?? {}) } });
  return { res, html: await res.text() };
};

/** Attribute values come HTML-escaped: `&amp;` between parameters. */
const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** The JSON API twin of a page link: same query on /v1/…/tables/{t}.json. */
const apiOf = (pageHref: string) => {
  const u = new URL(unescape(pageHref), "http://x");
  return `/v1${u.pathname}.json${u.search}`;
};

/** The page's text without tags (what a reader sees, give or take spaces). */
const text = (html: string) => html.replace(/<[^>]+>/g, "");

/** The number of matching rows the page states. */
const matchCount = (html: string) => Number(/<p id="match-count"><strong><data value="(\d+)">/.exec(html)![1]);

/** Row count of the rows table. */
const shownRows = (html: string) => (/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1].match(/<tr[ >]/g) ?? []).length;

interface FacetLink {
  column: string;
  value: string;
  href: string;
  count: number;
  active: boolean;
}

function facetLinks(html: string): FacetLink[] {
  const out: FacetLink[] = [];
  for (const [, column, body] of html.matchAll(/<div class="facet" data-column="([^"]+)">([\s\S]*?)<\/ul><\/div>/g)) {
    for (const [, href, attrs, count] of body!.matchAll(/<a href="([^"]+)"([^>]*)>[\s\S]*?<\/a> <span class="count">([\d,]+)<\/span>/g)) {
      out.push({ column: column!, value: unescape(/data-value="([^"]*)"/.exec(attrs!)![1]!), href: href!, count: Number(count!.replace(/,/g, "")), active: attrs!.includes('aria-current="true"') });
    }
  }
  return out;
}

/** The href of the link (first match) whose markup contains `marker`. */
function hrefNear(html: string, re: RegExp): string {
  const m = re.exec(html);
  if (!m) throw new Error(`no match for ${re}`);
  return unescape(m[1]!);
}

describe("the table page", () => {
  it("is a page with the strict CSP, a crumb trail and every column labelled from the schema", async () => {
    const { res, html } = await page(LINES);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]{44}';/);
    expect(html).not.toMatch(/<script|<[a-z][^>]*\s(?:style|on[a-z]+)=|src="http|href="\/\//);
    expect(html).toContain(`<li><a href="/datasets/${DATASET}#tables"><bdi>${bundle.datasets[0]!.meta.title_zh}</bdi></a></li><li aria-current="page">预算明细（全部金额）</li>`);
    // Amounts with their unit; the English page has the column name beneath.
    expect(html).toContain(`>金额（万元）</a></th>`);
    expect(html).toContain(`>资金来源</a></th>`);
    const english = (await page(`/en${LINES}`)).html;
    expect(english).toContain(`>金额（万元）</a><br/><span lang="en" class="en">amount</span></th>`);
    expect(english).toContain(`>资金来源</a><br/><span lang="en" class="en">fund</span></th>`);
    expect(english).toContain(`>行类型</a><br/><span lang="en" class="en">row_kind</span></th>`);
    // The default view: the row's label, then its amount, first.
    expect([...html.matchAll(/<th scope="col"[^>]*data-column="([^"]+)"/g)].slice(0, 3).map((m) => m[1])).toEqual(["item", "measure_label", "amount"]);
    expect((html.match(/<th scope="col"/g) ?? []).length).toBe(24);
  });

  it("states the exact number of matching rows, the same as the JSON API's total", async () => {
    const all = await page(LINES);
    expect(matchCount(all.html)).toBe(rows("budget-lines").length);
    expect(matchCount(all.html)).toBe(329);
    const { html } = await page(`${LINES}?row_kind=item`);
    const { body } = await getJson(`${D}/tables/budget-lines?row_kind=item&_size=1`);
    expect(matchCount(html)).toBe(body.total);
    expect(matchCount(html)).toBe(rows("budget-lines").filter((r) => r.row_kind === "item").length);
    expect(matchCount(html)).toBe(170);
    expect(text(html)).toContain("170 行符合条件，显示第 1–50 行。");
    expect(text((await page(`/en${LINES}?row_kind=item`)).html)).toContain("170 rows match; showing rows 1–50.");
    const both = await page(`${LINES}?row_kind=item&fund=general_budget`);
    expect(matchCount(both.html)).toBe(85);
  });

  it("shows coded values by their Chinese label with the code beside, amounts in the site's format", async () => {
    const { html } = await page(`${LINES}?row_kind=item&fund=general_budget&_sort=-amount&_size=5`);
    expect(html).toContain("<td>明细</td>");
    expect(html).toContain("<td>一般公共预算</td>");
    const english = (await page(`/en${LINES}?row_kind=item&fund=general_budget&_sort=-amount&_size=5`)).html;
    expect(english).toContain('<td>一般公共预算 <code lang="en" class="muted">general_budget</code></td>');
    const top = rows("budget-lines")
      .filter((r) => r.row_kind === "item" && r.fund === "general_budget")
      .sort((a, b) => (b.amount as number) - (a.amount as number))[0]!;
    expect(top.amount).toBe(2936.1);
    expect(/<tbody><tr[ >][\s\S]*?<\/tr>/.exec(html)![0]).toContain('<td class="num">2,936.1</td>');
  });

  it("leaves a blank cell empty, never 0", async () => {
    const blank = rows("summary-revenue").find((r) => r.amount === null)!;
    const { html } = await page(`/datasets/${DATASET}/tables/summary-revenue?id=${blank.id}&_fields=id,item,amount`);
    expect(matchCount(html)).toBe(1);
    expect(html).toContain(`<th scope="row" class="label" title="${blank.item}"><bdi>${blank.item}</bdi></th><td class="num"></td></tr>`);
    const nulls = await page(`/datasets/${DATASET}/tables/summary-revenue?amount__isnull=1`);
    expect(matchCount(nulls.html)).toBe(rows("summary-revenue").filter((r) => r.amount === null).length);
    expect(matchCount(nulls.html)).toBe(10);
    expect(nulls.html).not.toContain('<td class="num">0</td>');
  });

  it("facets: low-cardinality columns, counts over all matching rows, equal to the API's total for each link", async () => {
    const { html } = await page(`${LINES}?row_kind=item&_size=5`);
    const links = facetLinks(html);
    const columns = [...new Set(links.map((l) => l.column))];
    expect(columns).toEqual(["table", "row_kind", "fund", "class_code", "section_code", "period", "basis"]);
    const fund = links.filter((l) => l.column === "fund");
    expect(fund.map((l) => [l.value, l.count])).toEqual([
      ["general_budget", 85],
      ["", 85],
    ]);
    // Counts are over the 170 matching rows, not the 5 shown.
    expect(links.filter((l) => l.column === "row_kind")).toMatchObject([{ value: "item", count: 170, active: true }]);
    for (const column of columns) expect(links.filter((l) => l.column === column).reduce((s, l) => s + l.count, 0)).toBe(170);
    for (const link of links) {
      const { body } = await getJson(apiOf(link.href));
      // An active value's link drops it: its count is then the page's own, not the link's.
      if (!link.active) expect({ link: link.href, total: body.total }).toEqual({ link: link.href, total: link.count });
    }
    // A facet link adds the filter and keeps the others; an active one removes it.
    const general = fund.find((l) => l.value === "general_budget")!;
    expect(new URL(unescape(general.href), "http://x").search).toBe("?_size=5&fund=general_budget&row_kind=item");
    expect(unescape(fund.find((l) => l.value === "")!.href)).toBe(`${LINES}?_size=5&fund__isnull=1&row_kind=item`);
    expect(unescape(links.find((l) => l.active)!.href)).toBe(`${LINES}?_size=5`);
    expect(html).toContain("<bdi>一般公共预算</bdi>");
    expect((await page(`/en${LINES}?row_kind=item&_size=5`)).html).toContain('<bdi>一般公共预算</bdi> <code lang="en">general_budget</code>');
    // Identifiers and long texts are no facets; columns with a value on every row neither.
    expect(columns).not.toContain("id");
    expect(columns).not.toContain("part_of");
  });

  it("facet rule: closed sets whenever small; other columns with 2 to 12 values, fewer than the rows; blanks by isnull", () => {
    const col = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ name, label: name, type: "string", description: "", ...extra });
    const columns = [col("kind", { enum: ["a", "b"] }), col("one"), col("many"), col("unique", { type: "code" }), col("n", { type: "integer" }), col("long", { type: "text" })];
    const data = Array.from({ length: 20 }, (_, i) => ({ kind: "a", one: "x", many: i < 13 ? `v${i}` : null, unique: `u${i}`, n: i % 2, long: i % 2 ? "t" : "s" }));
    expect(facetsOf(data, columns).map((f) => f.column.name)).toEqual(["kind"]);
    const few = data.slice(0, 6).map((r, i) => ({ ...r, many: i < 3 ? "p" : null }));
    const facets = facetsOf(few, columns);
    expect(facets.map((f) => f.column.name)).toEqual(["kind", "many"]);
    expect(facets[1]!.values).toEqual([
      { value: "p", count: 3, filter: ["many", "p"] },
      { value: null, count: 3, filter: ["many__isnull", "1"] },
    ]);
    expect(FACET_LIMIT).toBe(12);
    expect(facetsOf([], columns)).toEqual([]);
  });

  it("links: a new selection drops the cursor, a page keeps the rest; canonical order", () => {
    const pairs = [["_next", "c"], ["_size", "5"], ["a", "1"]] as const;
    expect(reselect(pairs, { add: ["b", "2"] })).toEqual([["_size", "5"], ["a", "1"], ["b", "2"]]);
    expect(reselect(pairs, { remove: ["a", "1"] })).toEqual([["_size", "5"]]);
    expect(reselect(pairs, { set: ["_sort", "-x"] })).toEqual([["_size", "5"], ["_sort", "-x"], ["a", "1"]]);
    expect(reselect(pairs, { add: ["a", "1"] })).toEqual([["_size", "5"], ["a", "1"]]);
    expect(toPage(pairs, "d")).toEqual([["_next", "d"], ["_size", "5"], ["a", "1"]]);
    expect(toPage(pairs, null)).toEqual([["_size", "5"], ["a", "1"]]);
  });

  it("shows active filters as chips whose link drops just that filter", async () => {
    const { html } = await page(`${LINES}?row_kind=item&amount__gte=100&_sort=-amount`);
    expect(matchCount(html)).toBe(rows("budget-lines").filter((r) => r.row_kind === "item" && (r.amount as number) >= 100).length);
    expect(hrefNear(html, /<a class="chip" href="([^"]+)"[^>]*data-param="row_kind"><bdi>行类型<\/bdi> <bdi>= 明细<\/bdi> /)).toBe(`${LINES}?_sort=-amount&amount__gte=100`);
    expect(hrefNear(html, /<a class="chip" href="([^"]+)"[^>]*data-param="amount__gte"><bdi>金额<\/bdi> <bdi>≥ 100<\/bdi> /)).toBe(`${LINES}?_sort=-amount&row_kind=item`);
    // Clearing every filter keeps the sort.
    expect(hrefNear(html, /<a href="([^"]+)" class="clear" id="clear-filters">/)).toBe(`${LINES}?_sort=-amount`);
  });

  it("sort links toggle _sort=col / _sort=-col, keep the filters, and mark the sorted column", async () => {
    const base = await page(`${LINES}?row_kind=item&_size=10`);
    expect(hrefNear(base.html, /<th scope="col" class="num" data-column="amount"><a href="([^"]+)"/)).toBe(`${LINES}?_size=10&_sort=amount&row_kind=item`);
    expect(base.html).not.toContain('aria-sort="');

    const up = await page(`${LINES}?row_kind=item&_size=10&_sort=amount`);
    expect(up.html).toContain('<th scope="col" class="num" aria-sort="ascending" data-column="amount">');
    expect(hrefNear(up.html, /data-column="amount"><a href="([^"]+)"/)).toBe(`${LINES}?_size=10&_sort=-amount&row_kind=item`);
    expect((up.html.match(/aria-sort=/g) ?? []).length).toBe(1);
    const items = rows("budget-lines").filter((r) => r.row_kind === "item");
    const min = Math.min(...items.map((r) => r.amount as number));
    const { body: api } = await getJson(`${D}/tables/budget-lines?row_kind=item&_size=10&_sort=amount`);
    expect(api.rows[0].amount).toBe(min);
    expect(api.rows[0].amount).toBe(0.5);
    expect(/<tbody><tr[ >][\s\S]*?<\/tr>/.exec(up.html)![0]).toContain(`>${api.rows[0].id}</a></td>`);
    expect(/<tbody><tr[ >][\s\S]*?<\/tr>/.exec(up.html)![0]).toContain('<td class="num">0.5</td>');

    const down = await page(`${LINES}?row_kind=item&_size=10&_sort=-amount`);
    expect(down.html).toContain('aria-sort="descending" data-column="amount"');
    expect(hrefNear(down.html, /data-column="amount"><a href="([^"]+)"/)).toBe(`${LINES}?_size=10&_sort=amount&row_kind=item`);
    expect(Math.max(...items.map((r) => r.amount as number))).toBe(3823.7);
    expect(/<tbody><tr[ >][\s\S]*?<\/tr>/.exec(down.html)![0]).toContain('<td class="num">3,823.7</td>');
  });

  it("pages by 50 rows (or _size) with next and previous links that walk every matching row once", async () => {
    const first = await page(LINES);
    expect(shownRows(first.html)).toBe(50);
    expect(first.html).not.toContain('id="prev-page"');
    let next = hrefNear(first.html, /<a href="([^"]+)" rel="next" id="next-page">/);
    const second = await page(next);
    expect(text(second.html)).toContain("329 行符合条件，显示第 51–100 行。");
    expect(hrefNear(second.html, /<a href="([^"]+)" rel="prev" id="prev-page">/)).toBe(LINES);
    // The page's cursor is the API's: the same next page as JSON.
    const { body } = await getJson(apiOf(next) + "&_size=50");
    expect(body.rows[0].id).toBe(rows("budget-lines")[50]!.id);
    expect(second.html).toContain(`>${rows("budget-lines")[50]!.id}</a></td>`);

    // _size pages of 100: 329 rows in 4 pages, the last one 29 rows.
    let html = (await page(`${LINES}?_size=100`)).html;
    const seen = [shownRows(html)];
    for (;;) {
      const m = /<a href="([^"]+)" rel="next" id="next-page">/.exec(html);
      if (!m) break;
      next = unescape(m[1]!);
      expect(new URL(next, "http://x").searchParams.get("_size")).toBe("100");
      html = (await page(next)).html;
      seen.push(shownRows(html));
    }
    expect(seen).toEqual([100, 100, 100, 29]);
    expect(text(html)).toContain("显示第 301–329 行");
    // Previous from the last page: a cursor to rows 201–300.
    const prev = await page(hrefNear(html, /<a href="([^"]+)" rel="prev" id="prev-page">/));
    expect(text(prev.html)).toContain("显示第 201–300 行");
  });

  it("download links carry exactly the query shown, without paging", async () => {
    const { html } = await page(`${LINES}?row_kind=item&_sort=-amount&_fields=id,item,amount&_size=10`);
    const want = { _fields: "id,item,amount", _sort: "-amount", row_kind: "item" };
    const links = Object.fromEntries(
      [...html.matchAll(/<a class="btn[^"]*" href="([^"]+)"[^>]*data-download="([^"]+)"[^>]*>/g)].map(([, href, kind]) => [kind, new URL(unescape(href!), "http://x")]),
    );
    expect(Object.keys(links)).toEqual(["XLSX", "CSV (Excel)", "CSV", "JSON", "xlsx-all", "zip"].map((k) => ({ XLSX: "xlsx", "CSV (Excel)": "excel-csv", CSV: "csv", JSON: "json" })[k] ?? k));
    links.XLSX = links.xlsx!;
    links["CSV (Excel)"] = links["excel-csv"]!;
    links.CSV = links.csv!;
    links.JSON = links.json!;
    // The whole dataset, on every table page.
    expect(links["xlsx-all"]!.pathname).toBe(`${D}/download.xlsx`);
    expect(links.zip!.pathname).toBe(`${D}/download.zip`);
    expect(links.XLSX!.pathname).toBe(`${D}/tables/budget-lines.xlsx`);
    expect(Object.fromEntries(links.XLSX!.searchParams)).toEqual(want);
    expect(links["CSV (Excel)"]!.pathname).toBe(`${D}/tables/budget-lines.csv`);
    expect(Object.fromEntries(links["CSV (Excel)"]!.searchParams)).toEqual({ ...want, _excel: "1" });
    expect(Object.fromEntries(links.CSV!.searchParams)).toEqual(want);
    expect(links.JSON!.pathname).toBe(`${D}/tables/budget-lines.json`);
    expect(Object.fromEntries(links.JSON!.searchParams)).toEqual(want);
    // The CSV has every matching row in the page's order and columns.
    const csv = await (await get(links.CSV!.pathname + links.CSV!.search)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe("id,item,amount");
    expect(lines.length - 1).toBe(170);
    expect(lines[1]).toBe(`"summary-revenue.r01.amount",一般公共预算收入,3823.7`);
    // Only the rows table's ten are on the page.
    expect(shownRows(html)).toBe(10);
    expect((html.match(/<th scope="col"/g) ?? []).length).toBe(3);
  });

  it("shows the facts table's kinds of spending by their Chinese labels", async () => {
    const { html } = await page(`/datasets/${DATASET}/tables/facts?direction=expenditure`);
    expect(matchCount(html)).toBe(rows("facts").filter((r) => r.direction === "expenditure").length);
    const kinds = facetLinks(html).filter((l) => l.column === "economic_kind");
    expect(kinds.map((l) => [l.value, l.count])).toEqual([
      ["special_fund", 8],
      ["operating", 5],
      ["salaries", 5],
      ["general_project", 4],
      ["individuals", 4],
    ]);
    expect(html).toContain("<bdi>专项资金</bdi>");
  });

  it("an empty table is a page with 0 rows and no facets", async () => {
    const empty = bundle.datasets[0]!.meta.tables.find((t) => t.row_count === 0)!;
    const { res, html } = await page(`/datasets/${DATASET}/tables/${empty.id}`);
    expect(res.status).toBe(200);
    expect(matchCount(html)).toBe(0);
    expect(html).not.toContain('<table id="rows">');
    expect(html).not.toContain('class="facet"');
  });
});

describe("the table page refuses what the API refuses", () => {
  it("an unknown parameter is a 400 naming it", async () => {
    const asPage = await get(`${LINES}?_x=1`, { headers: HTML });
    expect([asPage.status, asPage.headers.get("Content-Type")]).toEqual([400, "text/html; charset=utf-8"]);
    const body = await expectProblem(await get(`${LINES}?_x=1`, { headers: AS_JSON }), 400);
    expect(body.errors).toEqual([{ param: "_x", message: "Unknown parameter '_x'. Parameters here: _sort, _fields, _size, _next, and column filters." }]);
    // A name that is no parameter is read as a column filter, as the API reads it.
    const column = await expectProblem(await get(`${LINES}?x=1`, { headers: AS_JSON }), 400);
    expect(column.errors[0].param).toBe("x");
    expect(column.errors[0].message).toMatch(/^Unknown column 'x'\./);
    for (const q of ["format=json", "_unit=yuan", "_excel=1", "_group=fund"]) {
      const p = await expectProblem(await get(`${LINES}?${q}`, { headers: AS_JSON }), 400);
      expect(p.errors[0].param).toBe(q.split("=")[0]);
    }
  });

  it("a bad filter, sort or size is a 400 with the API's problem", async () => {
    for (const q of ["amount=abc", "nope=1", "amount__contains=1", "_sort=nope", "_size=1001", "_size=0", "_next=garbage", "period=next_year"]) {
      const onPage = await expectProblem(await get(`${LINES}?${q}`, { headers: AS_JSON }), 400);
      const onApi = await expectProblem(await get(`${D}/tables/budget-lines?${q}`), 400);
      expect({ q, errors: onPage.errors, detail: onPage.detail }).toEqual({ q, errors: onApi.errors, detail: onApi.detail });
    }
    expect((await page(`${LINES}?_size=1000`)).res.status).toBe(200);
  });

  it("a cursor of another query is refused", async () => {
    const next = hrefNear((await page(LINES)).html, /<a href="([^"]+)" rel="next" id="next-page">/);
    const cursor = new URL(next, "http://x").searchParams.get("_next")!;
    const body = await expectProblem(await get(`${LINES}?row_kind=item&_next=${cursor}`, { headers: AS_JSON }), 400);
    expect(body.errors[0].param).toBe("_next");
  });

  it("an unknown table is a 404: a page for browsers, a problem for others", async () => {
    const { res, html } = await page(`/datasets/${DATASET}/tables/budget-line`);
    expect(res.status).toBe(404);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(html).toContain("No table &#39;budget-line&#39;");
    expect(html).toContain("Did you mean &#39;budget-lines&#39;?");
    await expectProblem(await get(`/datasets/${DATASET}/tables/nope`, { headers: { Accept: "application/json" } }), 404);
    expect((await page(`/datasets/nope/tables/budget-lines`)).res.status).toBe(404);
  });

  it("is read-only", async () => {
    const res = await get(LINES, { method: "POST" });
    await expectProblem(res, 405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("the table page and the JSON API agree", () => {
  // Queries a reader could write on the budget lines: its own columns, every operator, real and odd values.
  const columns = TABLES.budgetLines.columns.map((c) => c.name);
  const ops = ["", "__ne", "__gt", "__gte", "__lt", "__lte", "__in", "__contains", "__startswith", "__isnull", "__like"];
  const values = fc.constantFrom("item", "general_budget", "215", "100", "0.5", "-1", "abc", "true", "1", "", "current", "item,total", "1e999", "明细");
  const query = fc.record({
    filters: fc.array(fc.tuple(fc.constantFrom(...columns), fc.constantFrom(...ops), values), { maxLength: 3 }),
    sort: fc.option(fc.constantFrom("amount", "-amount", "item,-id", "nope")),
    size: fc.option(fc.constantFrom("1", "7", "50", "1000", "0", "x")),
  });

  it("for any query: the same status, and on 200 the same count and first row", async () => {
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const params = new URLSearchParams(q.filters.map(([c, o, v]) => [c + o, v]));
        if (q.sort !== null) params.set("_sort", q.sort);
        if (q.size !== null) params.set("_size", q.size);
        const search = params.size ? `?${params}` : "";
        const onPage = await get(`${LINES}${search}`, { headers: HTML });
        const onApi = await get(`${D}/tables/budget-lines.json${search}`);
        expect({ search, status: onPage.status }).toEqual({ search, status: onApi.status });
        statuses[onApi.status] = (statuses[onApi.status] ?? 0) + 1;
        if (onApi.status !== 200) return void (await Promise.all([onPage.arrayBuffer(), onApi.arrayBuffer()]));
        const html = await onPage.text();
        const api = (await onApi.json()) as { total: number; rows: { id: string }[] };
        expect({ search, total: matchCount(html) }).toEqual({ search, total: api.total });
        if (api.rows[0]) expect(/<tbody><tr data-id="([^"]+)">/.exec(html)![1]).toBe(api.rows[0].id);
      }),
      { seed: 20261203, numRuns: 150 },
    );
    // Both kinds of answer were met: pages of rows and refusals.
    expect(Object.keys(statuses).sort()).toEqual(["200", "400"]);
    expect(statuses[200]).toBeGreaterThan(20);
  }, 300_000);
});

describe("the table page's validators and cache", () => {
  it("an ETag per query: the same for the parameters in another order, another for another query; 304 on a match", async () => {
    const a = await page(`${LINES}?row_kind=item&fund=general_budget`);
    const b = await page(`${LINES}?fund=general_budget&row_kind=item`);
    const c = await page(`${LINES}?row_kind=item`);
    const etag = a.res.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(b.res.headers.get("ETag")).toBe(etag);
    expect(b.html).toBe(a.html);
    expect(c.res.headers.get("ETag")).not.toBe(etag);
    expect(matchCount(c.html)).not.toBe(matchCount(a.html));
    const again = await get(`${LINES}?row_kind=item&fund=general_budget`, { headers: { ...HTML, "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'/);
  });

  it("the other pages still take no query", async () => {
    const body = await expectProblem(await get(`/datasets/${DATASET}?row_kind=item`, { headers: AS_JSON }), 400);
    expect(body.detail).toBe("This page takes no query parameters: row_kind.");
  });
});

describe("the dataset page links each table to its page", () => {
  it("the name opens the table page, JSON beside it", async () => {
    const { html } = await page(`/datasets/${DATASET}`);
    for (const t of bundle.datasets[0]!.meta.tables) {
      expect(html).toContain(`<a href="/datasets/${DATASET}/tables/${t.id}">${t.title_zh}</a>`);
      expect(html).toContain(`<code class="muted">${t.id}</code> · <a href="${D}/tables/${t.id}">JSON</a>`);
    }
  });
});
