/**
 * data/datasets.json for the Worker tests, read the way the Worker reads it (the gzip module
 * bundled by wrangler.toml's rules). Importing the JSON itself would make TypeScript infer a type
 * for 700 KB of literals and vite transform it for every test file.
 */
import { bundledFiles } from "../../src/data/bundled-files";
import type { Bundle } from "../../src/schema/bundle";

export const raw: Bundle = await bundledFiles.load();
