/**
 * Serves a bundled Worker with bare workerd on a loopback port (no wrangler dev proxy),
 * and measures the time from process start to the first 200.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

const WORKERD = resolve(import.meta.dirname, "../../node_modules/workerd/bin/workerd");

export interface Served {
  url: string;
  startupMs: number;
  /** The workerd process (its memory is read from /proc/<pid>/status by the soak test). */
  pid: number;
  stop(): Promise<void>;
}

/** A free loopback port (asked of the OS, then released for workerd). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Writes a workerd config serving `dir/main` (an ES module with the given other modules) on `port`. */
function writeConfig(dir: string, main: string, port: number, compatibilityDate: string, v8Flags: readonly string[]): string {
  // wrangler writes non-JS modules (the compressed data) beside the script.
  const data = readdirSync(dir).filter((f) => f.endsWith(".gz")).map((f) => `, (name = "${f}", data = embed "${f}")`).join("");
  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],${v8Flags.length ? `\n  v8Flags = [ ${v8Flags.map((f) => JSON.stringify(f)).join(", ")} ],` : ""}
);
const worker :Workerd.Worker = (
  modules = [ (name = "${main}", esModule = embed "${main}")${data} ],
  compatibilityDate = "${compatibilityDate}",
);
`;
  const path = join(dir, `workerd-${port}.capnp`);
  writeFileSync(path, config);
  return path;
}

/** Serves `dir/main` on `port` once `probePath` answers 200; `v8Flags` go to every isolate (e.g. a heap limit). */
export async function serve(dir: string, main: string, port: number, probePath: string, compatibilityDate: string, v8Flags: readonly string[] = []): Promise<Served> {
  const config = writeConfig(dir, main, port, compatibilityDate, v8Flags);
  const started = performance.now();
  const child: ChildProcess = spawn(WORKERD, ["serve", config, "--experimental"], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + 30_000;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited: ${stderr}`);
    try {
      const r = await fetch(url + probePath);
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`workerd did not answer 200 on ${probePath} within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const startupMs = performance.now() - started;
  return { url, startupMs, pid: child.pid!, stop };
}
