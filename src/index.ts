/** Worker entry: the API over the data bundled with it. */
import { createApp } from "./app";
import { bundledStore } from "./data/bundled-store";

export default createApp(bundledStore());
