/**
 * The reader pages in chromium: the search box on a page leads to the results (the CSP
 * lets the form submit to the site), a browser's 404 is a page, the checks page fits a
 * phone and a desktop with both sides of every check in view, and the dataset page's
 * JSON-LD breaks nothing. Screenshots go to test-results/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, DESKTOP, fitsWidth, missing as browserMissing, openBrowser, PHONE, ROOT, SHOTS, violations, watch, type Browsing } from "./harness";

const data = JSON.parse(readFileSync(join(ROOT, "data/datasets.json"), "utf8")) as {
  datasets: { meta: { id: string; title_zh: string; checks_summary: { total: number } } }[];
};
const first = data.datasets[0]!;
const DATASET = first.meta.id;

if (browserMissing) console.warn(`\n!!! BROWSER TEST SKIPPED: ${browserMissing} is not installed.\n`);

describe.skipIf(browserMissing !== null)("the reader pages in chromium", () => {
  let h: Browsing;

  beforeAll(async () => {
    h = await openBrowser("reader-pages-browser-");
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it("searches from the header's box and shows the results ranked, each with its dataset, the terms marked", async () => {
    const page = await h.context.newPage();
    const errors = watch(page).errors;
    await page.goto(`${h.origin}/datasets/${DATASET}`);
    await page.getByLabel("搜索", { exact: true }).fill("培训");
    await Promise.all([page.waitForURL(/\/search\?q=/), page.getByLabel("搜索", { exact: true }).press("Enter")]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("培训");
    expect(await page.locator("li.hit").count()).toBe(13); // one entry per thing meant: 18 hits (34 before), the six copies of one figure shown as one
    expect(await page.locator("li.hit .hit-where").first().innerText()).toContain(first.meta.title_zh);
    expect(await page.locator("li.hit mark").first().innerText()).toBe("培训");
    await expect(page.locator(`li.hit[data-id="p09"] .hit-title`).innerText()).resolves.toBe("全市性培训专项-企业家培训经费");
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: join(SHOTS, "search.png"), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows a browser's 404 as a page with links onward", async () => {
    const page = await h.context.newPage();
    const errors = watch(page).errors;
    const res = await page.goto(`${h.origin}/v1/datasets/nope`);
    expect(res!.status()).toBe(404);
    expect(res!.headers()["content-type"]).toBe("text/html; charset=utf-8");
    await expect(page.locator("h1").innerText()).resolves.toContain("找不到页面");
    await expect(page.locator("#problem-explain").innerText()).resolves.toContain("没有这个网址对应的页面或数据。");
    // The API's English detail, folded as the technical original.
    await expect(page.locator("#problem-detail").textContent()).resolves.toContain("No dataset 'nope'.");
    expect(await page.locator("#onward-links a").count()).toBe(5);
    await page.screenshot({ path: join(SHOTS, "not-found.png"), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    // The page's own 404 response is the one console error chromium reports.
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
    await page.close();
  }, 60_000);

  /** Cells of every check (expected, actual, result) that are not wholly within the viewport's width. */
  const outOfView = `[...document.querySelectorAll("tr.check td.expected, tr.check td.actual, tr.check td.result")]
    .filter((td) => { const r = td.getBoundingClientRect(); return r.width <= 0 || r.left < 0 || r.right > window.innerWidth; })
    .map((td) => td.parentElement.id + " " + td.className)`;

  for (const [name, viewport] of [
    ["390", PHONE],
    ["1280", DESKTOP],
  ] as const) {
    it(`fits the checks page in ${name} px, Expected/Actual/pass of every check in view`, async () => {
      const page = await h.context.newPage();
      const errors = watch(page).errors;
      await page.setViewportSize(viewport);
      await page.goto(`${h.origin}/datasets/${DATASET}/checks`);
      expect(await page.locator("tr.check").count()).toBe(first.meta.checks_summary.total);
      expect(await page.locator("tr.check .pass").count()).toBe(first.meta.checks_summary.total);
      expect(await fitsWidth(page)).toBe(true);
      expect(await page.evaluate(outOfView)).toEqual([]);
      const row = page.locator("tr.check").first();
      for (const cell of ["td.expected", "td.actual", "td.result"]) {
        const box = (await row.locator(cell).boundingBox())!;
        expect(box.width).toBeGreaterThan(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      await expect(row.locator("td.result").innerText()).resolves.toContain("通过");
      // On a phone the header row is hidden: each cell is labelled by its data-label, shown before it.
      const before = await page.evaluate(`getComputedStyle(document.querySelector("tr.check td.expected"), "::before").content`);
      expect(before).toBe(viewport === PHONE ? '"应为："' : "none");
      // The first checks in view (the whole page of 465 checks would be a very long image).
      await page.evaluate(`document.querySelector("table.checks").scrollIntoView()`);
      await page.screenshot({ path: join(SHOTS, `checks-${name}.png`), fullPage: false });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 90_000);
  }

  it("carries JSON-LD on the dataset page without a CSP violation, and the glossary opens at its anchors", async () => {
    const page = await h.context.newPage();
    const errors = watch(page).errors;
    await page.goto(`${h.origin}/datasets/${DATASET}`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@type": string; name: string };
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.name).toBe(first.meta.title_zh);
    await Promise.all([page.waitForURL(/\/glossary#carryover$/), page.locator('#project-gap a.term[href="/glossary#carryover"]').click()]);
    expect(await page.locator("#carryover dfn").innerText()).toBe("部门结转");
    expect(await fitsWidth(page)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
