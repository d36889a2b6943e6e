/** Whether a request comes from a browser that asked for a page rather than for data (decided with the formats, in negotiate.ts). */
export { wantsHtml } from "../http/negotiate";
