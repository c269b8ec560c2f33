// The library's options checked for their JavaScript types at the call: a TypeError naming the option, never a silent misreading.
import type { IngestOptions } from "./options.js";

const STRINGS = ["encoding", "delimiter", "quote", "comment", "state"] as const;
const BOOLEANS = ["header", "paddedCells", "unitsRow", "stats", "profile"] as const;
const FUNCTIONS = ["onDefect", "onProgress"] as const;

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v) ?? String(v)}`;
}

/**
 * Throws TypeError when an option has the wrong JavaScript type. why: values are checked in resolveOptions, but a
 * number given as `schema` was taken for a compiled schema (a report of 0 rows), `header: "no"` read as true, and
 * `encoding: 5` failed with "name.trim is not a function". The command line always passes the right types.
 */
export function assertOptionTypes(o: unknown): asserts o is IngestOptions {
  if (typeof o !== "object" || o === null || Array.isArray(o)) throw new TypeError(`ingest-check: options must be an object, not ${describe(o)}`);
  const opts = o as Record<string, unknown>;
  const bad = (key: string, what: string) => new TypeError(`ingest-check: option ${key} must be ${what}, not ${describe(opts[key])}`);
  for (const k of STRINGS) if (opts[k] != null && typeof opts[k] !== "string") throw bad(k, "a string");
  for (const k of BOOLEANS) if (opts[k] !== undefined && typeof opts[k] !== "boolean") throw bad(k, "true or false");
  for (const k of FUNCTIONS) if (opts[k] != null && typeof opts[k] !== "function") throw bad(k, "a function");
  const schema = opts.schema;
  if (schema != null && typeof schema !== "string" && !(typeof schema === "object" && Array.isArray((schema as { fields?: unknown }).fields) && Array.isArray((schema as { fieldNames?: unknown }).fieldNames))) {
    throw bad("schema", "a path (Table Schema or zod module) or a compiled schema");
  }
  if (opts.signal !== undefined && !(opts.signal instanceof AbortSignal)) throw bad("signal", "an AbortSignal");
  const dz = opts.decompression;
  if (dz != null) {
    if (typeof dz !== "object" || Array.isArray(dz)) throw bad("decompression", "an object { maxRatio, maxBytes, ratioFloor }");
    for (const [k, v] of Object.entries(dz)) {
      // why: a limit compared as NaN or as text never stops a gzip bomb
      if (!["maxRatio", "maxBytes", "ratioFloor"].includes(k)) throw new TypeError(`ingest-check: option decompression.${k} is unknown (maxRatio, maxBytes, ratioFloor)`);
      if (v !== undefined && (typeof v !== "number" || !(v > 0))) throw new TypeError(`ingest-check: option decompression.${k} must be a number above 0, not ${describe(v)}`);
    }
  }
}
