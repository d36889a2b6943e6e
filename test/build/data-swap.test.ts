import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileSystem, recoverInterruptedSwap, replaceDataFolder, type DataFiles, type SwapSteps } from "../../scripts/pipeline/emit";
import { DATA_FILE, ROOT, SEEDS } from "./seed-fixtures";

const OLD: DataFiles = { "datasets.json": '{"build":"old"}\n', "datasets.json.gz": new Uint8Array([1, 2, 3]), "catalog.json": '{"catalog":"old"}\n' };
const NEW: DataFiles = { "datasets.json": '{"build":"new"}\n', "datasets.json.gz": new Uint8Array([4, 5, 6, 7]), "catalog.json": '{"catalog":"new"}\n' };

/** A data folder holding the old build, alone in a fresh parent folder. */
function oldDataFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "swap-")), "data");
  mkdirSync(dir);
  for (const [name, content] of Object.entries(OLD)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Which build the folder holds: all of one, none, or a mix. */
function holds(dir: string, builds: Record<string, DataFiles> = { old: OLD, new: NEW }): string {
  if (!existsSync(dir)) return "missing";
  const names = readdirSync(dir).sort();
  for (const [label, files] of Object.entries(builds)) {
    const same = names.join() === Object.keys(files).sort().join() && names.every((n) => readFileSync(join(dir, n)).equals(Buffer.from(files[n]!)));
    if (same) return label;
  }
  return `mixed: ${names.join(", ")}`;
}

/** What the swap left beside the folder (its new and old copies). */
function leftovers(dir: string): string[] {
  return readdirSync(dirname(dir)).filter((f) => f !== basename(dir));
}

describe("replacing data/ as a whole", () => {
  it("writes all files of a build into a folder that did not exist, and then reports nothing to do", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "swap-")), "data");
    expect(replaceDataFolder(dir, NEW)).toBe(true);
    expect(holds(dir)).toBe("new");
    expect(replaceDataFolder(dir, NEW)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it("replaces an old build, leaving nothing beside the folder", () => {
    const dir = oldDataFolder();
    expect(replaceDataFolder(dir, NEW)).toBe(true);
    expect(holds(dir)).toBe("new");
    expect(leftovers(dir)).toEqual([]);
  });

  it("leaves data/ entirely old when the last step (the new folder into place) fails", () => {
    const dir = oldDataFolder();
    const renames: string[] = [];
    const steps: SwapSteps = {
      ...fileSystem,
      rename(from, to) {
        renames.push(`${basename(from)} → ${basename(to)}`);
        if (to === dir && basename(from).startsWith(".data.new-")) throw new Error("EIO: simulated failure of the last rename");
        fileSystem.rename(from, to);
      },
    };
    expect(() => replaceDataFolder(dir, NEW, steps)).toThrow("EIO: simulated failure of the last rename");
    expect(renames).toEqual([`data → .data.old-${process.pid}`, `.data.new-${process.pid} → data`, `.data.old-${process.pid} → data`]);
    expect(holds(dir)).toBe("old");
    expect(leftovers(dir)).toEqual([]);
  });

  it("leaves data/ entirely old or entirely new, once the next build starts, when a build dies at any step", () => {
    const outcomes: string[] = [];
    for (let survive = 0; ; survive++) {
      const dir = oldDataFolder();
      let calls = 0;
      let dead = false;
      /** Every call after the first `survive` fails, as if the process had died there; a write dies half done. */
      const dying = <A extends unknown[]>(step: (...args: A) => void, partial?: (...args: A) => void) => (...args: A) => {
        if (!dead && calls++ < survive) return step(...args);
        if (!dead) partial?.(...args);
        dead = true;
        throw new Error("died");
      };
      const steps: SwapSteps = {
        rename: dying(fileSystem.rename),
        remove: dying(fileSystem.remove),
        writeFile: dying(fileSystem.writeFile, (path, content) => writeFileSync(path, Buffer.from(content).subarray(0, 1))),
      };
      let finished = false;
      try {
        finished = replaceDataFolder(dir, NEW, steps);
      } catch (e) {
        expect((e as Error).message).toBe("died");
      }
      // Right after death the folder is whole (old or new) or, between the two renames, absent with the old copy beside it.
      const atDeath = holds(dir);
      if (atDeath === "missing") expect(leftovers(dir)).toContain(`.data.old-${process.pid}`);
      else expect(["old", "new"]).toContain(atDeath);
      recoverInterruptedSwap(dir);
      const recovered = holds(dir);
      expect(["old", "new"]).toContain(recovered);
      expect(leftovers(dir)).toEqual([]);
      outcomes.push(`${atDeath}→${recovered}`);
      if (finished) break;
    }
    // Writes (3), new folder in, old folder out: every step was a place to die.
    expect(outcomes).toEqual(["old→old", "old→old", "old→old", "old→old", "missing→old", "new→new", "new→new", "new→new"]);
  });

  it("refuses to replace a folder holding files the build did not write, and leaves them", () => {
    const dir = oldDataFolder();
    writeFileSync(join(dir, "notes.md"), "mine");
    expect(() => replaceDataFolder(dir, NEW)).toThrow(`${dir}:-: [output] holds files the build did not write (notes.md); the build replaces this folder as a whole, so give it a folder of its own`);
    expect(readFileSync(join(dir, "notes.md"), "utf8")).toBe("mine");
    expect(readFileSync(join(dir, "datasets.json"), "utf8")).toBe(OLD["datasets.json"]);
  });

  it("refuses a data folder that is a link, rather than replacing the link by a folder", () => {
    const target = oldDataFolder();
    const link = join(dirname(target), "linked");
    symlinkSync(target, link);
    expect(() => replaceDataFolder(link, NEW)).toThrow(`${link}:-: [output] is not a folder (a link or a file?); the build replaces the data folder as a whole`);
    expect(holds(target)).toBe("old");
  });
});

describe("npm run build:data replacing data/", () => {
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const built: DataFiles = Object.fromEntries(["datasets.json", "datasets.json.gz", "catalog.json"].map((f) => [f, readFileSync(join(dirname(DATA_FILE), f))]));

  it("refuses an output folder that holds the seeds, instead of deleting them", () => {
    const parent = mkdtempSync(join(tmpdir(), "shared-"));
    cpSync(SEEDS, join(parent, "seeds"), { recursive: true });
    const r = spawnSync(process.execPath, [tsx, join(ROOT, "scripts", "build-data.ts"), join(parent, "seeds"), join(parent, "datasets.json")], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${parent}:-: [output] holds files the build did not write (seeds); the build replaces this folder as a whole, so give it a folder of its own\nbuild failed; data/ left as it was\n`,
    );
    expect(readdirSync(parent)).toEqual(["seeds"]);
    expect(readdirSync(join(parent, "seeds")).sort()).toEqual(readdirSync(SEEDS).sort());
  }, 60_000);

  it("leaves one build's three files, never a mix, when the build is killed at any moment", async () => {
    const outcomes = new Set<string>();
    for (const delay of [200, 600, 1000, 1400, 1800, 2600]) {
      const dir = oldDataFolder();
      const child = spawn(process.execPath, [tsx, join(ROOT, "scripts", "build-data.ts"), SEEDS, join(dir, "datasets.json")], { stdio: "ignore" });
      const exited = new Promise((r) => child.once("exit", r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await exited;
      recoverInterruptedSwap(dir);
      const now = holds(dir, { old: OLD, new: built });
      outcomes.add(now);
      expect(["old", "new"]).toContain(now);
      expect(leftovers(dir)).toEqual([]);
    }
    console.log(`killed builds left: ${[...outcomes].join(", ")}`);
  }, 60_000);
});
