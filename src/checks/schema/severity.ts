// The severity a schema field sets for one of its codes (`severity: "warning"` or `{ code: level }`).
import type { CompiledField } from "../../schema/types.js";
import type { DefectCode, RuleLevel } from "../../types.js";

export function fieldLevel(field: CompiledField | null, code: DefectCode): RuleLevel | undefined {
  const s = field?.severity;
  if (!s) return undefined;
  return s.byCode[code] ?? s.all ?? undefined;
}

/** Cuts a cell to the report's 200 characters. */
export function cut(v: string): string {
  return v.length > 200 ? v.slice(0, 200) : v;
}
