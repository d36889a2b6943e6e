/** Worker entry: the API over the data bundled with it. */
import { createApp } from "./app";
import { bundledFiles } from "./data/bundled-files";
import { bundledStore } from "./data/bundled-store";
import { withResponseCache } from "./http/serve-cached";
import { withRateLimit } from "./rate-limited";

export default withRateLimit(withResponseCache(createApp(bundledStore(bundledFiles))));
