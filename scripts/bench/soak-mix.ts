/**
 * The soak test's traffic: ordinary requests of every kind, and the hostile ones a client
 * could send to exhaust the Worker (each made distinct by a counter, so the response cache
 * never answers them twice): long URLs, long distinct Accept headers, pages with a query,
 * long ids, many search words, long _sort lists, too many or too long parameters.
 */

export interface SoakRequest {
  kind: string;
  path: string;
  headers: Record<string, string>;
  /** The statuses this kind may answer with (anything else is counted as unexpected). */
  expect: readonly number[];
}

type Make = (n: number) => Omit<SoakRequest, "kind">;

const enc = encodeURIComponent;
const html = { Accept: "text/html" };

/** A CJK character per n, so distinct requests search for distinct words. */
const han = (n: number) => String.fromCharCode(0x4e00 + (n % 20000));

/** 50 CJK characters drawn by a PRNG seeded with n: a word that stands nowhere, of 49 distinct pairs. */
function randomWord(n: number): string {
  let x = (n * 2654435761) >>> 0 || 1;
  let out = "";
  for (let i = 0; i < 50; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode(0x4e00 + ((x >>> 0) % 20000));
  }
  return out;
}

/** Kinds of request with their weights in the mix; `randomWords` adds searches of random 50-character words (the R2 mode). */
export function soakMix(dataset: string, randomWords = false): { kind: string; weight: number; make: Make }[] {
  const d = `/v1/datasets/${dataset}`;
  return [
    ...(randomWords ? [{ kind: "random 50-character word", weight: 12, make: (n: number) => ({ path: `/v1/search?q=${enc(`${randomWord(n)} 项目 项目 项目`)}`, headers: {}, expect: [200] }) }] : []),
    // Ordinary traffic: the endpoints of npm run bench, and a few distinct queries that miss the cache.
    { kind: "table JSON", weight: 6, make: () => ({ path: `${d}/tables/projects`, headers: {}, expect: [200] }) },
    { kind: "table CSV", weight: 3, make: () => ({ path: `${d}/tables/projects.csv`, headers: {}, expect: [200] }) },
    { kind: "filtered + sorted", weight: 4, make: (n) => ({ path: `${d}/tables/project-indicators?level1=${enc("产出目标")}&target_value__gte=${n % 100}&_sort=-target_value,id`, headers: {}, expect: [200] }) },
    { kind: "aggregate", weight: 3, make: () => ({ path: `${d}/aggregate?_group=class_code&_sort=-amount`, headers: {}, expect: [200] }) },
    { kind: "aggregate across datasets", weight: 2, make: (n) => ({ path: `/v1/aggregate?year=${2000 + (n % 40)}&_group=dataset,spending`, headers: {}, expect: [200] }) },
    { kind: "table page", weight: 2, make: (n) => ({ path: `/datasets/${dataset}/tables/budget-lines?amount__gte=${n % 500}&_sort=-amount`, headers: html, expect: [200] }) },
    { kind: "XLSX", weight: 1, make: () => ({ path: `${d}/tables/project-indicators.xlsx?project_id=p01`, headers: {}, expect: [200] }) },
    { kind: "search", weight: 3, make: () => ({ path: `/v1/search?q=${enc("满意")}`, headers: {}, expect: [200] }) },
    { kind: "search, distinct", weight: 2, make: (n) => ({ path: `/v1/search?q=${enc(`${han(n)}${han(n + 1)} ${han(n + 7)}${han(n + 8)}`)}`, headers: {}, expect: [200] }) },
    { kind: "row", weight: 2, make: () => ({ path: `${d}/tables/projects/rows/p01`, headers: {}, expect: [200] }) },
    { kind: "page /", weight: 3, make: () => ({ path: "/", headers: html, expect: [200] }) },
    { kind: "project page", weight: 2, make: (n) => ({ path: `/datasets/${dataset}/projects/p${String((n % 25) + 1).padStart(2, "0")}`, headers: html, expect: [200] }) },
    // Hostile traffic.
    { kind: "overlapping sum", weight: 2, make: (n) => ({ path: `${d}/aggregate?direction__in=revenue,expenditure&_group=${n % 2 ? "class_code" : "fund"}`, headers: {}, expect: [400] }) },
    { kind: "long URL", weight: 4, make: (n) => ({ path: `${d}/tables/projects?_size=1&${Array.from({ length: 7 }, (_, j) => `name__ne=${n}-${j}-${"a".repeat(980)}`).join("&")}`, headers: {}, expect: [200] }) },
    { kind: "long Accept", weight: 4, make: (n) => ({ path: `${d}/tables/projects?_size=2`, headers: { Accept: `application/json, ${Array.from({ length: 200 }, (_, j) => `x-${n}/y-${j};q=0.5`).join(", ")}`.slice(0, 4096) }, expect: [200] }) },
    { kind: "Accept too long", weight: 2, make: (n) => ({ path: `${d}/tables/projects?_size=2`, headers: { Accept: `application/json, ${Array.from({ length: 400 }, (_, j) => `x-${n}/y-${j};q=0.5`).join(", ")}` }, expect: [431] }) },
    { kind: "page ?x=N", weight: 4, make: (n) => ({ path: `/?x=${n}`, headers: html, expect: [400] }) },
    { kind: "long id", weight: 3, make: (n) => ({ path: `/v1/datasets/${n}${"2".repeat(8100)}`, headers: {}, expect: [404, 414] }) },
    { kind: "many search words", weight: 3, make: (n) => ({ path: `/v1/search?q=${enc(Array.from({ length: 100 }, (_, j) => han(n + j)).join(" "))}`, headers: {}, expect: [400] }) },
    { kind: "long _sort", weight: 3, make: (n) => ({ path: `${d}/tables/budget-lines?_sort=${Array(330).fill(`x${n % 10}`).join(",").slice(0, 999)}`, headers: {}, expect: [400] }) },
    { kind: "too many parameters", weight: 2, make: (n) => ({ path: `${d}/tables/projects?${Array.from({ length: 40 }, (_, j) => `name__ne=${n}-${j}`).join("&")}`, headers: {}, expect: [400] }) },
    { kind: "URL too long", weight: 2, make: (n) => ({ path: `${d}/tables/projects?name__contains=${n}${enc("长".repeat(3000))}`, headers: {}, expect: [414] }) },
  ];
}

/** An endless, deterministic sequence of requests drawn from the mix by weight (only `kinds`, when given). */
export function soakRequests(dataset: string, kinds?: readonly string[], randomWords = false): () => SoakRequest {
  const mix = soakMix(dataset, randomWords).filter((m) => !kinds || kinds.includes(m.kind));
  if (mix.length === 0) throw new Error(`no request kind among ${kinds?.join(", ")}`);
  const wheel = mix.flatMap((m) => Array<typeof m>(m.weight).fill(m));
  let n = 0;
  return () => {
    const m = wheel[n % wheel.length]!;
    n++;
    return { kind: m.kind, ...m.make(n) };
  };
}
