/** A rate limiter whose limit and clock the test controls: fixed windows, like the binding's. */
import type { RateLimiter } from "../../src/http/rate-limit";

export interface FakeLimiter extends RateLimiter {
  /** Moves the clock on. */
  advance(ms: number): void;
  /** Requests counted for a key in the current window. */
  count(key: string): number;
}

export function fakeLimiter(limit: number, periodMs: number): FakeLimiter {
  let now = 0;
  const windows = new Map<string, { start: number; count: number }>();
  const windowOf = (key: string) => {
    const start = Math.floor(now / periodMs) * periodMs;
    let w = windows.get(key);
    if (!w || w.start !== start) windows.set(key, (w = { start, count: 0 }));
    return w;
  };
  return {
    async limit({ key }) {
      const w = windowOf(key);
      w.count++;
      return { success: w.count <= limit };
    },
    advance(ms) {
      now += ms;
    },
    count(key) {
      return windowOf(key).count;
    },
  };
}
