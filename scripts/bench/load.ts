/** Drives one URL with autocannon on loopback, bounded in time and connections. */
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
}

export async function load(url: string, seconds: number, connections: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const r = await autocannon({ url, duration: seconds, connections, pipelining: 1, headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
  };
}
