/** CJK radical code points (⻔ for 门, …) that PDF text export prints for ordinary characters; expected: the text unchanged. */
import { setCells } from "../document";
import { RADICALS } from "../vocabulary";
import type { ArtefactContext } from "./context";

export function radicals(ctx: ArtefactContext): number {
  let n = 0;
  for (const line of [...ctx.head, ...ctx.sheets.flat()]) {
    if (line.origin === null || ctx.isProtected(line)) continue;
    const text = [...line.text].map((ch) => {
      const radical = RADICALS[ch];
      if (!radical || !ctx.rng.chance(0.25)) return ch;
      n++;
      return radical;
    });
    setCells(line, [text.join("")]);
  }
  return n;
}
