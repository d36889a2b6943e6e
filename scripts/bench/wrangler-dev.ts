/** `wrangler dev` on a loopback port for a project folder, up once `probe` answers 200; the benchmarks' way to get local R2 or D1. */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
export const QUIET = { CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true", XDG_CONFIG_HOME: join(ROOT, ".wrangler-home") };

export async function devServer(project: string, port: number, args: readonly string[], probe = "/v1"): Promise<{ url: string; stop(): Promise<void> }> {
  const wrangler = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  const child = spawn(process.execPath, [wrangler, "dev", "--ip", "127.0.0.1", "--port", String(port), ...args], { cwd: project, env: { ...process.env, ...QUIET }, stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(url + probe);
      await r.arrayBuffer();
      if (r.status === 200) return { url, stop };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev ${args.join(" ")} did not start`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
