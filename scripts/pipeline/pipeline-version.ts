/**
 * The pipeline's own version: a hash of the source of every module a dataset's output
 * depends on (the import closure of the modules given, followed through relative imports),
 * and of the runtime dependencies' versions. A cached output is reused only under the same
 * version, so changing a rule, a schema or a renderer of the objects rebuilds every dataset.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const IMPORT = /(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g;
const CANDIDATES = ["", ".ts", ".tsx", "/index.ts"];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  for (const ext of CANDIDATES) if (existsSync(base + ext) && (ext || /\.(ts|tsx|json|csv)$/.test(base))) return base + ext;
  return null;
}

/** Every module reachable from `entries` by relative imports, sorted. */
export function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2]!);
      if (target && !seen.has(target)) stack.push(target);
    }
  }
  return [...seen].sort();
}

/** 16 hex digits standing for the modules' source and the dependencies' versions in package.json. */
export function pipelineVersion(root: string, entries: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of importClosure(entries)) hash.update(relative(root, file)).update("\u0000").update(readFileSync(file)).update("\u0000");
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  return hash.digest("hex").slice(0, 16);
}
