// Schema loading: Table Schema (.json/.yaml/.yml) or zod module (.ts/.js/.mjs) → CompiledSchema; inference; printing.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Yaml from "yaml";
import { describeSystemError, IngestError } from "../defects/errors.js";
import { lazy, nodeRequire } from "../lazy.js";
import { compileTableSchema, DescriptorError } from "./table-schema.js";
import { compileOdcs, isOdcs, OdcsError } from "./odcs.js";
import { parseJsonExact, parseYamlExact } from "./literals.js";
import type { CompiledSchema, TableSchemaDescriptor } from "./types.js";

// why lazy: yaml is one of the largest packages to load, and only YAML schemas and `infer --yaml` use it.
const loadYaml = lazy<typeof Yaml>("yaml", "YAML schemas and infer --yaml", () => (typeof require === "function" ? require("yaml") : nodeRequire("yaml")));

export { inferSchema, INFER_SAMPLE_ROWS, INFER_CONFIDENCE, INFER_NULL_SHARE } from "./infer.js";
export { compileTableSchema } from "./table-schema.js";
export type { CompiledField, CompiledSchema, TableSchemaDescriptor, FieldsMatch } from "./types.js";

const oneLine = (s: string): string => s.split("\n")[0].trim();

/**
 * Loads and compiles a schema file. Throws IngestError("schema", "<file>: <what is wrong>") — one
 * line naming the file and the offending key — on any problem.
 */
export async function loadSchema(given: string): Promise<CompiledSchema> {
  // `contract.odcs.yaml#orders`: one object of an ODCS contract that describes several
  const fragment = /^(.+\.(?:ya?ml|json))#([^/#]+)$/i.exec(given);
  const path = fragment && !existsSync(given) ? fragment[1] : given;
  const objectName = path === given ? null : fragment![2];
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new IngestError("schema", `${path}: ${describeSystemError(e)}`, { cause: e });
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const ext = extname(path).toLowerCase();
  try {
    switch (ext) {
      case ".json": {
        let raw: unknown;
        try {
          raw = parseJsonExact(bytes.toString("utf8").replace(/^\uFEFF/, ""));
        } catch (e) {
          throw new IngestError("schema", `${path}: invalid JSON: ${oneLine((e as Error).message)}`);
        }
        return compileDescriptor(raw, { source: given, sha256 }, objectName);
      }
      case ".yaml": case ".yml": {
        const yaml = loadYaml(); // outside the try below: a failed load is not "invalid YAML"
        let raw: unknown;
        try {
          raw = parseYamlExact(yaml, bytes.toString("utf8"));
        } catch (e) {
          throw new IngestError("schema", `${path}: invalid YAML: ${oneLine((e as Error).message)}`);
        }
        return compileDescriptor(raw, { source: given, sha256 }, objectName);
      }
      case ".ts": case ".mts": case ".cts": case ".js": case ".mjs": case ".cjs": {
        const url = pathToFileURL(resolve(path)).href;
        let mod: Record<string, unknown>;
        try {
          if (ext.endsWith("ts")) {
            // why tsx: a .ts schema runs without a build step; tsImport scopes the loader to this import.
            // why through importSchemaModule: the CLI bundle turns import() into require(), which loads tsx's CommonJS
            // build of esm/api, and that one fails on Node 20 ("Cannot find module …/esm/api/esm/index.mjs")
            const { tsImport } = (await importSchemaModule("tsx/esm/api")) as typeof import("tsx/esm/api");
            mod = (await tsImport(url, import.meta.url)) as Record<string, unknown>;
          } else {
            mod = (await importSchemaModule(url)) as Record<string, unknown>;
          }
        } catch (e) {
          throw new IngestError("schema", `${path}: the module could not be loaded: ${oneLine(String((e as Error)?.message ?? e))}`, { cause: e });
        }
        let def = mod.default;
        // a CommonJS or tsx-wrapped module may nest the default export one level down
        if (def && typeof def === "object" && !("_zod" in def) && "default" in def) def = (def as { default: unknown }).default;
        if (def === undefined) throw new IngestError("schema", `${path}: default export: missing; export default z.object({...}) or (z) => z.object({...})`);
        // why lazy: only module schemas need it; its ModuleShapeError is named here so that import stays lazy
        const { compileZodModule, ModuleShapeError } = await import("./zod-module.js");
        try {
          return compileZodModule(def, mod.missingValues, { source: path, sha256 });
        } catch (e) {
          if (e instanceof ModuleShapeError) throw new IngestError("schema", `${path}: default export: ${e.message}`);
          throw e;
        }
      }
      default:
        throw new IngestError("schema", `${path}: unknown schema file type ${JSON.stringify(ext || "(none)")}; use .json, .yaml, .yml, .ts, .js or .mjs`);
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if (e instanceof DescriptorError) throw new IngestError("schema", `${path}: ${e.message}`);
    if (e instanceof OdcsError) throw new IngestError("schema", `${path}: ${e.path}: ${e.message}`);
    throw new IngestError("schema", `${path}: ${oneLine(String((e as Error)?.message ?? e))}`, { cause: e });
  }
}

/** A Table Schema, or an ODCS v3 contract compiled to one (its unchecked keys kept for `schema-unsupported`). */
function compileDescriptor(raw: unknown, meta: { source: string; sha256: string }, objectName: string | null): CompiledSchema {
  if (!isOdcs(raw)) {
    if (objectName !== null) throw new IngestError("schema", `${meta.source}: "#${objectName}" names an object of an ODCS contract, and this file is not one`);
    return compileTableSchema(raw, meta);
  }
  const odcs = compileOdcs(raw, objectName);
  const schema = compileTableSchema(odcs.descriptor, meta);
  schema.unsupported = odcs.unsupported;
  return schema;
}

/** The descriptor as text, for `ingest-check infer` (JSON) and `infer --yaml`. */
export function schemaToText(descriptor: TableSchemaDescriptor, format: "json" | "yaml"): string {
  return format === "yaml" ? loadYaml().stringify(descriptor) : `${JSON.stringify(descriptor, null, 2)}\n`;
}

/**
 * import() of a schema module. why the lent importer: the CLI runs as one CommonJS bundle compiled from V8's code
 * cache (bin/bundle-loader.ts), where Node 20 cannot import(); the bin, a module Node loaded itself, lends its own import().
 */
function importSchemaModule(url: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for("ingest-check.import")] as ((u: string) => Promise<unknown>) | undefined;
  return lent ? lent(url) : import(url);
}
