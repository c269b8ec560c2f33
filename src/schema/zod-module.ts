// A zod schema module (.ts/.js/.mjs) → CompiledSchema: the user's z.object validates whole records.
import { z, type ZodType } from "zod";
import { NON_FINITE, NULL_LIKE } from "./tokens.js";
import type { CompiledField, CompiledSchema, TableSchemaDescriptor } from "./types.js";

/** What a module must export; thrown as a one-line reason (the caller prefixes the file). */
export class ModuleShapeError extends Error {}

type AnyZod = ZodType & { _zod: { def: Record<string, unknown> } };

const isZod = (v: unknown): v is AnyZod =>
  typeof v === "object" && v !== null && "_zod" in v && typeof (v as { safeParse?: unknown }).safeParse === "function";

/** The z.object under refinements and transforms (a refined object is still an object in zod 4; a transform is a pipe). */
function findObject(s: AnyZod): (AnyZod & { shape: Record<string, AnyZod> }) | null {
  for (let cur: AnyZod | undefined = s, depth = 0; cur && depth < 10; depth++) {
    const def = cur._zod.def;
    if (def.type === "object") return cur as AnyZod & { shape: Record<string, AnyZod> };
    if (def.type === "pipe") cur = def.in as AnyZod;
    else return null;
  }
  return null;
}

/**
 * Where the schema holds an `async` function (a transform or refinement), as " (field \"a\")" or "", or null.
 * why at load: zod runs rows synchronously here, and an async transform then fails inside zod with a TypeError
 * that says nothing of the cause. A function that returns a promise without `async` is caught when it runs
 * (checks/schema/cells.ts `parseRecord`). The walk is bounded: zod definitions can be recursive (z.lazy).
 */
function findAsyncFunction(schema: AnyZod): string | null {
  const seen = new Set<object>();
  const walk = (v: unknown, field: string | null, parentKey: string): string | null => {
    if (typeof v === "function") return v.constructor?.name === "AsyncFunction" ? (field === null ? "" : ` (field ${JSON.stringify(field)})`) : null;
    if (typeof v !== "object" || v === null || seen.has(v) || seen.size > 20_000) return null;
    seen.add(v);
    for (const k of Object.keys(v)) {
      let x: unknown;
      try { x = (v as Record<string, unknown>)[k]; } catch { continue; }
      const found = walk(x, field ?? (parentKey === "shape" ? k : null), k);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(schema._zod.def, null, "");
}

/** Best-effort Table Schema type of a zod field: unwraps optional/nullable/default and pipes. */
function readType(s: AnyZod): { type: string; format?: string } {
  let cur: AnyZod = s;
  for (let depth = 0; depth < 10; depth++) {
    const def = cur._zod.def;
    switch (def.type) {
      case "optional": case "nullable": case "default": case "prefault": case "catch": case "readonly": case "nonoptional":
        cur = def.innerType as AnyZod; continue;
      case "pipe": {
        const out = def.out as AnyZod;
        cur = out._zod.def.type === "transform" ? (def.in as AnyZod) : out;
        continue;
      }
      case "number": {
        const checks = (def.checks as Array<{ _zod: { def: { format?: string } } }> | undefined) ?? [];
        const int = (typeof def.format === "string" && /int/.test(def.format)) || checks.some((c) => /int/.test(c._zod.def.format ?? ""));
        return { type: int ? "integer" : "number" };
      }
      case "bigint": return { type: "integer" };
      case "boolean": return { type: "boolean" };
      case "date": return { type: "datetime" };
      case "enum": case "literal": case "template_literal": return { type: "string" };
      case "string": {
        const f = def.format as string | undefined;
        if (f === "date") return { type: "date" };
        if (f === "datetime") return { type: "datetime" };
        if (f === "time") return { type: "time" };
        if (f === "email" || f === "uuid") return { type: "string", format: f };
        if (f === "url") return { type: "string", format: "uri" };
        return { type: "string" };
      }
      default: return { type: "any" };
    }
  }
  return { type: "any" };
}

/**
 * Compiles a module's default export. `exported` is the default export; `missingValues` an optional
 * named export (cells equal to one of them reach zod as undefined; default [""]).
 */
export function compileZodModule(exported: unknown, missingExport: unknown, meta: { source: string; sha256: string | null }): CompiledSchema {
  let schema: unknown = exported;
  if (typeof schema === "function" && !isZod(schema)) {
    try {
      schema = (schema as (zod: typeof z) => unknown)(z);
    } catch (e) {
      throw new ModuleShapeError(`the default export (z) => … threw: ${String((e as Error)?.message ?? e).split("\n")[0]}`);
    }
  }
  if (!isZod(schema)) throw new ModuleShapeError("the default export must be a zod object schema (z.object({...})) or a function (z) => z.object({...})");
  const obj = findObject(schema);
  if (obj === null) throw new ModuleShapeError(`the default export is a zod ${String(schema._zod.def.type)} schema; expected z.object({...}) over the column names`);

  const asyncAt = findAsyncFunction(schema);
  if (asyncAt !== null) throw new ModuleShapeError(`async refinements and transforms are not supported${asyncAt}; rows are checked synchronously, use a synchronous function`);

  let missing = [""];
  if (missingExport !== undefined) {
    if (!Array.isArray(missingExport) || missingExport.some((m) => typeof m !== "string")) throw new ModuleShapeError("the export missingValues must be an array of strings");
    missing = missingExport as string[];
  }
  const missingSet = new Set(missing);
  let missingMaxLength = 0;
  for (const m of missing) missingMaxLength = Math.max(missingMaxLength, m.length);

  const fields: CompiledField[] = [];
  const descFields: Array<Record<string, unknown>> = [];
  for (const [name, fieldSchema] of Object.entries(obj.shape)) {
    const { type, format } = readType(fieldSchema);
    const required = !fieldSchema.safeParse(undefined).success;
    // why: a null-like token is ambiguous only where the module's own field rejects it; a z.string() field
    // accepts "NULL" as text, so the module author has decided, and we do not second-guess them.
    const nullLike = new Set<string>();
    if (type !== "string" && type !== "any") {
      for (const t of NULL_LIKE) {
        if (missingSet.has(t) || (type === "number" && NON_FINITE.has(t))) continue;
        if (!fieldSchema.safeParse(t).success) nullLike.add(t);
      }
    }
    fields.push({
      name, type, format: format ?? null, required, unique: false,
      missing: missingSet, missingMaxLength, nullLike,
      numberField: type === "number", allowNonFinite: false, text: type === "string",
      maxNullRatio: null, severity: null, parser: null, fast: null, zod: fieldSchema, display: {},
    });
    const d: Record<string, unknown> = { name, type };
    if (format) d.format = format;
    if (required) d.constraints = { required: true };
    descFields.push(d);
  }
  const descriptor: TableSchemaDescriptor = { fields: descFields };
  if (missingExport !== undefined) descriptor.missingValues = missing;
  return {
    source: meta.source,
    sha256: meta.sha256,
    inferred: false,
    kind: "zod-module",
    descriptor,
    fieldNames: fields.map((f) => f.name),
    fields,
    zod: schema,
    rowLevel: true,
    fieldsMatch: null,
    positional: false,
    primaryKey: null,
    uniqueKeys: [],
    rows: null,
  };
}
