/** A *.gz file imported as a binary module (wrangler.toml [[rules]] type = "Data"). */
declare module "*.gz" {
  const data: ArrayBuffer;
  export default data;
}
