/**
 * A dataset's identity: its department's name as the build compares it, and the id derived from
 * it. The name is compared in Unicode NFC (a compatibility ideograph such as U+2F852 and 城 are
 * one name), and a name that holds an invisible character (zero-width, a bidi control) is refused
 * where it stands: it would look identical to another department's and become a second dataset.
 *
 * The id is `<year>-<hex of the name's SHA-256>`: 8 hex digits, lengthened only for the datasets
 * whose 8 digits collide with another department's (or the same department's other kind), to
 * the fewest digits that tell them apart. That depends on the set of datasets, never on the
 * order of the files, and leaves every id that does not collide as it was.
 */
import { createHash } from "node:crypto";
import { BuildError } from "./errors";

/** Zero-width characters, bidi marks, embeddings, overrides and isolates, the BOM, the soft hyphen: invisible in a name. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/u;

/** The department's name in NFC, or a BuildError at the line that states it when it holds an invisible character. */
export function departmentName(file: string, lines: readonly string[], raw: string): string {
  const m = INVISIBLE.exec(raw);
  if (m) {
    const line = lines.findIndex((l) => l.includes(raw));
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    const shown = raw.replace(new RegExp(INVISIBLE.source, "gu"), (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
    throw new BuildError(file, line < 0 ? null : line + 1, "invisible-character", `the department name "${shown}" holds U+${code}, an invisible character: it would look like another department's name; remove it`);
  }
  return raw.normalize("NFC").trim();
}

export interface Identity {
  department: string;
  year: number;
  kind: "budget" | "final-accounts";
}

/** The hex digest an id is cut from. A budget's is its department's name alone (so published budget ids stay); final accounts add their kind. */
function digest({ department, kind }: Identity): string {
  return createHash("sha256").update(kind === "budget" ? department : `${department}\u0000${kind}`).digest("hex");
}

/** The id of a dataset at the shortest length (8 hex digits), before any collision is resolved. */
export function baseId(who: Identity): string {
  return `${who.year}-${digest(who).slice(0, 8)}`;
}

/** Identities' ids, in their order: 8 hex digits, more for the ones that collide. Two equal identities are the caller's to refuse first. */
export function assignIds(identities: readonly Identity[]): string[] {
  const digests = identities.map(digest);
  const groups = new Map<string, number[]>();
  identities.forEach((who, i) => {
    const key = baseId(who);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const ids = identities.map(baseId);
  for (const members of groups.values()) {
    const distinct = new Set(members.map((i) => digests[i]));
    if (distinct.size < 2) continue;
    let length = 9;
    while (new Set([...distinct].map((d) => d!.slice(0, length))).size < distinct.size) length++;
    for (const i of members) ids[i] = `${identities[i]!.year}-${digests[i]!.slice(0, length)}`;
  }
  return ids;
}

/** Whether two datasets are the same one: the same department (as compared), year and kind. */
export const sameIdentity = (a: Identity, b: Identity) => a.department === b.department && a.year === b.year && a.kind === b.kind;
