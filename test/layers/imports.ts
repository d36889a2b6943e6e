/**
 * Every project import of every source file, resolved to the file it names.
 *
 * TypeScript 7 (the installed compiler) is a native binary whose JS API is still
 * `unstable/` and talks to a child process, so this reads imports with a small scanner
 * and resolves them the way `moduleResolution: "bundler"` does for this repo's
 * specifiers: relative paths without extensions, to `.ts`, `.tsx`, `.d.ts`, `.json` or
 * a folder's `index`. Packages (`hono`, `node:fs`) are not project files and are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export type SourceFile = { path: string; text: string };
export type Import = { from: string; to: string; line: number; typeOnly: boolean };

const SOURCE = /\.(ts|tsx)$/;

/** The `.ts`/`.tsx` files under `dirs` (relative to `root`), with their text. */
export function readSources(root: string, dirs: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name)) files.push({ path, text: readFileSync(join(root, path), "utf8") });
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}

// Block and line comments go first, so a commented-out import is not read as one. String
// contents are kept: "//" inside a URL literal must not start a comment.
function withoutComments(text: string): string {
  return text.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (match, literal: string | undefined) =>
    literal ?? match.replace(/[^\n]/g, " "),
  );
}

// `import … from "x"`, `export … from "x"` and `import "x"` open a statement; `import("x")`
// (a dynamic import or an `import("x").T` type query) can sit anywhere.
const STATIC = /^[ \t]*(import|export)\b(\s+type\b)?([^;"'`]*?\bfrom)?\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** The specifiers a file imports, with the line of each. */
export function specifiersOf(text: string): { specifier: string; line: number; typeOnly: boolean }[] {
  const code = withoutComments(text);
  const found: { specifier: string; line: number; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(STATIC)) {
    if (m[1] === "export" && m[3] === undefined) continue; // `export const x = "…"` is not an import
    found.push({ specifier: m[4], line: lineOf(code, m.index), typeOnly: m[2] !== undefined });
  }
  for (const m of code.matchAll(DYNAMIC)) found.push({ specifier: m[1], line: lineOf(code, m.index), typeOnly: false });
  return found;
}

const CANDIDATES = ["", ".ts", ".tsx", ".d.ts", "/index.ts", "/index.tsx"];

/** The project file a relative specifier names, relative to `root`; undefined for packages. */
export function resolveSpecifier(root: string, from: string, specifier: string, exists: (path: string) => boolean = (p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile()): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = relative(root, resolve(root, dirname(from), specifier));
  for (const suffix of CANDIDATES) if (exists(base + suffix)) return base + suffix;
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** Every project import of `files`, resolved. */
export function importsOf(files: readonly SourceFile[], resolveIn: (from: string, specifier: string) => string | undefined): Import[] {
  return files.flatMap((file) =>
    specifiersOf(file.text).flatMap(({ specifier, line, typeOnly }) => {
      const to = resolveIn(file.path, specifier);
      return to === undefined ? [] : [{ from: file.path, to, line, typeOnly }];
    }),
  );
}
