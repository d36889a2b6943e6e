/** What every artefact needs: the variant's sheets, the PRNG, and the seed lines it must not touch. */
import type { Rng } from "../prng";
import type { VLine } from "../document";

export interface ArtefactContext {
  rng: Rng;
  head: VLine[];
  sheets: VLine[][];
  /** Seed lines named by a manual correction: no artefact may change them. */
  isProtected: (line: VLine) => boolean;
  /** True when a line inserted between these two would fall inside a correction's line range. */
  splitsRange: (before: VLine | undefined, after: VLine | undefined) => boolean;
}
