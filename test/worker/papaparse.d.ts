// Minimal types for the part of papaparse the tests use (@types/papaparse pulls in Node's globals).
declare module "papaparse" {
  interface ParseResult {
    data: Record<string, string>[] | string[][];
    errors: { message: string; row?: number }[];
    meta: { fields?: string[] };
  }
  const Papa: { parse(input: string, config?: { header?: boolean; skipEmptyLines?: boolean; newline?: string }): ParseResult };
  export default Papa;
}
