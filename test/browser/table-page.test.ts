/**
 * The table page in a real browser (the harness of pages.test.ts): from the
 * dataset page to the budget lines, a facet narrows the count, a header sorts, the
 * downloads follow; at 320 px the page never scrolls sideways (the rows scroll in their
 * own box). No CSP violation, no console error; screenshots in test-results/.
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, DATASET, first, missing, openBrowser, rows, SHOTS, violations, wan, watch, type Browsing } from "./harness";

const TABLE = "budget-lines";
const PATH = `/datasets/${DATASET}/tables/${TABLE}`;

/** The number of matching rows the page states. */
const matching = async (page: Page) => Number(await page.locator("#match-count data").getAttribute("value"));

/** The text of the first row's cell in `column`. */
async function firstCell(page: Page, column: string): Promise<string> {
  const index = (await page.evaluate(`[...document.querySelectorAll("#rows thead th")].findIndex((th) => th.dataset.column === ${JSON.stringify(column)})`)) as number;
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator(`#rows tbody tr:first-child td:nth-child(${index + 1})`).innerText();
}

describe.skipIf(missing !== null)("the table page in chromium", () => {
  let browsing: Browsing;
  let context: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    browsing = await openBrowser("table-page-browser-");
    ({ context, origin } = browsing);
  }, 120_000);

  afterAll(async () => {
    await browsing?.close();
  });

  it("at 1280 px: opened from the dataset page, a facet narrows the count, a header sorts", async () => {
    const page = await context.newPage();
    const trouble = watch(page);
    await page.goto(origin + `/datasets/${DATASET}`);
    await page.locator(`#table-list tr[data-table="${TABLE}"] th a`).first().click();
    await page.waitForURL(origin + PATH);
    expect(await page.locator("h1").count()).toBe(1);
    const all = rows(TABLE);
    expect(await matching(page)).toBe(all.length);
    expect(await matching(page)).toBe(329);
    expect(await page.locator("#rows tbody tr").count()).toBe(50);
    expect(await page.locator("#rows thead th").count()).toBe(Object.keys(all[0]!).length);
    await expect(page.locator('#rows th[data-column="amount"]').innerText()).resolves.toBe("金额（万元）");

    // A facet: the item rows only.
    const items = all.filter((r) => r.row_kind === "item");
    const facet = page.locator('.facet[data-column="row_kind"] a[data-value="item"]');
    await expect(facet.innerText()).resolves.toBe("明细");
    await facet.click();
    await page.waitForURL(`${origin}${PATH}?row_kind=item`);
    expect(await matching(page)).toBe(items.length);
    expect(await matching(page)).toBe(170);
    await expect(page.locator('#active-filters a.chip[data-param="row_kind"]').innerText()).resolves.toContain("行类型 = 明细 ×");

    // A header: ascending, then descending on a second click; blank amounts would sort last.
    await page.locator('#rows th[data-column="amount"] a').click();
    await page.waitForURL(`${origin}${PATH}?_sort=amount&row_kind=item`);
    expect(await page.locator('#rows th[data-column="amount"]').getAttribute("aria-sort")).toBe("ascending");
    const amounts = items.map((r) => r.amount as number);
    expect(await firstCell(page, "amount")).toBe(wan(Math.min(...amounts)));
    await page.locator('#rows th[data-column="amount"] a').click();
    await page.waitForURL(`${origin}${PATH}?_sort=-amount&row_kind=item`);
    expect(await page.locator('#rows th[data-column="amount"]').getAttribute("aria-sort")).toBe("descending");
    expect(await firstCell(page, "amount")).toBe(wan(Math.max(...amounts)));
    expect(await firstCell(page, "amount")).toBe("3,823.7");
    expect(await matching(page)).toBe(170);

    // The downloads carry the query; the CSV has every matching row.
    const xlsx = new URL((await page.locator("#download-links a", { hasText: "XLSX" }).getAttribute("href"))!, origin);
    expect(xlsx.pathname).toBe(`/v1/datasets/${DATASET}/tables/${TABLE}.xlsx`);
    expect(Object.fromEntries(xlsx.searchParams)).toEqual({ _sort: "-amount", row_kind: "item" });
    const csvHref = (await page.locator('#download-links a[data-download="csv"]').getAttribute("href"))!;
    const csv = await (await fetch(new URL(csvHref, origin))).text();
    expect(csv.trim().split(/\r?\n/).length - 1).toBe(170);

    // Next page of the sorted items.
    await page.locator("#next-page").click();
    await expect(page.locator("#match-count").innerText()).resolves.toContain("显示第 51–100 行");

    await page.goto(`${origin}${PATH}?row_kind=item&_sort=-amount`);
    await page.screenshot({ path: join(SHOTS, "table-page-desktop.png"), fullPage: true });
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("at 320 px: no sideways page scroll, the rows scroll in their own box, facets still narrow", async () => {
    const page = await context.newPage();
    const trouble = watch(page);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const table of [TABLE, "facts", "projects"]) {
      await page.goto(`${origin}/datasets/${DATASET}/tables/${table}`);
      expect({ table, scrollWidth: (await page.evaluate("document.documentElement.scrollWidth")) as number <= 320 }).toEqual({ table, scrollWidth: true });
      // The table is wider than the screen and scrolls inside its wrapper.
      expect(await page.evaluate(`(() => { const s = document.querySelector("#rows").closest(".scroll"); return s.scrollWidth > s.clientWidth && getComputedStyle(s).overflowX === "auto"; })()`)).toBe(true);
    }
    await page.goto(origin + PATH);
    const fund = page.locator('.facet[data-column="fund"] a[data-value="general_budget"]');
    await fund.click();
    await page.waitForURL(`${origin}${PATH}?fund=general_budget`);
    expect(await matching(page)).toBe(rows(TABLE).filter((r) => r.fund === "general_budget").length);
    expect(await matching(page)).toBe(111);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(SHOTS, "table-page-320.png"), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(trouble.errors).toEqual([]);
    expect(first.meta.tables.find((t) => t.id === TABLE)!.row_count).toBe(329);
    await page.close();
  }, 120_000);

  it("at 390 and 1280 px, in Chinese and English: the projects' names with their amounts in view, a row one line tall, the change beside the name", async () => {
    const page = await context.newPage();
    const trouble = watch(page);
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      await page.setViewportSize(viewport);
      for (const lang of ["", "/en"]) {
        for (const [table, amount] of [["projects", "current_year_amount"], ["project-changes", "change_amount"]] as const) {
          await page.goto(`${origin}${lang}/datasets/${DATASET}/tables/${table}`);
          const where = `${table} ${lang || "/"} ${viewport.width}`;
          // The first row's name and its amount are on the first screen, not scrolled away.
          const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
          const name = await box("#rows tbody tr:first-child th.label");
          const index = (await page.evaluate(`[...document.querySelectorAll("#rows thead th")].findIndex((th) => th.dataset.column === ${JSON.stringify(amount)})`)) as number;
          const cell = await box(`#rows tbody tr:first-child > :nth-child(${index + 1})`);
          expect({ where, nameInView: name.x >= 0 && name.x + 20 <= viewport.width, amountInView: cell.x + cell.width <= viewport.width }).toEqual({ where, nameInView: true, amountInView: true });
          // Every row one line tall: no taller than the header's single line plus a little.
          const heights = (await page.evaluate(`[...document.querySelectorAll("#rows tbody tr")].map((tr) => tr.getBoundingClientRect().height)`)) as number[];
          expect({ where, tallest: Math.max(...heights) < 45 }).toEqual({ where, tallest: true });
          await page.screenshot({ path: join(SHOTS, `table-${table}${lang ? "-en" : ""}-${viewport.width}.png`), fullPage: false });
        }
      }
    }
    // A row's long texts open with 展开, without script.
    await page.goto(`${origin}/datasets/${DATASET}/tables/projects`);
    await page.locator("#rows tbody tr:first-child td.more summary").click();
    await expect(page.locator("#rows tbody tr:first-child td.more dl.folded dt").first().innerText()).resolves.toBe("项目概况");
    expect(await violations(page)).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
