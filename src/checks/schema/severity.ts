// The severity a schema field sets for one of its codes (`severity: "warning"` or `{ code: level }`).
import type { CompiledField } from "../../schema/types.js";
import type { DefectCode, RuleLevel } from "../../types.js";

export function fieldLevel(field: CompiledField | null, code: DefectCode): RuleLevel | undefined {
  const s = field?.severity;
  if (!s) return undefined;
  return s.byCode[code] ?? s.all ?? undefined;
}

/** The characters of a cell a report quotes. */
export const VALUE_CUT = 200;

/** Cuts a cell to the report's 200 characters. */
export function cut(v: string): string {
  return v.length > VALUE_CUT ? v.slice(0, VALUE_CUT) : v;
}
