// Whether a schema's field names are those of a header as one pass adjusts it without a schema (so `infer` wrote them).
import { ROW_NAMES } from "./row-names.js";
import type { CompiledSchema } from "./types.js";

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** The field names `infer` writes for a header: a blank name is `field<i>`, a repeated one `<name>_<i>` (i from 1). */
export function inferredNames(header: string[]): string[] {
  const used = new Set<string>();
  return header.map((raw, col) => {
    let name = raw === "" ? `field${col + 1}` : raw;
    if (used.has(name)) name = `${name}_${col + 1}`;
    used.add(name);
    return name;
  });
}

/**
 * True when `want` is the header as `infer` names it and not the header itself: a blank or repeated name. why: such a
 * schema, given back, named columns the file does not have (`x_3`, `field2`), so every one was header-missing-column
 * and its column header-extra-column; its fields are the header's columns in order, so they bind by position.
 */
export function schemaNamesInferredFrom(names: string[], want: string[]): boolean {
  return !same(names, want) && same(inferredNames(names), want);
}

/**
 * True when `want` (the schema's names) is not the header but one of its adjusted readings: a row-names column
 * added or named (`row.names`), a trailing delimiter's blank last name (`field21`) or the last name dropped, or
 * record types (`field1`…`fieldN`). why names alone: the parts of a split file and `--part` see the header, not
 * the sample the one pass adjusts it from, so such a file is read whole. A schema that asks only part of the header
 * (`fieldsMatch` subset, superset, partial) names columns, not a reading.
 */
export function schemaNamesAdjustedHeader(names: string[], schema: Pick<CompiledSchema, "fieldNames" | "fieldsMatch">): boolean {
  const want = schema.fieldNames;
  if (schema.fieldsMatch !== null && schema.fieldsMatch !== "exact" && schema.fieldsMatch !== "equal") return false;
  if (same(names, want) || want.length === 0) return false;
  // a row-names column is named before the names are made unique, so `x, x` after it is written `x, x_3`
  const asInferred = (h: string[]) => same(want, inferredNames(h));
  if (want[0].startsWith(ROW_NAMES) && (asInferred([want[0], ...names]) || (names[0]?.trim() === "" && asInferred([want[0], ...names.slice(1)])))) return true;
  if (same(want.slice(0, -1), inferredNames(names.slice(0, -1))) && names[names.length - 1]?.trim() === "" && want[want.length - 1] === `field${names.length}`) return true;
  if (asInferred(names.slice(0, -1))) return true;
  return want.every((n, i) => n === `field${i + 1}`);
}
