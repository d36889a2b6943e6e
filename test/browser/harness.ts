/**
 * What the browser tests share: Debian's chromium (through playwright-core) against the
 * bundled Worker on bare workerd (served once for the node project by served-worker.ts), and the checks they make of a page (console errors, CSP
 * violations, sideways scrolling, clipped chart labels, axe-core).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test-results");
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export type Row = Record<string, string | number | null>;
export const data = JSON.parse(readFileSync(join(ROOT, "data/datasets.json"), "utf8")) as {
  datasets: { meta: { id: string; tables: { id: string; row_count: number }[]; checks_summary: { total: number } }; tables: Record<string, Row[]> }[];
};
export const first = data.datasets[0]!;
export const DATASET = first.meta.id;
export const rows = (t: string) => first.tables[t] ?? [];

/** The page's own number format, re-derived here: grouped thousands, the decimals the figure has. */
export function wan(x: number): string {
  const cents = Math.round(x * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = String(cents % 100).padStart(2, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole;
}

/** Why the browser tests cannot run here, or null. */
export const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} (Debian package chromium)`;
if (missing) {
  console.warn(`\n${"!".repeat(78)}\n!!! BROWSER TEST SKIPPED: ${missing} is not installed.\n!!! Install it with: apt-get install -y chromium fonts-noto-cjk (.ci/run does this as root).\n${"!".repeat(78)}\n`);
}

export function fontsMissing(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim() === "";
  } catch {
    return true;
  }
}

/** Console errors, uncaught exceptions and CSP violations of a page. */
export interface Trouble {
  errors: string[];
}

export function watch(page: Page): Trouble {
  const trouble: Trouble = { errors: [] };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") trouble.errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => trouble.errors.push(`pageerror: ${e.message}`));
  return trouble;
}

/** CSP violations seen by the page (the listener is installed before any page script or style). */
export async function violations(page: Page): Promise<string[]> {
  return (await page.evaluate("window.__csp ?? ['no listener']")) as string[];
}

/** Whether the page is no wider than the viewport (no sideways scrolling). Scripts are strings: this project has no DOM types. */
export async function fitsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")) as boolean;
}

/** Chart labels that stick out of their SVG (they would be clipped): none should. */
export async function clippedLabels(page: Page): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelectorAll(".chart svg[role=img] text")]
    .filter((t) => getComputedStyle(t).display !== "none")
    .filter((t) => { const s = t.ownerSVGElement.getBoundingClientRect(); const r = t.getBoundingClientRect(); return r.right > s.right + 0.5 || r.left < s.left - 0.5; })
    .map((t) => t.textContent)`)) as string[];
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A/AA violations found by axe-core (injected over the DevTools protocol, which the CSP does not govern). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
      .then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length + " × " + v.nodes[0].target.join(" ")))`,
  )) as string[];
  return found;
}

const LISTEN_CSP = `window.__csp = []; document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`;

/** The served Worker's origin and a browser on it; close() stops the browser and removes the scratch folder. */
export interface Browsing {
  origin: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Opens chromium at the desktop size on the bundled Worker served by served-worker.ts (screenshots go to SHOTS). */
export async function openBrowser(prefix: string): Promise<Browsing> {
  if (fontsMissing()) console.warn("\n!!! No Chinese font (fonts-noto-cjk): the screenshots in test-results/ will show boxes for Chinese text.\n");
  const work = mkdtempSync(join(tmpdir(), prefix));
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(join(work, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      viewport: DESKTOP,
      acceptDownloads: true,
      locale: "zh-CN",
    });
    await context.addInitScript(LISTEN_CSP);
    mkdirSync(SHOTS, { recursive: true });
    return { origin: inject("servedWorker"), context, close };
  } catch (e) {
    await close();
    throw e;
  }
}
