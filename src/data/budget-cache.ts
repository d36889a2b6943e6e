/**
 * A per-isolate cache of loaded values under a budget of bytes. Every entry costs a fixed
 * overhead (its key, the map's slot, the promise) from the moment it is kept, and its value's
 * size once loaded: a value of 0 bytes (a search pair that stands nowhere) still costs the
 * overhead, so endless distinct misses evict one another instead of growing the isolate.
 * The least recently used entries go first; failed loads are not kept (a later request retries).
 */

/** What an entry costs besides its value: measured as about 200 bytes of heap per kept promise and key. */
export const ENTRY_OVERHEAD = 256;

export class BudgetCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; cost: number }>();
  private used = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The value kept for `key`, or `load()`'s, kept. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: Maps iterate in insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry = { value: load(), cost: ENTRY_OVERHEAD + key.length * 2 };
    this.entries.set(key, entry);
    this.used += entry.cost;
    this.evict(key);
    entry.value.then(
      (v) => {
        if (this.entries.get(key) !== entry) return;
        const size = this.sizeOf(v);
        entry.cost += size;
        this.used += size;
        this.evict(key);
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    return entry.value;
  }

  /** The value kept for `key`, if any, without loading it or counting it as used. */
  peek(key: string): Promise<V> | undefined {
    return this.entries.get(key)?.value;
  }

  /** Entries kept and the bytes they are counted for (tests and the soak read these). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.used };
  }

  private remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.used -= e.cost;
  }

  /** Drops the least recently used entries until the budget holds (never `keep`, the one just used). */
  private evict(keep: string): void {
    for (const k of this.entries.keys()) {
      if (this.used <= this.budget) return;
      if (k !== keep) this.remove(k);
    }
  }
}
