/**
 * npx tsx scripts/bench/cpu-profile-top.ts FILE.cpuprofile [N] — the N (default 25) functions
 * of a V8 CPU profile (node --cpu-prof) with the most self time, then with the most total
 * time (self plus callees, each function counted once per sample however deep it recurses),
 * each as a share of the profile, with where the function is.
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = "25"] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx scripts/bench/cpu-profile-top.ts FILE.cpuprofile [N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** A function by name and place; an anonymous one also by the function that called it (tsx puts a module on one line, so the column is what tells two apart). */
const where = (n: Node): string => {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(/^.*?\/(scripts|src|node_modules)\//, "$1/");
  const caller = byId.get(parent.get(n.id) ?? -1);
  const name = n.callFrame.functionName || `(anonymous in ${caller?.callFrame.functionName || "?"})`;
  return `${name} ${url ? `${url}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}` : ""}`.trim();
};

// Each sample's time is the delta that follows it.
const selfTime = new Map<string, number>();
const totalTime = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  all += dt;
  const leaf = byId.get(id)!;
  selfTime.set(where(leaf), (selfTime.get(where(leaf)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
    const w = where(n);
    if (seen.has(w)) continue;
    seen.add(w);
    totalTime.set(w, (totalTime.get(w) ?? 0) + dt);
  }
});

const print = (title: string, m: Map<string, number>) => {
  console.log(`${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [w, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`  ${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / all).toFixed(1).padStart(5)}%  ${w}`);
};
print("self time", selfTime);
print("total time", totalTime);
