/**
 * npm run fuzz:seeds — builds N simulated variants of the real seed with every artefact kind
 * (FUZZ_SEEDS_N, default 500; seeds 1…N) and reports how many built and how many published exactly
 * the real seed's data mapped through their changes. Exits non-zero unless all matched.
 * FUZZ_SEEDS_ARTEFACTS=labels,noise (or "none") limits the artefact kinds, to work through them one by one.
 * Besides the PDF artefacts, the kinds filled (the empty tables filled, layout drawn per seed), units (a
 * department of 2 or 3 units) and encoding (BOM and/or CRLF) change the document itself (filled-cases.ts).
 */
import { resolve } from "node:path";
import { loadRealSeed, runVariant, type VariantResult } from "./run-variant";
import { kindOptions, VARIANT_KINDS, type VariantKind } from "./filled-cases";
import { ARTEFACT_KINDS } from "./simulate";

const n = Number(process.env.FUZZ_SEEDS_N ?? "500");
if (!Number.isInteger(n) || n < 1) throw new Error(`FUZZ_SEEDS_N must be a positive integer, not ${process.env.FUZZ_SEEDS_N}`);
const real = loadRealSeed(resolve(import.meta.dirname, "../../seeds"));
const KINDS: readonly string[] = [...ARTEFACT_KINDS, ...VARIANT_KINDS];
const chosen = (process.env.FUZZ_SEEDS_ARTEFACTS ?? KINDS.join(",")).split(",").filter((k) => k && k !== "none");
const unknown = chosen.filter((k) => !KINDS.includes(k));
if (unknown.length) throw new Error(`FUZZ_SEEDS_ARTEFACTS: unknown kind ${unknown.join(", ")} (kinds: ${KINDS.join(", ")})`);
const artefacts = Object.fromEntries(chosen.filter((k) => (ARTEFACT_KINDS as readonly string[]).includes(k)).map((k) => [k, true]));
const variantKinds = chosen.filter((k): k is VariantKind => (VARIANT_KINDS as readonly string[]).includes(k));

let built = 0;
let matched = 0;
let firstFailure: VariantResult | null = null;
const errors = new Map<string, number>();
for (let seed = 1; seed <= n; seed++) {
  const r = runVariant(real, { seed, artefacts, ...kindOptions(variantKinds, seed) });
  if (r.built) built++;
  if (r.matched) matched++;
  else {
    firstFailure ??= r;
    // Group failures by rule (build errors) or by table.field (mismatches), so a run shows what is left to repair.
    const key = r.error ? (/\[([^\]]+)\]/.exec(r.error)?.[1] ?? "error") : r.differences.length ? `mismatch ${r.differences[0]!.table}.${r.differences[0]!.field}` : "manual-count";
    errors.set(key, (errors.get(key) ?? 0) + 1);
  }
}
console.log(`kinds: ${chosen.join(", ") || "none"}`);
console.log(`built ${built}/${n}, matched ${matched}/${n}`);
if (firstFailure) {
  console.log(`failures by first cause: ${[...errors].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`).join(", ")}`);
  console.log(`first failure:\n${firstFailure.report}`);
  process.exitCode = 1;
}
