// Table Schema (Frictionless v1 + v2 additions + ingest-check extensions) → CompiledSchema over zod.
import type { ZodType } from "zod";
import { ExtensionError, readAggregates, readDuplicateRows, readMostly, readRowRules } from "./extensions.js";
import { isDefectCode, type DefectCode } from "../defects/catalog.js";
import type { RuleLevel } from "../types.js";
import { compileField, loadZod, SchemaKeyError, type FieldSpec } from "./compile-field.js";
import { KNOWN_TYPES } from "./parsers.js";
import type { CompiledField, CompiledSchema, FieldSeverity, FieldsMatch, ForeignKeySpec, TableSchemaDescriptor } from "./types.js";

/** A problem in the descriptor, at a key path such as `fields[2] ("age").constraints.minimum`. */
export class DescriptorError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}

const FIELDS_MATCH = new Set(["exact", "equal", "subset", "superset", "partial"]);
const LEVELS = new Set(["error", "warning", "off"]);
const CONSTRAINTS = new Set(["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "enum", "jsonSchema"]);

// why the bigint case: an integer literal past 2^53 is a BigInt (literals.ts), which JSON.stringify refuses
const show = (v: unknown): string => (v === undefined ? "nothing" : JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x)) ?? String(v));
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `missingValues`: strings, or v2 labelled values `{ value, label }`. */
function readMissing(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) throw new DescriptorError(path, `expected an array of strings, got ${show(v)}`);
  return v.map((m, i) => {
    if (typeof m === "string") return m;
    if (isObj(m) && typeof m.value === "string") return m.value;
    throw new DescriptorError(`${path}[${i}]`, `expected a string or { "value": "…", "label": "…" }, got ${show(m)}`);
  });
}

function readSeverity(v: unknown, path: string): FieldSeverity | null {
  if (v === undefined) return null;
  if (typeof v === "string") {
    if (!LEVELS.has(v)) throw new DescriptorError(path, `expected "error", "warning" or "off", got ${show(v)}`);
    return { all: v as RuleLevel, byCode: {} };
  }
  if (!isObj(v)) throw new DescriptorError(path, `expected a level or an object { "<code>": "<level>" }, got ${show(v)}`);
  const byCode: Partial<Record<DefectCode, RuleLevel>> = {};
  for (const [code, level] of Object.entries(v)) {
    if (!isDefectCode(code)) throw new DescriptorError(`${path}.${code}`, "unknown defect code");
    if (typeof level !== "string" || !LEVELS.has(level)) throw new DescriptorError(`${path}.${code}`, `expected "error", "warning" or "off", got ${show(level)}`);
    byCode[code] = level as RuleLevel;
  }
  return { all: null, byCode };
}

function readKey(v: unknown, path: string, names: Set<string>): string[] {
  const list = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) throw new DescriptorError(path, `expected a field name or a non-empty array of field names, got ${show(v)}`);
  return list.map((n, i) => {
    if (typeof n !== "string") throw new DescriptorError(`${path}[${i}]`, `expected a field name, got ${show(n)}`);
    if (!names.has(n)) throw new DescriptorError(typeof v === "string" ? path : `${path}[${i}]`, `names no field: ${JSON.stringify(n)}`);
    return n;
  });
}

function optBool(f: Record<string, unknown>, key: string, path: string): boolean | undefined {
  const v = f[key];
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") throw new DescriptorError(`${path}.${key}`, `expected true or false, got ${show(v)}`);
  return v;
}

function optString(f: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = f[key];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new DescriptorError(`${path}.${key}`, `expected a string, got ${show(v)}`);
  return v;
}

function optStrings(f: Record<string, unknown>, key: string, path: string): string[] | undefined {
  const v = f[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) throw new DescriptorError(`${path}.${key}`, `expected an array of strings, got ${show(v)}`);
  return v as string[];
}

/** Runs a reader of extensions.ts, its errors as DescriptorErrors. */
function extension<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ExtensionError) throw new DescriptorError(e.path, e.message);
    throw e;
  }
}

/**
 * Validates a descriptor and compiles it. Throws DescriptorError naming the offending key.
 * Unknown keys outside `constraints` (title, description, example, rdfType …) are ignored, as the
 * Frictionless tools do; `foreignKeys` are read here and checked by checks/schema/foreign-key.ts.
 */
export function compileTableSchema(raw: unknown, meta: { source: string | null; sha256: string | null }): CompiledSchema {
  if (!isObj(raw)) throw new DescriptorError("(root)", `expected an object with "fields", got ${show(raw)}`);
  if (!Array.isArray(raw.fields)) throw new DescriptorError("fields", `expected an array of field objects, got ${show(raw.fields)}`);
  const schemaMissing = raw.missingValues === undefined ? [""] : readMissing(raw.missingValues, "missingValues");

  const names = new Set<string>();
  const fields: CompiledField[] = [];
  raw.fields.forEach((f: unknown, i: number) => {
    let path = `fields[${i}]`;
    if (!isObj(f)) throw new DescriptorError(path, `expected a field object, got ${show(f)}`);
    if (typeof f.name !== "string" || f.name === "") throw new DescriptorError(`${path}.name`, `expected a non-empty string, got ${show(f.name)}`);
    path = `fields[${i}] (${JSON.stringify(f.name)})`;
    if (names.has(f.name)) throw new DescriptorError(`${path}.name`, "another field has the same name");
    names.add(f.name);
    fields.push(compileDescriptorField(f, path, schemaMissing));
  });

  const fieldsMatch = raw.fieldsMatch === undefined ? null : raw.fieldsMatch;
  if (fieldsMatch !== null && (typeof fieldsMatch !== "string" || !FIELDS_MATCH.has(fieldsMatch))) {
    throw new DescriptorError("fieldsMatch", `expected one of exact, equal, subset, superset, partial; got ${show(fieldsMatch)}`);
  }
  const primaryKey = raw.primaryKey === undefined ? null : readKey(raw.primaryKey, "primaryKey", names);
  let uniqueKeys: string[][] = [];
  if (raw.uniqueKeys !== undefined) {
    if (!Array.isArray(raw.uniqueKeys)) throw new DescriptorError("uniqueKeys", `expected an array of field-name arrays, got ${show(raw.uniqueKeys)}`);
    uniqueKeys = raw.uniqueKeys.map((k: unknown, i: number) => readKey(k, `uniqueKeys[${i}]`, names));
  }
  // Table Schema: primary key fields must have a value.
  if (primaryKey !== null) for (const f of fields) if (primaryKey.includes(f.name)) (f as { required: boolean }).required = true;

  let rows: CompiledSchema["rows"] = null;
  if (raw.rows !== undefined) {
    if (!isObj(raw.rows)) throw new DescriptorError("rows", `expected { "min": n, "max": n }, got ${show(raw.rows)}`);
    const b = (k: "min" | "max"): number | null => {
      const given = (raw.rows as Record<string, unknown>)[k];
      if (given === undefined) return null;
      const v = typeof given === "bigint" ? Number(given) : given; // a literal past 2^53 (literals.ts): counts stay far below it
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new DescriptorError(`rows.${k}`, `expected a non-negative integer, got ${show(v)}`);
      return v;
    };
    rows = { min: b("min"), max: b("max") };
    if (rows.min !== null && rows.max !== null && rows.min > rows.max) throw new DescriptorError("rows", `min (${rows.min}) is greater than max (${rows.max})`);
  }

  const { duplicateRows, rowRules } = extension(() => ({ duplicateRows: readDuplicateRows(raw.duplicateRows), rowRules: readRowRules(raw.rowRules, fields) }));

  // why a getter: the whole-record schema is read only for zod modules; building it would load zod (see loadZod)
  let whole: ZodType | null = null;
  const wholeZod = (): ZodType => {
    const shape: Record<string, ZodType> = {};
    for (const f of fields) shape[f.name] = f.zod!;
    return loadZod().z.object(shape);
  };
  return {
    source: meta.source,
    sha256: meta.sha256,
    inferred: false,
    kind: "table-schema",
    descriptor: raw as TableSchemaDescriptor,
    fieldNames: fields.map((f) => f.name),
    fields,
    get zod() { return (whole ??= wholeZod()); },
    rowLevel: false,
    fieldsMatch: fieldsMatch as FieldsMatch | null,
    positional: false,
    duplicateRows,
    rowRules,
    primaryKey,
    uniqueKeys,
    rows,
    foreignKeys: raw.foreignKeys === undefined ? [] : readForeignKeys(raw.foreignKeys, names),
  };
}

/** `foreignKeys` (v1 and v2): `fields` a name or names of this table; `reference.resource` "" (or absent) = this file. */
function readForeignKeys(v: unknown, names: Set<string>): ForeignKeySpec[] {
  if (!Array.isArray(v)) throw new DescriptorError("foreignKeys", `expected an array of { "fields", "reference" } objects, got ${show(v)}`);
  return v.map((fk: unknown, i: number) => {
    const path = `foreignKeys[${i}]`;
    if (!isObj(fk)) throw new DescriptorError(path, `expected { "fields": …, "reference": { "resource": …, "fields": … } }, got ${show(fk)}`);
    const fields = readKey(fk.fields, `${path}.fields`, names);
    const ref = fk.reference;
    if (!isObj(ref)) throw new DescriptorError(`${path}.reference`, `expected { "resource": …, "fields": … }, got ${show(ref)}`);
    const resource = ref.resource === undefined ? "" : ref.resource;
    if (typeof resource !== "string") throw new DescriptorError(`${path}.reference.resource`, `expected a resource name, a path or "" (this file), got ${show(resource)}`);
    const refList = typeof ref.fields === "string" ? [ref.fields] : ref.fields;
    if (!Array.isArray(refList) || refList.length === 0 || refList.some((n) => typeof n !== "string")) {
      throw new DescriptorError(`${path}.reference.fields`, `expected a field name or a non-empty array of field names, got ${show(ref.fields)}`);
    }
    // why only for "": another resource's fields are known only once its header is read
    if (resource === "") readKey(ref.fields, `${path}.reference.fields`, names);
    if (refList.length !== fields.length) throw new DescriptorError(`${path}.reference.fields`, `names ${refList.length} field(s) for the ${fields.length} of ${path}.fields`);
    return { fields, reference: { resource, fields: refList as string[] } };
  });
}

function compileDescriptorField(f: Record<string, unknown>, path: string, schemaMissing: string[]): CompiledField {
  const type = f.type === undefined ? "string" : f.type;
  if (typeof type !== "string" || !KNOWN_TYPES.has(type)) throw new DescriptorError(`${path}.type`, `unknown type ${show(type)} (known: ${[...KNOWN_TYPES].join(", ")})`);
  const constraints = f.constraints === undefined ? {} : f.constraints;
  if (!isObj(constraints)) throw new DescriptorError(`${path}.constraints`, `expected an object, got ${show(constraints)}`);
  for (const k of Object.keys(constraints)) if (!CONSTRAINTS.has(k)) throw new DescriptorError(`${path}.constraints.${k}`, "unknown constraint");
  const cpath = `${path}.constraints`;

  const maxNullRatio = f.maxNullRatio === undefined ? null : f.maxNullRatio;
  if (maxNullRatio !== null && (typeof maxNullRatio !== "number" || !(maxNullRatio >= 0 && maxNullRatio <= 1))) {
    throw new DescriptorError(`${path}.maxNullRatio`, `expected a number from 0 to 1, got ${show(maxNullRatio)}`);
  }
  const allowNonFinite = optBool(f, "allowNonFinite", path) ?? false;
  if (allowNonFinite && type !== "number") throw new DescriptorError(`${path}.allowNonFinite`, `applies to number fields only, not ${JSON.stringify(type)}`);
  for (const k of ["decimalChar", "groupChar"]) {
    const v = optString(f, k, path);
    if (v !== undefined && v.length !== 1) throw new DescriptorError(`${path}.${k}`, `expected one character, got ${show(v)}`);
  }

  const spec: FieldSpec = {
    name: f.name as string,
    typeOptions: {
      type,
      format: optString(f, "format", path),
      decimalChar: f.decimalChar as string | undefined,
      groupChar: f.groupChar as string | undefined,
      bareNumber: optBool(f, "bareNumber", path),
      trueValues: optStrings(f, "trueValues", path),
      falseValues: optStrings(f, "falseValues", path),
      delimiter: optString(f, "delimiter", path),
    },
    required: optBool(constraints, "required", cpath) ?? false,
    unique: optBool(constraints, "unique", cpath) ?? false,
    constraints: constraints as FieldSpec["constraints"],
    missing: f.missingValues === undefined ? schemaMissing : readMissing(f.missingValues, `${path}.missingValues`),
    allowNonFinite,
    maxNullRatio: maxNullRatio as number | null,
    severity: readSeverity(f.severity, `${path}.severity`),
    flagNullLike: true,
  };
  let field: CompiledField;
  try {
    field = compileField(spec);
  } catch (e) {
    if (e instanceof SchemaKeyError) throw new DescriptorError(`${path}.${e.key}`, e.message);
    throw e;
  }
  field.mostly = extension(() => readMostly(f.mostly, path));
  field.aggregates = extension(() => readAggregates(f.aggregates, path, field));
  return field;
}
