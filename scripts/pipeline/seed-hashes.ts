/**
 * Each seed's SHA-256, remembered in the build cache against the file's size, modification
 * time (nanoseconds) and inode, so that a build of ten thousand unchanged documents does not
 * read and hash 17 GB to learn that nothing changed (git's index does the same). A file whose
 * stat differs in any of these is read and hashed again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readSeedBytes } from "./read-seed";

type Remembered = Record<string, [size: string, mtimeNs: string, ino: string, sha: string]>;

export class SeedHashes {
  private readonly path: string;
  private readonly known: Remembered;
  private readonly seen: Remembered = {};

  constructor(cacheDir: string) {
    this.path = join(cacheDir, "seed-hashes.json");
    let known: Remembered = {};
    try {
      known = JSON.parse(readFileSync(this.path, "utf8")) as Remembered;
    } catch {
      // None yet, or unreadable: every seed is hashed.
    }
    this.known = known;
  }

  /** The SHA-256 (hex) of the seed at `path`. */
  sha(path: string, file: string): string {
    const s = statSync(path, { bigint: true });
    const stamp = [String(s.size), String(s.mtimeNs), String(s.ino)] as const;
    const was = this.known[path];
    const sha = was && was[0] === stamp[0] && was[1] === stamp[1] && was[2] === stamp[2] ? was[3] : createHash("sha256").update(readSeedBytes(path, file)).digest("hex");
    this.seen[path] = [...stamp, sha];
    return sha;
  }

  /** Keeps what this build saw (only the seeds it read: a folder's list follows the folder). */
  save(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.seen));
    renameSync(tmp, this.path);
  }
}
