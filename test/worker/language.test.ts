/**
 * Chinese first, English one click away: the pages are Chinese at their paths and English
 * under /en (URLs of their own, so caches keep them apart), every human text the build
 * publishes has its Chinese, and the downloads say which file is which.
 */
import { describe, expect, it } from "vitest";
import { columnDescriptionZh, TABLE_DESCRIPTIONS_ZH } from "../../src/schema/descriptions-zh";
import { TABLE_LIST } from "../../src/schema/tables";
import { raw } from "./bundled-data";
import { D, DATASET, get } from "./helpers";

const HTML = { Accept: "text/html" };
const page = async (path: string) => {
  const res = await get(path, { headers: HTML });
  return { res, html: await res.text() };
};

describe("the language of the pages", () => {
  it("Chinese at the page's path, English under /en, each linking the other and keeping its own language in its links", async () => {
    const zh = await page(`/datasets/${DATASET}`);
    const en = await page(`/en/datasets/${DATASET}`);
    expect([zh.res.status, en.res.status]).toEqual([200, 200]);
    expect(zh.html).toContain('<html lang="zh-Hans">');
    expect(en.html).toContain('<html lang="en">');
    expect(zh.html).toContain(`<a class="lang" id="lang-switch" href="/en/datasets/${DATASET}" hreflang="en" lang="en">English</a>`);
    expect(en.html).toContain(`<a class="lang" id="lang-switch" href="/datasets/${DATASET}" hreflang="zh-Hans" lang="zh-Hans">中文</a>`);
    // Links between pages stay in the page's language; API links are the same for both.
    expect(en.html).toContain(`href="/en/datasets/${DATASET}/tables/projects"`);
    expect(en.html).toContain('<form class="search" role="search" action="/en/search" method="get">');
    expect(en.html).not.toContain(`href="/datasets/${DATASET}/tables/projects"`);
    expect(zh.html).toContain(`href="/datasets/${DATASET}/tables/projects"`);
    expect(en.html).toContain(`href="/v1/datasets/${DATASET}/download.xlsx"`);
    expect([zh.res.headers.get("Content-Language"), en.res.headers.get("Content-Language")]).toEqual(["zh-Hans", "en"]);
    // Distinct URLs, distinct validators.
    expect(zh.res.headers.get("ETag")).not.toBe(en.res.headers.get("ETag"));
    // The English page says it in English; the Chinese one in Chinese.
    expect(en.html).toContain("reconciled by 465 arithmetic checks (all pass)");
    expect(zh.html).toContain("项核对，全部相符");
    expect(zh.html.split("<main")[1]).not.toContain("reconciled by");
  });

  it("/en is the English home page, and the table query works under /en as at its Chinese path", async () => {
    const home = await page("/en");
    expect(home.res.status).toBe(200);
    expect(home.html).toContain('<html lang="en">');
    // Typed with a trailing slash, a page's path goes (301) to the one without, its query kept.
    for (const [typed, to] of [["/en/", "/en"], ["/datasets/", "/datasets"], [`/en/datasets/${DATASET}/?x=1`, `/en/datasets/${DATASET}?x=1`]] as const) {
      const res = await get(typed, { headers: HTML, redirect: "manual" });
      expect(res.status, typed).toBe(301);
      expect(new URL(res.headers.get("Location")!).pathname + new URL(res.headers.get("Location")!).search).toBe(to);
    }
    expect((await get("/", { headers: HTML, redirect: "manual" })).status).toBe(200);
    const table = await page(`/en/datasets/${DATASET}/tables/projects?current_year_amount__gte=100&_sort=-current_year_amount`);
    expect(table.res.status).toBe(200);
    expect(table.html).toContain(`href="/en/datasets/${DATASET}/tables/projects?`);
    expect((await page("/en/search?q=培训%20企业家")).html).toContain('data-match="phrase">as typed</span>');
  });

  it("a form of checkboxes chooses the columns: its repeated _fields become the API's comma list", async () => {
    const res = await get(`/datasets/${DATASET}/tables/projects?current_year_amount__gte=100&_fields=name&_fields=current_year_amount`, { headers: HTML, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/datasets/${DATASET}/tables/projects?current_year_amount__gte=100&_fields=name%2Ccurrent_year_amount`);
    const { html } = await page(res.headers.get("Location")!);
    expect([...html.matchAll(/<th scope="col"[^>]*data-column="([^"]+)"/g)].map((m) => m[1])).toEqual(["name", "current_year_amount"]);
    expect(html).toContain('<input type="hidden" name="current_year_amount__gte" value="100"/>');
    expect(html).toContain('<input type="checkbox" name="_fields" value="name" checked=""/>');
    // 25 boxes ticked count as one parameter against the limit of 32.
    const names = TABLE_LIST.find((t) => t.id === "projects")!.columns.map((c) => `_fields=${c.name}`);
    expect(names.length).toBe(25);
    expect((await get(`/datasets/${DATASET}/tables/projects?${names.join("&")}&unit_code=017001`, { headers: HTML, redirect: "manual" })).status).toBe(302);
  });

  it("the projects page's default view: name and amounts first, long texts folded behind 展开, one line a row", async () => {
    const { html } = await page(`/datasets/${DATASET}/tables/projects`);
    expect([...html.matchAll(/<th scope="col"[^>]*data-column="([^"]+)"/g)].slice(0, 5).map((m) => m[1])).toEqual([
      "name",
      "current_year_amount",
      "total_amount",
      "last_year_amount",
      "last_year_total_amount",
    ]);
    // No long text is a column; each row folds them.
    for (const c of ["overview", "basis", "necessity", "plan"]) expect(html).not.toContain(`data-column="${c}"`);
    expect((html.match(/<summary>展开<\/summary>/g) ?? []).length).toBe(25);
    expect(html).toContain(`<th scope="row" class="label" title="全市性培训专项-企业家培训经费"><a href="/datasets/${DATASET}/projects/p09"><bdi>全市性培训专项-企业家培训经费</bdi></a></th>`);
    const changes = await page(`/datasets/${DATASET}/tables/project-changes`);
    expect([...changes.html.matchAll(/<th scope="col"[^>]*data-column="([^"]+)"/g)].slice(0, 3).map((m) => m[1])).toEqual(["name", "change_amount", "change_percent"]);
  });

  it("the dataset page names the largest increases and decreases against last year", async () => {
    const { html } = await page(`/datasets/${DATASET}`);
    expect(html).toContain('<h2 id="changes">比上年变化</h2>');
    const rows = raw.datasets[0]!.tables["project-changes"]!.filter((r) => typeof r.change_amount === "number");
    const up = rows.filter((r) => (r.change_amount as number) > 0).sort((a, b) => (b.change_amount as number) - (a.change_amount as number));
    const down = rows.filter((r) => (r.change_amount as number) < 0).sort((a, b) => (a.change_amount as number) - (b.change_amount as number));
    const ids = (id: string) => [...(new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? "").matchAll(/data-project="([^"]+)"/g)].map((m) => m[1]);
    expect(ids("changes-up")).toEqual(up.slice(0, 5).map((r) => r.project_id));
    expect(ids("changes-down")).toEqual(down.slice(0, 5).map((r) => r.project_id));
    expect(ids("changes-up").length).toBe(5);
  });
});

describe("every human text has its Chinese", () => {
  it("every table and every column of the schema has a Chinese description", () => {
    const missing = TABLE_LIST.flatMap((t) => [...(TABLE_DESCRIPTIONS_ZH[t.id] ? [] : [t.id]), ...t.columns.filter((c) => !columnDescriptionZh(t.id, c)).map((c) => `${t.id}.${c.name}`)]);
    expect(missing).toEqual([]);
    expect(TABLE_LIST.length).toBe(21);
  });

  it("every correction, by rule or by hand, carries its reason in Chinese", () => {
    const corrections = raw.datasets[0]!.meta.corrections;
    expect(corrections.length).toBe(70);
    expect(corrections.filter((c) => !c.reason_zh || !/[\u4e00-\u9fff]/.test(c.reason_zh)).map((c) => `${c.file}:${c.line}`)).toEqual([]);
    expect(corrections.find((c) => c.kind === "noise-line")!.reason_zh).toBe("PDF 导出时在两个栏目之间留下的一行短横线，没有内容，已删去");
  });
});

describe("downloads say which file is which", () => {
  it("the CSV for Excel and the plain CSV have distinct file names", async () => {
    const plain = await get(`${D}/tables/projects.csv`);
    const excel = await get(`${D}/tables/projects.csv?_excel=1`);
    expect(plain.headers.get("Content-Disposition")).toBe(`attachment; filename="${DATASET}-projects.csv"; filename*=UTF-8''${encodeURIComponent(`${raw.datasets[0]!.meta.title_zh}-项目支出绩效目标表`)}.csv`);
    expect(excel.headers.get("Content-Disposition")).toBe(`attachment; filename="${DATASET}-projects-excel.csv"; filename*=UTF-8''${encodeURIComponent(`${raw.datasets[0]!.meta.title_zh}-项目支出绩效目标表-excel`)}.csv`);
    await Promise.all([plain.arrayBuffer(), excel.arrayBuffer()]);
  });

  it("the dataset page and every table page link the whole dataset's workbook and zip, with one sentence on which to choose", async () => {
    for (const path of [`/datasets/${DATASET}`, ...raw.datasets[0]!.meta.tables.map((t) => `/datasets/${DATASET}/tables/${t.id}`)]) {
      const { html } = await page(path);
      expect(html, path).toContain(`href="/v1/datasets/${DATASET}/download.xlsx" download="" data-download="xlsx-all"`);
      expect(html, path).toContain(`href="/v1/datasets/${DATASET}/download.zip" download="" data-download="zip"`);
      expect(html, path).toContain("用 Excel 或 WPS 打开，请选 XLSX；用程序（Python、R 等）读取，请选 CSV。");
    }
  });
});
