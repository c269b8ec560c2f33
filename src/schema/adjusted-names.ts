// Whether a schema's field names are those of a header as one pass adjusts it without a schema (so `infer` wrote them).
import { ROW_NAMES } from "./row-names.js";
import type { CompiledSchema } from "./types.js";

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

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
  if (want[0].startsWith(ROW_NAMES) && (same(want.slice(1), names) || (names[0]?.trim() === "" && same(want.slice(1), names.slice(1))))) return true;
  if (same(want.slice(0, -1), names.slice(0, -1)) && names[names.length - 1]?.trim() === "" && want[want.length - 1] === `field${names.length}`) return true;
  if (same(want, names.slice(0, -1))) return true;
  return want.every((n, i) => n === `field${i + 1}`);
}
