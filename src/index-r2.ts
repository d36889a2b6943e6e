/**
 * Worker entry for the R2 backend (wrangler.toml [env.r2]): the API over the build that the
 * DATA bucket's pointer names (r2-build.ts). The Worker bundles no data: publishing a build
 * (`npm run publish:r2`) uploads its new objects, then rewrites the pointer, and every
 * request is answered from one build, the old or the new.
 */
import { createApp } from "./app";
import { currentBuild, type ServedBuild } from "./data/r2-build";
import type { R2Reader } from "./data/r2-store";
import { ProblemError } from "./lib/problem";
import type { Limited } from "./http/rate-limit";
import { withResponseCache } from "./http/serve-cached";
import { problemForBrowser } from "./pages/error-page";
import { withRateLimit } from "./rate-limited";

type Env = Limited & { DATA: R2Reader };

let build: (() => Promise<ServedBuild>) | undefined;
// The app of each build, kept while its build is served (a response cache per build: the edge tier's keys carry its version).
const apps = new WeakMap<ServedBuild, ReturnType<typeof withResponseCache>>();

export default withRateLimit({
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    build ??= currentBuild(env.DATA);
    let served: ServedBuild;
    try {
      served = await build();
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      return problemForBrowser(request, e.toResponse());
    }
    let app = apps.get(served);
    if (!app) apps.set(served, (app = withResponseCache(createApp(served.store), undefined, { cache: caches.default, version: served.catalog.version })));
    return app.fetch(request, env, ctx);
  },
});
