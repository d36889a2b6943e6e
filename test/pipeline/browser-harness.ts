/**
 * The browser tests' harness (as in browser-pages.test.ts): the bundled Worker on bare
 * workerd, Debian's chromium through playwright-core with a CSP-violation listener, and
 * what a test asks of a page (errors, CSP violations, width, accessibility).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { bundle, compatibilityDate } from "../../scripts/bench/bundle";
import { serve, type Served } from "../../scripts/bench/workerd";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test-results");
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Why the browser tests cannot run here, or null. */
export const browserMissing = existsSync(CHROMIUM) ? null : `${CHROMIUM} (Debian package chromium)`;

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

const LISTEN_CSP = `window.__csp = []; document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`;

export interface Harness {
  origin: string;
  context: BrowserContext;
  stop(): Promise<void>;
}

/** Bundles the Worker, serves it on workerd and opens chromium (slow: give the hook a generous timeout). */
export async function startHarness(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), "pages-browser-"));
  let server: Served | undefined;
  let context: BrowserContext | undefined;
  try {
    const built = bundle(ROOT, join(work, "dist"));
    server = await serve(built.dir, built.main, await freePort(), "/v1", compatibilityDate(ROOT));
    context = await chromium.launchPersistentContext(join(work, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      viewport: DESKTOP,
      locale: "zh-CN",
    });
    await context.addInitScript(LISTEN_CSP);
  } catch (e) {
    await context?.close();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  const ctx = context;
  const srv = server;
  return {
    origin: srv.url,
    context: ctx,
    async stop() {
      await ctx.close();
      await srv.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Console errors and warnings, and uncaught exceptions, of a page. */
export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** CSP violations seen by the page (the listener is installed before anything of the page runs). */
export async function violations(page: Page): Promise<string[]> {
  return (await page.evaluate("window.__csp ?? ['no listener']")) as string[];
}

/** Whether the page is no wider than the viewport. Scripts are strings: this project has no DOM types. */
export async function fitsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")) as boolean;
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A/AA violations found by axe-core (injected over the DevTools protocol, which the CSP does not govern). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return (await page.evaluate(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
      .then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length + " × " + v.nodes[0].target.join(" ")))`,
  )) as string[];
}
