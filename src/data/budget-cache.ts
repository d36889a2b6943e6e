/**
 * A per-isolate cache of loaded values under a budget of bytes. Every entry costs a fixed
 * overhead (its key, the map's slot, the promise) from the moment it is kept, and its value's
 * size once loaded: a value of 0 bytes (a search pair that stands nowhere) still costs the
 * overhead, so endless distinct misses evict one another instead of growing the isolate.
 * The least recently used entries go first; failed loads are not kept (a later request retries).
 *
 * Recency is a linked list, not the Map's insertion order: a new iterator over a Map starts at
 * its first slot and steps over the slots of every entry deleted since V8 last compacted it, a
 * cost a cache that evicts on every insertion would pay each time; the list's oldest is at hand.
 */

/** What an entry costs besides its value: about 200 bytes of heap per kept promise, node and key. */
export const ENTRY_OVERHEAD = 256;

interface Node<V> {
  key: string;
  value: Promise<V>;
  cost: number;
  older: Node<V> | null;
  newer: Node<V> | null;
}

export class BudgetCache<V> {
  private readonly nodes = new Map<string, Node<V>>();
  private oldest: Node<V> | null = null;
  private newest: Node<V> | null = null;
  private used = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The value kept for `key`, or `load()`'s, kept. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.nodes.get(key);
    if (hit) {
      this.unlink(hit);
      this.append(hit);
      return hit.value;
    }
    const node: Node<V> = { key, value: load(), cost: ENTRY_OVERHEAD + key.length * 2, older: null, newer: null };
    this.nodes.set(key, node);
    this.append(node);
    this.used += node.cost;
    this.evict(node);
    node.value.then(
      (v) => {
        if (this.nodes.get(key) !== node) return;
        const size = this.sizeOf(v);
        node.cost += size;
        this.used += size;
        this.evict(node);
      },
      () => {
        if (this.nodes.get(key) === node) this.remove(node);
      },
    );
    return node.value;
  }

  /** The value kept for `key`, if any, without loading it or counting it as used. */
  peek(key: string): Promise<V> | undefined {
    return this.nodes.get(key)?.value;
  }

  /** Entries kept and the bytes they are counted for (tests and the soak read these). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.nodes.size, bytes: this.used };
  }

  private append(node: Node<V>): void {
    node.older = this.newest;
    node.newer = null;
    if (this.newest) this.newest.newer = node;
    else this.oldest = node;
    this.newest = node;
  }

  private unlink(node: Node<V>): void {
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    if (node.newer) node.newer.older = node.older;
    else this.newest = node.older;
    node.older = node.newer = null;
  }

  private remove(node: Node<V>): void {
    this.nodes.delete(node.key);
    this.unlink(node);
    this.used -= node.cost;
  }

  /** Drops the least recently used entries until the budget holds (never `keep`, the one just used). */
  private evict(keep: Node<V>): void {
    for (let n = this.oldest; n && this.used > this.budget; ) {
      const newer = n.newer;
      if (n !== keep) this.remove(n);
      n = newer;
    }
  }
}
