/** The one error a build stage raises: where (file:line), which rule, what is wrong. */
export class BuildError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly rule: string,
    readonly detail: string,
  ) {
    super(`${file}:${line ?? "-"}: [${rule}] ${detail}`);
    this.name = "BuildError";
  }
}

/** Several problems found in one pass, reported together. */
export class BuildErrors extends Error {
  constructor(readonly errors: BuildError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "BuildErrors";
  }
}
