/**
 * Personal mobile numbers: the seed's own mobiles become other random mobiles, and some office numbers
 * become mobiles, printed plain or as 138-1234-5678 / 138 1234 5678 / +86 13812345678.
 * Expected published value: digits 4–7 of the 11-digit national number masked, the rest as printed.
 */
import { cellsOf, setCells } from "../document";
import type { Rng } from "../prng";
import type { ArtefactContext } from "./context";

const MOBILE = /^1[3-9]\d{9}$/;

export function maskMobile(printed: string): string {
  const prefix = /^\+86\s?/.exec(printed)?.[0] ?? "";
  let digit = 0;
  const rest = [...printed.slice(prefix.length)].map((ch) => {
    if (!/\d/.test(ch)) return ch;
    digit++;
    return digit >= 4 && digit <= 7 ? "*" : ch;
  });
  return prefix + rest.join("");
}

function randomMobile(rng: Rng): string {
  return `1${rng.int(3, 9)}${Array.from({ length: 9 }, () => rng.int(0, 9)).join("")}`;
}

function printMobile(rng: Rng, m: string): string {
  const style = rng.int(0, 3);
  if (style === 1) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  if (style === 2) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (style === 3) return `+86 ${m}`;
  return m;
}

/** Returns the expected published phone of each sheet it changed, by the sheet's index in the seed. */
export function mobiles(ctx: ArtefactContext): Map<number, string> {
  const phones = new Map<number, string>();
  ctx.sheets.forEach((sheet, s) => {
    const line = sheet.find((l) => (cellsOf(l)[0] ?? "").trim() === "联系电话");
    if (!line) return;
    const cells = cellsOf(line);
    const printed = (cells[1] ?? "").trim();
    // The seed's own mobiles are replaced whatever their manual correction says: that correction is then not carried.
    let next: string | null = null;
    if (MOBILE.test(printed)) next = randomMobile(ctx.rng);
    else if (/^\d{7,8}$/.test(printed) && !ctx.isProtected(line) && ctx.rng.chance(0.3)) next = printMobile(ctx.rng, randomMobile(ctx.rng));
    if (next === null) return;
    cells[1] = next;
    setCells(line, cells);
    phones.set(s, maskMobile(next));
  });
  return phones;
}
