// A Data Package descriptor (v1 and v2) → its tabular resources: paths, encoding, CSV dialect and schema, checked whole before any file is read.
import { readFile } from "node:fs/promises";
import { dirname, join, isAbsolute } from "node:path";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { parseJsonExact } from "../schema/literals.js";
import { compileTableSchema, DescriptorError } from "../schema/table-schema.js";
import type { CompiledSchema } from "../schema/types.js";
import { DATA_FILE } from "../source/resolve.js";
export { isDataPackagePath } from "./path.js";

/** The CSV dialect a resource declares (CSVDDF v1 / Data Package v2 names); absent keys are not declared. */
export interface DeclaredDialect {
  delimiter?: string;
  quoteChar?: string;
  doubleQuote?: boolean;
  escapeChar?: string;
  header?: boolean;
  commentChar?: string;
  skipInitialSpace?: boolean;
  lineTerminator?: string;
  /** Keys this version does not read (v2 headerRows, headerJoin, commentRows, nullSequence …): warned about, never silently ignored. */
  unread: string[];
}

export interface PackageResource {
  name: string;
  /** The resource's file(s), resolved against the descriptor's folder, in order. */
  paths: string[];
  encoding: string | null;
  dialect: DeclaredDialect;
  /** The schema, compiled (inline or from its path); null: inferred per file. */
  schema: CompiledSchema | null;
  /** The schema's file when it is a path (worker threads rebuild options from it), else null. */
  schemaPath: string | null;
}

export interface DataPackage {
  path: string;
  resources: PackageResource[];
  /** Resources left out, with why (not tabular, inline data, a remote path): logged once. */
  skipped: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const DIALECT_STRINGS = ["delimiter", "quoteChar", "escapeChar", "commentChar", "lineTerminator"] as const;
const DIALECT_BOOLS = ["doubleQuote", "header", "skipInitialSpace"] as const;
/** Dialect keys that change nothing in how a CSV file is read. */
const DIALECT_INERT = new Set(["csvddfVersion", "caseSensitiveHeader", "$schema", "name", "title", "description", "type"]);

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = (await readFile(path)).toString("utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    throw new IngestError("schema", `${what}: ${describeSystemError(e)}`, { cause: e });
  }
  try {
    return parseJsonExact(text);
  } catch (e) {
    throw new IngestError("schema", `${what}: invalid JSON: ${String((e as Error).message).split("\n")[0]}`);
  }
}

function readDialect(v: unknown, at: string): DeclaredDialect {
  if (!isObj(v)) throw new IngestError("schema", `${at}: expected a CSV dialect object, got ${JSON.stringify(v)}`);
  const known = new Set<string>([...DIALECT_STRINGS, ...DIALECT_BOOLS, ...DIALECT_INERT]);
  const out: DeclaredDialect = { unread: Object.keys(v).filter((k) => !known.has(k)) };
  for (const k of DIALECT_STRINGS) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== "string") throw new IngestError("schema", `${at}.${k}: expected a string, got ${JSON.stringify(v[k])}`);
    out[k] = v[k] as string;
  }
  for (const k of DIALECT_BOOLS) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== "boolean") throw new IngestError("schema", `${at}.${k}: expected true or false, got ${JSON.stringify(v[k])}`);
    out[k] = v[k] as boolean;
  }
  return out;
}

/** A resource's `schema`: inline, or a path relative to the descriptor. */
async function readSchema(v: unknown, dir: string, at: string): Promise<CompiledSchema | null> {
  if (v === undefined) return null;
  if (typeof v === "string") {
    const path = isAbsolute(v) ? v : join(dir, v);
    const { loadSchema } = await import("../schema/index.js");
    return loadSchema(path);
  }
  try {
    return compileTableSchema(v, { source: `${at}.schema`, sha256: null });
  } catch (e) {
    if (e instanceof DescriptorError) throw new IngestError("schema", `${at}.schema.${e.message}`);
    throw e;
  }
}

/** Whether a resource is a CSV table: its format or media type says so, or its path ends like a data file. */
function tabular(r: Record<string, unknown>, paths: string[]): boolean {
  const format = typeof r.format === "string" ? r.format.toLowerCase() : null;
  if (format) return format === "csv" || format === "tsv";
  if (typeof r.mediatype === "string") return /text\/(csv|tab-separated-values)/i.test(r.mediatype);
  return paths.every((p) => DATA_FILE.test(p));
}

async function readResource(r: unknown, i: number, dir: string, pkg: string, skipped: string[]): Promise<PackageResource | null> {
  const at = `${pkg}: resources[${i}]`;
  if (!isObj(r)) throw new IngestError("schema", `${at}: expected a resource object, got ${JSON.stringify(r)}`);
  const name = typeof r.name === "string" && r.name !== "" ? r.name : `resource${i + 1}`;
  if (r.path === undefined) {
    skipped.push(`${JSON.stringify(name)} (${r.data !== undefined ? "inline data" : "no path"})`);
    return null;
  }
  const list = typeof r.path === "string" ? [r.path] : r.path;
  if (!Array.isArray(list) || list.length === 0 || list.some((p) => typeof p !== "string" || p === "")) {
    throw new IngestError("schema", `${at}.path: expected a path or a non-empty array of paths, got ${JSON.stringify(r.path)}`);
  }
  const rel = list as string[];
  if (rel.some((p) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p))) {
    skipped.push(`${JSON.stringify(name)} (a remote path)`);
    return null;
  }
  if (!tabular(r, rel)) {
    skipped.push(`${JSON.stringify(name)} (not CSV: ${String(r.format ?? r.mediatype ?? rel[0])})`);
    return null;
  }
  if (r.encoding !== undefined && typeof r.encoding !== "string") throw new IngestError("schema", `${at}.encoding: expected a string, got ${JSON.stringify(r.encoding)}`);
  // v2: a dialect may be a path to a JSON file
  const rawDialect = typeof r.dialect === "string" ? await readJson(join(dir, r.dialect), `${at}.dialect (${r.dialect})`) : r.dialect;
  return {
    name,
    paths: rel.map((p) => (isAbsolute(p) ? p : join(dir, p))),
    encoding: (r.encoding as string | undefined) ?? null,
    dialect: rawDialect === undefined ? { unread: [] } : readDialect(rawDialect, `${at}.dialect`),
    schema: await readSchema(r.schema, dir, at),
    schemaPath: typeof r.schema === "string" ? (isAbsolute(r.schema) ? r.schema : join(dir, r.schema)) : null,
  };
}

/** Reads and checks a descriptor whole; IngestError (exit 2) names the file and the key on any problem. */
export async function loadDataPackage(path: string): Promise<DataPackage> {
  const raw = await readJson(path, path);
  if (!isObj(raw) || !Array.isArray(raw.resources)) throw new IngestError("schema", `${path}: expected a Data Package with a "resources" array`);
  const skipped: string[] = [];
  const resources: PackageResource[] = [];
  const names = new Set<string>();
  for (const [i, r] of raw.resources.entries()) {
    const res = await readResource(r, i, dirname(path), path, skipped);
    if (!res) continue;
    if (names.has(res.name)) throw new IngestError("schema", `${path}: resources[${i}].name: another resource is named ${JSON.stringify(res.name)}`);
    names.add(res.name);
    resources.push(res);
  }
  return { path, resources, skipped };
}
