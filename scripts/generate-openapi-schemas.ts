/**
 * npm run gen:schemas — converts the zod response schemas (src/spec/responses.ts) into the
 * JSON Schemas of the OpenAPI document's components, written to
 * src/openapi/generated/component-schemas.json. Done at build time so the Worker bundle carries no
 * zod (it cost a third of the Worker's startup); a test fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { routeComponents } from "../src/openapi/component-schemas";
import { ROUTES } from "../src/routes/index";

export const OUT = resolve(import.meta.dirname, "../src/openapi/generated/component-schemas.json");

export function componentsJson(): string {
  return JSON.stringify(routeComponents(ROUTES), null, 1) + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, componentsJson());
  console.log(`wrote ${OUT}`);
}
