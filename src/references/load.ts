// Reads the referenced keys of a schema's foreignKeys into key tables, before the file is checked (forward references are fine).
import { stat } from "node:fs/promises";
import { dirname, resolve as resolvePath } from "node:path";
import type { ByteSource, ParsedRecord } from "../types.js";
import type { Header } from "../checks/types.js";
import type { CompiledSchema, ForeignKeySpec } from "../schema/types.js";
import type { ResolvedOptions } from "../pipeline/options.js";
import { KeyTable, MAX_LOAD, hashHi, hashLo } from "../checks/schema/key-table.js";
import { bind } from "../checks/schema/binding.js";
import { compileTableSchema } from "../schema/table-schema.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { fileSource } from "../source/file.js";
import { hashKey } from "./key.js";

/**
 * Keys one reference may hold. why a cap: the table costs 15–30 bytes per key (key-table.ts); at this cap it is
 * 2^25 slots = 403 MB, 604 MB for the moment it doubles. Past it the run stops with exit 2 naming the cap,
 * rather than exhausting the heap.
 */
export const MAX_REFERENCE_KEYS = 20_000_000;

/** A Data Package resource a foreign key may name (set by the datapackage run; JSON, so workers receive it). */
export interface ResourceRef {
  name: string;
  /** Local paths of the resource's file(s), in order. */
  paths: string[];
  encoding: string | null;
  delimiter: string | null;
  quote: string | null;
  header: boolean | null;
  comment: string | null;
  /** Missing values of each field of the resource's schema (default [""]). */
  missing: Record<string, string[]>;
  /** The resource's schema's field names in order (a headerless file's columns), or null without a schema. */
  fields: string[] | null;
}

/** A loaded reference: its key table and how a message names it. */
export interface LoadedReference {
  table: KeyTable;
  /** `this file`, `the resource "orders"`, or `"customers.csv"`. */
  label: string;
}

/** The tables of one file's foreign keys, in the schema's order. */
export type ForeignKeyTables = LoadedReference[];

// why a compiled empty schema: the pre-read needs records only; no field means no cell is parsed or checked
const NO_FIELDS = compileTableSchema({ fields: [], fieldsMatch: "partial" }, { source: null, sha256: null });

/** Options to read a reference with: its own reading options, nothing reported, nothing streamed. */
function readingOptions(ro: ResolvedOptions, r: Partial<ResourceRef> | null): ResolvedOptions {
  return {
    ...ro, schema: NO_FIELDS, maxDefects: 0, stopAfter: null, onDefect: null, onProgress: null, stats: false, profile: false,
    baseline: null, drift: null, rules: {}, state: null, shard: null,
    ...(r ? { encoding: r.encoding ?? null, delimiter: r.delimiter ?? null, quote: r.quote ?? null, header: r.header === false ? false : null, comment: r.comment ?? null, skipRows: null } : {}),
  };
}

/**
 * Reads `source` and adds the key of every record to a table. `columns` picks the key's cells once the header
 * is known (it throws IngestError when the header lacks a referenced field).
 */
async function readKeys(source: ByteSource, ro: ResolvedOptions, columns: (h: Header) => { cols: number[]; missing: Set<string>[] }, what: string, table = new KeyTable()): Promise<KeyTable> {
  const { validateSource } = await import("../pipeline/validate.js");
  let bound: { cols: number[]; missing: Set<string>[] } | null = null;
  const cap = ro.referenceKeyCap ?? MAX_REFERENCE_KEYS;
  const report = await validateSource(source, ro, {
    onHeader(h: Header) {
      bound = columns(h); // an IngestError thrown here stops the read (validate.ts passes it on)
    },
    onRecord(rec: ParsedRecord) {
      if (bound === null || rec.skipped || !hashKey(rec, bound.cols, bound.missing)) return;
      const lo = hashLo(), hi = hashHi();
      table.addOrGet(hi, lo, 1);
      if (table.size > cap) throw new IngestError("usage", `${what}: more than ${cap.toLocaleString("en")} keys, the cap of a foreign key's reference table (${tableMB(cap)} MB); check against a smaller reference`);
    },
  });
  const err = report.defects.find((d) => d.code === "source-error" || d.code === "binary-file" || d.code === "empty-file");
  if (err) throw new IngestError("schema", `${what}: ${err.message}`);
  return table;
}

/** The key table's size at `keys` keys: 12 bytes a slot, slots a power of two at most MAX_LOAD full (key-table.ts). */
const tableMB = (keys: number): number => Math.round(2 ** Math.ceil(Math.log2(keys / MAX_LOAD)) * 12 / 1e6);

const missingOf = (names: string[], m: Record<string, string[]> | null): Set<string>[] => names.map((n) => new Set(m?.[n] ?? [""]));

/** Columns of `fields` in a referenced file's header, by name (without a header row: by the position in `order`, its schema's fields). */
function byName(fields: string[], missing: Record<string, string[]> | null, what: string, order: string[] | null = null) {
  return (h: Header) => {
    if (!h.present && !order) throw new IngestError("schema", `${what}: the file has no header row, so its fields cannot be found by name`);
    const cols = fields.map((f) => (h.present ? h.names : order!).indexOf(f));
    const lacking = fields.filter((_, i) => cols[i] < 0);
    if (lacking.length) throw new IngestError("schema", `${what}: the file has no column ${lacking.map((n) => JSON.stringify(n)).join(", ")} (its columns: ${h.names.join(", ")})`);
    return { cols, missing: missingOf(fields, missing) };
  };
}

/** Columns of this schema's own fields (a self-reference), bound as the checks bind them. */
function bySchema(schema: CompiledSchema, fields: string[]) {
  return (h: Header) => {
    const b = bind(schema, h);
    const idx = fields.map((n) => schema.fieldNames.indexOf(n));
    return { cols: idx.map((f) => b.columnOf[f]), missing: idx.map((f) => new Set(schema.fields[f].missing)) };
  };
}

async function sourceOfPath(path: string, what: string): Promise<ByteSource> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new IngestError("schema", `${what}: is a directory`);
    return fileSource(path, st);
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError("schema", `${what}: ${describeSystemError(e)}`, { cause: e });
  }
}

/** One foreign key's reference, read now (or taken from the run's cache when another file read it already). */
async function loadOne(fk: ForeignKeySpec, i: number, source: ByteSource, schema: CompiledSchema, ro: ResolvedOptions): Promise<LoadedReference> {
  const name = fk.reference.resource;
  const where = `${schema.source ?? "schema"}: foreignKeys[${i}]`;
  if (name === "") {
    if (source.uri === "-") throw new IngestError("usage", `${where} refers to the same file, which standard input cannot give twice; save it to a file first`);
    const table = await readKeys(source, readingOptions(ro, null), bySchema(schema, fk.reference.fields), `${where}: ${source.uri}`);
    return { table, label: "this file" };
  }
  const pkg = ro.references?.[name];
  if (ro.references && !pkg) throw new IngestError("schema", `${where}: the reference names no CSV resource of the Data Package: ${JSON.stringify(name)} (its resources: ${Object.keys(ro.references).join(", ")})`);
  const key = JSON.stringify([pkg ? `resource:${name}` : resolveRef(name, schema), fk.reference.fields]);
  const cache = (ro.referenceCache ??= new Map());
  let hit = cache.get(key);
  if (!hit) {
    hit = pkg ? loadResource(pkg, fk, where, ro) : loadPath(resolveRef(name, schema), fk, where, ro);
    cache.set(key, hit);
  }
  return hit;
}

/** A reference that names no Data Package resource: a path, relative to the schema file's folder. */
function resolveRef(name: string, schema: CompiledSchema): string {
  return resolvePath(schema.source ? dirname(schema.source) : ".", name);
}

async function loadPath(path: string, fk: ForeignKeySpec, where: string, ro: ResolvedOptions): Promise<LoadedReference> {
  const what = `${where}: the reference ${JSON.stringify(fk.reference.resource)}`;
  const table = await readKeys(await sourceOfPath(path, what), readingOptions(ro, {}), byName(fk.reference.fields, null, what), what);
  return { table, label: JSON.stringify(fk.reference.resource) };
}

async function loadResource(r: ResourceRef, fk: ForeignKeySpec, where: string, ro: ResolvedOptions): Promise<LoadedReference> {
  const what = `${where}: the resource ${JSON.stringify(r.name)}`;
  const table = new KeyTable();
  // a resource of several files (a split path): its keys are those of all of them
  for (const p of r.paths) await readKeys(await sourceOfPath(p, `${what} (${p})`), readingOptions(ro, r), byName(fk.reference.fields, r.missing, `${what} (${p})`, r.fields), what, table);
  return { table, label: `the resource ${JSON.stringify(r.name)}` };
}

/** The key tables of every foreign key of the file's schema, in order. */
export async function loadForeignKeys(source: ByteSource, ro: ResolvedOptions): Promise<ForeignKeyTables> {
  const schema = ro.schema!;
  const out: ForeignKeyTables = [];
  for (const [i, fk] of (schema.foreignKeys ?? []).entries()) out.push(await loadOne(fk, i, source, schema, ro));
  return out;
}
