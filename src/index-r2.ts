/**
 * Worker entry for the R2 backend (wrangler.toml [env.r2]): the API over datasets stored
 * in the DATA bucket, with only the catalogue bundled.
 */
import catalog from "../data/catalog.json";
import { createApp } from "./app";
import { catalogDigests, catalogEntries, type CatalogFile } from "./data/catalog-file";
import { r2Store, type R2Reader } from "./data/r2-store";
import { catalogOf } from "./data/table-data";
import type { Limited } from "./http/rate-limit";
import { withResponseCache } from "./http/serve-cached";
import { withRateLimit } from "./rate-limited";

type Env = Limited & { DATA: R2Reader };

let worker: ReturnType<typeof withResponseCache> | undefined;

export default withRateLimit({
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (!worker) {
      const file = catalog as unknown as CatalogFile;
      const catalogue = catalogOf(catalogEntries(file));
      // Every object read is checked against the digest this catalogue records for it.
      worker = withResponseCache(createApp(r2Store(env.DATA, catalogue, catalogDigests(file, catalogue.version))), undefined, { cache: caches.default, version: catalogue.version });
    }
    return worker.fetch(request, env, ctx);
  },
});
