import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { componentsJson, OUT } from "../../scripts/generate-openapi-schemas";

it("keeps src/openapi/generated/component-schemas.json equal to what the zod schemas generate (npm run gen:schemas)", () => {
  expect(readFileSync(OUT, "utf8")).toBe(componentsJson());
});
