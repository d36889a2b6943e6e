/** Worker entry: the API over the data bundled with it. */
import { createApp } from "./app";
import { bundledFiles } from "./data/bundled-files";
import { bundledStore } from "./data/bundled-store";
import { withRateLimit } from "./http/rate-limit";
import { withResponseCache } from "./http/serve-cached";

export default withRateLimit(withResponseCache(createApp(bundledStore(bundledFiles))));
