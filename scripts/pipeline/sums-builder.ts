/**
 * A family's sums over every dataset of a build (what a cross-dataset aggregate on R2 reads),
 * added one dataset at a time in catalogue order: each value tuple is stored once, a dataset's
 * sums as numbers, and the rollup by year and kind kept as it grows. The build holds these
 * instead of every dataset's summary.
 */
import type { PublishedValue } from "../../src/schema/bundle";
import type { FamilyRollup, FamilySums, StoredSum, SumFamily } from "../../src/data/stored-sums";
import type { SumRow } from "../../src/query/fact-sums";

const addCents = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

export class FamilySumsBuilder {
  private readonly keys: PublishedValue[][] = [];
  private readonly index = new Map<string, number>();
  private readonly perDataset: StoredSum[][] = [];
  private readonly rolled = new Map<string, [number, string, number, number | null, number]>();

  constructor(readonly family: SumFamily) {}

  private keyOf(r: SumRow): number {
    const tuple = [r.direction, ...r.values];
    const k = JSON.stringify(tuple);
    let i = this.index.get(k);
    if (i === undefined) this.index.set(k, (i = this.keys.push(tuple) - 1));
    return i;
  }

  /** The next dataset's sums (sumFacts of its facts by this family). */
  add(year: number, kind: string, sums: readonly SumRow[]): void {
    const stored = sums.map((r): StoredSum => [this.keyOf(r), r.cents, r.count]);
    for (const [k, c, n] of stored) {
      const id = `${year}\u0000${kind}\u0000${k}`;
      const g = this.rolled.get(id);
      if (g) {
        g[3] = addCents(g[3], c);
        g[4] += n;
      } else this.rolled.set(id, [year, kind, k, c, n]);
    }
    this.perDataset.push(stored);
  }

  /** The stored sums and rollup, the datasets named by their ids (in the order they were added). */
  result(ids: readonly string[]): { sums: FamilySums; rollup: FamilyRollup } {
    if (ids.length !== this.perDataset.length) throw new Error(`${ids.length} ids for ${this.perDataset.length} datasets' sums`);
    const head = { format: 1 as const, family: this.family.name, columns: this.family.columns };
    return { sums: { ...head, keys: this.keys, datasets: this.perDataset.map((s, i) => [ids[i]!, s]) }, rollup: { ...head, keys: this.keys, groups: [...this.rolled.values()] } };
  }
}
