// Open Data Contract Standard v3 → a Table Schema descriptor (the CSV-relevant subset); every key with a meaning it cannot check is listed as unsupported.
import type { TableSchemaDescriptor, UnsupportedKey } from "./types.js";

/** A contract that cannot be read as one table: the schema loader turns it into exit 2, naming `path`. */
export class OdcsError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x)) ?? String(v);

/** A contract: `kind: DataContract`, or an ODCS `apiVersion` with a `schema` list. */
export function isOdcs(raw: unknown): raw is Obj {
  if (!isObj(raw)) return false;
  return raw.kind === "DataContract" || (typeof raw.apiVersion === "string" && /^v?[23]\./.test(raw.apiVersion) && Array.isArray(raw.schema));
}

// Keys that describe and check nothing in a CSV file: read past without a warning.
const TOP_QUIET = new Set(["apiVersion", "kind", "id", "name", "version", "status", "domain", "dataProduct", "tenant", "description", "tags", "customProperties", "contractCreatedTs", "authoritativeDefinitions", "team", "roles", "support", "price", "schema", "slaDefaultElement"]);
const OBJECT_QUIET = new Set(["id", "name", "physicalName", "physicalType", "logicalType", "description", "businessName", "tags", "dataGranularityDescription", "authoritativeDefinitions", "customProperties", "properties", "quality", "relationships", "deprecated", "synonyms"]);
const PROPERTY_QUIET = new Set(["id", "name", "physicalName", "physicalType", "businessName", "description", "tags", "classification", "criticalDataElement", "encryptedName", "examples", "authoritativeDefinitions", "customProperties", "transformSourceObjects", "transformLogic", "transformDescription", "partitioned", "partitionKeyPosition", "primaryKeyPosition", "deprecated", "synonyms", "semanticType", "logicalType", "logicalTypeOptions", "required", "unique", "primaryKey", "enum", "quality", "relationships"]);
const QUALITY_QUIET = new Set(["name", "description", "dimension", "businessImpact", "tags", "authoritativeDefinitions", "customProperties", "id", "type", "metric", "rule", "arguments", "unit", "method", "scheduler", "schedule"]);
const OPERATORS = ["mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween"];

const TYPES: Record<string, string> = { string: "string", integer: "integer", number: "number", boolean: "boolean", date: "date", timestamp: "datetime", time: "time", object: "object", array: "array" };
const STRING_FORMATS: Record<string, string> = { email: "email", uri: "uri", uuid: "uuid", binary: "binary", byte: "binary" };

/** What a contract compiles to. */
export interface OdcsSchema {
  descriptor: TableSchemaDescriptor;
  unsupported: UnsupportedKey[];
}

/** Compiles the contract's object named `objectName` (or its only one). */
export function compileOdcs(raw: Obj, objectName: string | null): OdcsSchema {
  const c = new Contract();
  return { descriptor: c.compile(raw, objectName), unsupported: c.unsupported };
}

class Contract {
  readonly unsupported: UnsupportedKey[] = [];
  private warn(key: string, why: string): void {
    this.unsupported.push({ key, why });
  }

  compile(raw: Obj, objectName: string | null): TableSchemaDescriptor {
    const api = String(raw.apiVersion ?? "");
    if (api !== "" && !/^v?3\./.test(api)) throw new OdcsError("apiVersion", `ODCS ${api} is not supported (v3.x contracts are)`);
    for (const k of Object.keys(raw)) if (!TOP_QUIET.has(k)) this.warn(k, k === "servers" ? "the file to check is the one given, not a server's location" : "no check of a CSV file reads it");
    const objects = raw.schema;
    if (!Array.isArray(objects) || objects.length === 0 || !objects.every(isObj)) throw new OdcsError("schema", `expected a list of objects (tables), got ${show(objects)}`);
    const names = objects.map((o) => String(o.name ?? ""));
    let at = 0;
    if (objectName !== null) at = names.indexOf(objectName);
    else if (objects.length > 1) throw new OdcsError("schema", `the contract describes ${objects.length} objects (${names.join(", ")}); name one after the path, as in …odcs.yaml#${names[0]}`);
    if (at < 0) throw new OdcsError("schema", `no object is named ${JSON.stringify(objectName)} (${names.join(", ")})`);
    return this.object(objects[at] as Obj, `schema[${at}] (${JSON.stringify(names[at])})`, objects as Obj[]);
  }

  private object(o: Obj, path: string, all: Obj[]): TableSchemaDescriptor {
    for (const k of Object.keys(o)) if (!OBJECT_QUIET.has(k)) this.warn(`${path}.${k}`, "no check of a CSV file reads it");
    if (!Array.isArray(o.properties) || !o.properties.every(isObj)) throw new OdcsError(`${path}.properties`, `expected a list of properties (columns), got ${show(o.properties)}`);
    const props = o.properties as Obj[];
    const d: Obj & { fields: Obj[] } = { fields: props.map((p, i) => this.property(p, `${path}.properties[${i}]`)) };
    const pk = props.map((p, i) => ({ p, i })).filter(({ p }) => p.primaryKey === true)
      .sort((a, b) => Number(a.p.primaryKeyPosition ?? a.i) - Number(b.p.primaryKeyPosition ?? b.i)).map(({ p }) => String(p.name));
    if (pk.length) d.primaryKey = pk;
    const fks = this.relationships(o, props, path, all);
    if (fks.length) d.foreignKeys = fks;
    if (Array.isArray(o.quality)) o.quality.forEach((q, i) => this.objectQuality(q, `${path}.quality[${i}]`, d));
    return d as TableSchemaDescriptor;
  }

  private property(p: Obj, at: string): Obj {
    if (typeof p.name !== "string" || p.name === "") throw new OdcsError(`${at}.name`, `expected a non-empty string, got ${show(p.name)}`);
    const path = `${at} (${JSON.stringify(p.name)})`;
    for (const k of Object.keys(p)) if (!PROPERTY_QUIET.has(k)) this.warn(`${path}.${k}`, k === "items" || k === "properties" || k === "map" ? "nested values are not checked inside a CSV cell" : "no check of a CSV file reads it");
    const lt = p.logicalType === undefined ? "string" : String(p.logicalType);
    const type = TYPES[lt] ?? (lt === "map" ? "object" : null);
    if (type === null) throw new OdcsError(`${path}.logicalType`, `unknown logical type ${show(p.logicalType)} (string, integer, number, boolean, date, timestamp, time, object, array, map)`);
    const f: Obj = { name: p.name, type };
    const cons: Obj = {};
    if (p.required === true) cons.required = true;
    if (p.unique === true) cons.unique = true;
    if (Array.isArray(p.enum)) cons.enum = p.enum.map((e) => (isObj(e) ? e.value : e));
    this.typeOptions(p.logicalTypeOptions, `${path}.logicalTypeOptions`, f, cons);
    if (Array.isArray(p.quality)) p.quality.forEach((q, i) => this.propertyQuality(q, `${path}.quality[${i}]`, f, cons));
    if (Object.keys(cons).length) f.constraints = cons;
    return f;
  }

  private typeOptions(o: unknown, path: string, f: Obj, cons: Obj): void {
    if (o === undefined) return;
    if (!isObj(o)) throw new OdcsError(path, `expected an object, got ${show(o)}`);
    for (const [k, v] of Object.entries(o)) {
      if (["minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].includes(k)) cons[k] = v;
      else if (k === "format") this.format(String(v), `${path}.format`, f);
      else this.warn(`${path}.${k}`, "this logical type option is not checked");
    }
  }

  /** A string format Table Schema knows, or a Java date pattern turned into strftime. */
  private format(v: string, path: string, f: Obj): void {
    if (f.type === "string") {
      if (STRING_FORMATS[v]) f.format = STRING_FORMATS[v];
      else this.warn(path, `the string format ${JSON.stringify(v)} is not checked (email, uri, uuid, binary are)`);
      return;
    }
    if (f.type !== "date" && f.type !== "datetime" && f.type !== "time") { this.warn(path, `a format of ${f.type} values is not checked`); return; }
    // an ISO 8601 timestamp with fractions or a zone: what ingest-check reads by default
    if (f.type === "datetime" && /^yyyy-MM-dd'?T'?HH:mm:ss(\.S+)?('?Z'?|X{1,3}|x{1,3})?$/.test(v)) return;
    const strf = javaToStrftime(v);
    if (strf === null) { this.warn(path, `the date pattern ${JSON.stringify(v)} is not understood; values are read as ISO 8601`); return; }
    if (!isIsoPattern(strf, f.type as string)) f.format = strf;
  }

  /** Library metrics on a property: nullValues, missingValues, invalidValues, duplicateValues. */
  private propertyQuality(q: unknown, path: string, f: Obj, cons: Obj): void {
    if (!this.libraryRule(q, path)) return;
    const r = q as Obj;
    const metric = String(r.metric ?? r.rule);
    const args = isObj(r.arguments) ? r.arguments : {};
    const b = toBound(r, path);
    if (b === null) return this.warn(path, "mustNotBe and mustNotBeBetween are not checked");
    const percent = r.unit === "percent";
    const zero = !percent && b.max !== null && (b.max < 1 && b.maxExclusive ? true : b.max === 0) && (b.min === null || b.min === 0);
    if (metric === "nullValues" || metric === "missingValues") {
      if (Array.isArray(args.missingValues)) f.missingValues = args.missingValues.filter((m) => typeof m === "string");
      if (zero) { cons.required = true; return; }
      const agg = ((f.aggregates ??= {}) as Obj);
      agg[percent ? "missingRatio" : "missing"] = given(percent ? scale(b, 0.01) : b);
      return;
    }
    if (metric === "invalidValues") {
      if (Array.isArray(args.validValues)) cons.enum = args.validValues;
      if (typeof args.pattern === "string") cons.pattern = args.pattern;
      if (zero) return;
      // why the upper bound only: mostly is a floor on the share passing; "at most p % invalid" is "at least 1 − p passing"
      if (percent && b.min === null && b.max !== null) { f.mostly = 1 - b.max / 100; return; }
      return this.warn(path, "an invalidValues bound other than 0 rows or at most a percent is not checked");
    }
    if (metric === "duplicateValues") {
      if (zero) { cons.unique = true; return; }
      return this.warn(path, "a duplicateValues bound other than 0 is not checked");
    }
    this.warn(path, `the metric ${JSON.stringify(metric)} is not checked on a property`);
  }

  /** Library metrics on the object: rowCount, duplicateValues over properties. */
  private objectQuality(q: unknown, path: string, d: Obj): void {
    if (!this.libraryRule(q, path)) return;
    const r = q as Obj;
    const metric = String(r.metric ?? r.rule);
    const b = toBound(r, path);
    if (b === null) return this.warn(path, "mustNotBe and mustNotBeBetween are not checked");
    if (metric === "rowCount" && r.unit !== "percent") {
      // records are whole numbers: an exclusive bound is the next one in
      d.rows = { min: b.min === null ? undefined : b.minExclusive ? Math.floor(b.min) + 1 : Math.ceil(b.min), max: b.max === null ? undefined : b.maxExclusive ? Math.ceil(b.max) - 1 : Math.floor(b.max) };
      return;
    }
    const props = isObj(r.arguments) && Array.isArray(r.arguments.properties) ? r.arguments.properties.map(String) : null;
    if (metric === "duplicateValues" && b.max === 0 && r.unit !== "percent") {
      if (props) ((d.uniqueKeys ??= []) as string[][]).push(props);
      else d.duplicateRows = true;
      return;
    }
    this.warn(path, `the object metric ${JSON.stringify(metric)} with these bounds is not checked (rowCount, and duplicateValues = 0, are)`);
  }

  /** True for a library rule this compiler may read; a text, sql or custom rule is listed as unsupported. */
  private libraryRule(q: unknown, path: string): boolean {
    if (!isObj(q)) throw new OdcsError(path, `expected a quality rule object, got ${show(q)}`);
    const type = q.type ?? "library";
    if (type !== "library") { this.warn(path, `a ${String(type)} rule is not run (library metrics are)`); return false; }
    if (q.metric === undefined && q.rule === undefined) throw new OdcsError(path, "a library rule names its metric");
    for (const k of Object.keys(q)) if (!QUALITY_QUIET.has(k) && !OPERATORS.includes(k)) this.warn(`${path}.${k}`, "no check of a CSV file reads it");
    if (q.severity !== undefined) this.warn(`${path}.severity`, "a rule's severity is not read; use --rule <code>=<level>");
    return true;
  }

  /** Relationships (property level, `from` implicit; object level, `from` and `to`) as Table Schema foreignKeys. */
  private relationships(o: Obj, props: Obj[], path: string, all: Obj[]): Obj[] {
    const out: Obj[] = [];
    const add = (from: string[], to: unknown, at: string) => {
      const refs = (Array.isArray(to) ? to : [to]).map((t) => this.reference(t, `${at}.to`, all));
      if (refs.some((r) => r === null)) return;
      const resources = new Set(refs.map((r) => r!.resource));
      if (resources.size !== 1 || refs.length !== from.length) { this.warn(at, "the relationship's from and to do not pair up in one object"); return; }
      const target = refs[0]!.resource;
      const resource = target === o.name ? "" : fileOf(all.find((x) => x.name === target));
      if (resource === null) { this.warn(at, `the object ${JSON.stringify(target)} names no CSV file: give it a physicalName such as "${target}.csv" (relative to the contract)`); return; }
      out.push({ fields: from, reference: { resource, fields: refs.map((r) => r!.field) } });
    };
    props.forEach((p, i) => {
      if (Array.isArray(p.relationships)) p.relationships.forEach((r, k) => isObj(r) && add([String(p.name)], r.to, `${path}.properties[${i}] (${JSON.stringify(p.name)}).relationships[${k}]`));
    });
    if (Array.isArray(o.relationships)) o.relationships.forEach((r, k) => {
      if (!isObj(r)) return;
      const from = (Array.isArray(r.from) ? r.from : [r.from]).map((f) => String(f).split(".").pop()!);
      add(from, r.to, `${path}.relationships[${k}]`);
    });
    return out;
  }

  /** `object.property` (shorthand) or `schema/<id>/properties/<id>` (fully qualified), within this contract. */
  private reference(t: unknown, path: string, all: Obj[]): { resource: string; field: string } | null {
    const s = String(t);
    const full = /^(?:#?\/)?schema\/([^/]+)\/properties\/([^/]+)$/.exec(s);
    if (full) {
      const obj = all.find((x) => x.id === full[1]);
      const prop = obj && Array.isArray(obj.properties) ? (obj.properties as Obj[]).find((x) => x.id === full[2]) : undefined;
      if (obj && prop) return { resource: String(obj.name), field: String(prop.name) };
    } else if (!s.includes("#") && !s.includes("/") && s.split(".").length === 2) {
      const [resource, field] = s.split(".");
      return { resource, field };
    }
    this.warn(path, `the reference ${JSON.stringify(s)} is not followed (object.property, or schema/<id>/properties/<id> in this contract, are)`);
    return null;
  }
}

/** Where another object's rows are: its physicalName when that names a data file (a foreign key's reference is a path). */
function fileOf(o: Obj | undefined): string | null {
  const p = o?.physicalName;
  return typeof p === "string" && /\.(csv|tsv|txt)(\.gz)?$/i.test(p) ? p : null;
}

/** The rule's operators as one bound; null for mustNotBe / mustNotBeBetween. */
function toBound(r: Obj, path: string): { min: number | null; max: number | null; minExclusive?: boolean; maxExclusive?: boolean } | null {
  if (r.mustNotBe !== undefined || r.mustNotBeBetween !== undefined) return null;
  const num = (k: string): number | null => {
    const v = r[k];
    if (v === undefined) return null;
    const x = typeof v === "bigint" ? Number(v) : v;
    if (typeof x !== "number") throw new OdcsError(`${path}.${k}`, `expected a number, got ${show(v)}`);
    return x;
  };
  const b: { min: number | null; max: number | null; minExclusive?: boolean; maxExclusive?: boolean } = { min: null, max: null };
  const eq = num("mustBe");
  if (eq !== null) { b.min = eq; b.max = eq; }
  const gt = num("mustBeGreaterThan"), ge = num("mustBeGreaterOrEqualTo"), lt = num("mustBeLessThan"), le = num("mustBeLessOrEqualTo");
  if (gt !== null) { b.min = gt; b.minExclusive = true; }
  if (ge !== null) b.min = ge;
  if (lt !== null) { b.max = lt; b.maxExclusive = true; }
  if (le !== null) b.max = le;
  const between = r.mustBeBetween;
  if (between !== undefined) {
    if (!Array.isArray(between) || between.length !== 2 || between.some((x) => typeof x !== "number")) throw new OdcsError(`${path}.mustBeBetween`, `expected [low, high], got ${show(between)}`);
    // the standard: mustBeBetween is mustBeGreaterThan and mustBeLessThan
    Object.assign(b, { min: between[0], max: between[1], minExclusive: true, maxExclusive: true });
  }
  if (b.min === null && b.max === null) throw new OdcsError(path, `a library rule needs an operator (${OPERATORS.join(", ")})`);
  return b;
}

function scale(b: { min: number | null; max: number | null }, k: number): Obj {
  return { ...b, min: b.min === null ? null : b.min * k, max: b.max === null ? null : b.max * k };
}

/** The bound as a descriptor writes it: only the keys that are set. */
function given(b: Obj): Obj {
  return Object.fromEntries(Object.entries(b).filter(([, v]) => v !== null && v !== undefined));
}

/** yyyy-MM-dd'T'HH:mm:ss → %Y-%m-%dT%H:%M:%S; null for letters it does not know (zones, fractions, names). */
export function javaToStrftime(p: string): string | null {
  const map: Record<string, string> = { yyyy: "%Y", MM: "%m", dd: "%d", HH: "%H", mm: "%M", ss: "%S" };
  let out = "";
  for (let i = 0; i < p.length;) {
    const tok = Object.keys(map).find((t) => p.startsWith(t, i));
    if (tok) { out += map[tok]; i += tok.length; continue; }
    const ch = p[i];
    if (ch === "'") { const j = p.indexOf("'", i + 1); if (j < 0) return null; out += p.slice(i + 1, j); i = j + 1; continue; }
    if (/[A-Za-z]/.test(ch) && ch !== "T") return null;
    out += ch;
    i++;
  }
  return out;
}

/** The ISO forms ingest-check reads by default: no format needed. */
function isIsoPattern(strf: string, type: string): boolean {
  return (type === "date" && strf === "%Y-%m-%d") || (type === "datetime" && strf === "%Y-%m-%dT%H:%M:%S") || (type === "time" && strf === "%H:%M:%S");
}
