// GX's `mostly` for a field: its type and constraints must hold for at least that share of its values, judged once per column (`aggregate`).
import type { CompiledField } from "../../schema/types.js";
import type { DefectCode } from "../../types.js";
import type { CheckContext } from "../types.js";
import { fieldLevel } from "./severity.js";

/** The per-cell codes `mostly` turns into one column verdict; required, ambiguous-null and formula-injection stay per cell. */
export const MOSTLY_CODES: ReadonlySet<DefectCode> = new Set<DefectCode>(["type-error", "non-finite", "minimum", "maximum", "min-length", "max-length", "pattern", "enum"]);

const pct = (x: number): string => `${Number((x * 100).toPrecision(4))}%`;

/** Reports the column once when fewer than `mostly` of its non-missing values passed (GX leaves missing values out too). */
export function mostlyVerdict(ctx: CheckContext, field: CompiledField, column: string, columnIndex: number, values: number, failed: number): void {
  const mostly = field.mostly!;
  if (values === 0 || (values - failed) / values >= mostly) return;
  const level = fieldLevel(field, "aggregate");
  if (level === "off") return;
  ctx.report({
    code: "aggregate", row: null, line: null, column, columnIndex,
    params: { figure: "the share of values passing its type and constraints", value: `${pct((values - failed) / values)} (${failed} of ${values} failed)`, bound: `at least ${pct(mostly)} (mostly)`, aggregate: "mostly", failed, values },
    ...(level ? { severity: level } : {}),
  });
}
