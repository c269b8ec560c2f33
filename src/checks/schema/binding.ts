// Which file column each schema field reads, decided once per file from the header and `fieldsMatch`.
import type { CompiledSchema } from "../../schema/types.js";
import type { Header } from "../types.js";
import { schemaNamesInferredFrom } from "../../schema/adjusted-names.js";

export interface Binding {
  /** columnOf[f] = 0-based file column of schema field f, or -1 when the file has none. */
  columnOf: Int32Array;
  /** Schema fields (indices) the file lacks. */
  missingFields: number[];
  /** File columns (0-based) no schema field describes. */
  extraColumns: number[];
}

const cache = new WeakMap<Header, WeakMap<CompiledSchema, Binding>>();

/**
 * Binds by name (first column of that name; a repeated name is the structure check's `header-duplicate`),
 * or by position for inferred schemas, files without a header row, and a schema whose names are the header's as
 * `infer` writes them.
 */
export function bind(schema: CompiledSchema, header: Header): Binding {
  let perHeader = cache.get(header);
  if (perHeader === undefined) cache.set(header, (perHeader = new WeakMap()));
  const hit = perHeader.get(schema);
  if (hit !== undefined) return hit;

  const names = header.names;
  const columnOf = new Int32Array(schema.fields.length).fill(-1);
  const described = new Uint8Array(names.length);
  // a schema `infer` wrote for a header with blank or repeated names names its columns in order (`field2`, `x_3`)
  if (schema.positional || !header.present || schemaNamesInferredFrom(names, schema.fieldNames)) {
    for (let f = 0; f < schema.fields.length && f < names.length; f++) { columnOf[f] = f; described[f] = 1; }
  } else {
    const first = new Map<string, number>();
    names.forEach((n, i) => { if (!first.has(n)) first.set(n, i); });
    schema.fields.forEach((field, f) => {
      const col = first.get(field.name);
      if (col !== undefined) { columnOf[f] = col; described[col] = 1; }
    });
    // a repeated name is described too (header-duplicate reports it; it is not also "extra")
    const fieldNames = new Set(schema.fieldNames);
    names.forEach((n, i) => { if (fieldNames.has(n)) described[i] = 1; });
  }
  const missingFields: number[] = [];
  columnOf.forEach((c, f) => { if (c < 0) missingFields.push(f); });
  const extraColumns: number[] = [];
  described.forEach((d, i) => { if (!d) extraColumns.push(i); });
  const b = { columnOf, missingFields, extraColumns };
  perHeader.set(schema, b);
  return b;
}
