// The compiled schema the checks run against (owned by schema/; the pipeline only passes it along).
import type { ZodType } from "zod";
import type { DefectCode, RuleLevel } from "../types.js";
import type { TypeParser } from "./parsers.js";
import type { SpanPlan } from "./span-plan.js";
import type { IssueInput } from "./issues-by-hand.js";

/** A Table Schema descriptor (Frictionless v1/v2), as JSON. */
export type TableSchemaDescriptor = Record<string, unknown> & { fields: Array<Record<string, unknown>> };

/** Table Schema v2 `fieldsMatch`; null = ingest-check's default (by name, any order; missing and extra reported). */
export type FieldsMatch = "exact" | "equal" | "subset" | "superset" | "partial";

/** A field's severities from the schema (`severity: "warning"` or `severity: { minimum: "off" }`). */
export interface FieldSeverity {
  /** Applies to every code of this field, unless byCode names it. */
  all: RuleLevel | null;
  byCode: Partial<Record<DefectCode, RuleLevel>>;
}

/** Constraint values as the schema author wrote them, for messages. */
export interface ConstraintDisplay {
  minimum?: string;
  exclusiveMinimum?: string;
  maximum?: string;
  exclusiveMaximum?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** The allowed values, quoted and joined for the `enum` message. */
  enum?: string;
}

/** One field, compiled once per schema: everything the per-cell path needs, decided up front. */
export interface CompiledField {
  name: string;
  /** Table Schema type (for a zod module: as far as it could be read; "any" when unknown). */
  type: string;
  format: string | null;
  required: boolean;
  unique: boolean;
  /** Declared missing values (field-level `missingValues`, else the schema's; default [""]). */
  missing: ReadonlySet<string>;
  /** Longest entry of `missing` (a longer cell skips the set lookup). */
  missingMaxLength: number;
  /** Null-like tokens that are `ambiguous-null` in this field (empty set: never). */
  nullLike: ReadonlySet<string>;
  /** Inferred fields: null-like tokens the sample holds as values like the column's others, not as "missing" (value-tokens.ts). */
  valueTokens?: ReadonlySet<string>;
  /** A number field: NaN/INF spellings are `non-finite` unless `allowNonFinite`. */
  numberField: boolean;
  allowNonFinite: boolean;
  /** A text field: `formula-injection` applies. */
  text: boolean;
  maxNullRatio: number | null;
  severity: FieldSeverity | null;
  /** The type's parser (null for zod-module fields, which zod parses). */
  parser: TypeParser | null;
  /**
   * Hand-compiled fast path on non-missing cell text: true means "surely valid" (type and every
   * constraint). False means "ask zod", which reports the exact issues. Null: every text is valid.
   * A differential test (test/schema/fast-path.test.ts) proves it never accepts what `zod` rejects.
   */
  fast: ((text: string) => boolean) | null;
  /** `fast` on the range text[from, to), without the cell's string: true only where `fast` is; absent or null: none. */
  span?: ((text: string, from: number, to: number) => boolean) | null;
  /** The same test as data, for the cells check to run through span-plan.ts runSpan (absent or null: none). */
  spanPlan?: SpanPlan | null;
  /** The field's zod schema over the cell (text, or undefined when missing); null for zod-module fields. */
  zod: ZodType | null;
  /**
   * The issues `zod.safeParse(cell)` gives, worked out without zod (schema/issues-by-hand.ts); absent or null: ask
   * `zod`. Only fields compiled from Table Schema have it; a field whose `zod` is replaced must drop it.
   */
  issues?: ((text: string) => IssueInput[]) | null;
  display: ConstraintDisplay;
  /** GX's `mostly`: the share of non-missing values that must pass the type and constraints; failures are one `aggregate` defect per column instead of one per cell. */
  mostly?: number | null;
  /** Bounds on the whole column's figures (`aggregate`). */
  aggregates?: AggregateBounds | null;
}

/** A column figure's bounds, both optional (`{ "min": 1, "max": 9 }`); exclusive ones come from ODCS's mustBeGreaterThan / mustBeLessThan. */
export interface Bound { min: number | null; max: number | null; minExclusive?: boolean; maxExclusive?: boolean }

/** Field `aggregates`: bounds on figures of the whole column, merged across a split file's parts. */
export interface AggregateBounds {
  mean?: Bound;
  sum?: Bound;
  min?: Bound;
  max?: Bound;
  distinct?: Bound;
  missingRatio?: Bound;
  /** Missing cells, counted (ODCS nullValues / missingValues in rows). */
  missing?: Bound;
}

/** A schema key accepted but not checked (an ODCS key with no CSV meaning, …): `schema-unsupported`, once per file. */
export interface UnsupportedKey { key: string; why: string }

export interface CompiledSchema {
  /** Where it came from (the path the user gave), or null when inferred. */
  source: string | null;
  sha256: string | null;
  inferred: boolean;
  /** "table-schema" (JSON/YAML), "zod-module" (.ts/.js/.mjs) or "inferred". */
  kind: "table-schema" | "zod-module" | "inferred";
  /** The schema as Table Schema: printed by `infer`, put in the report when inferred. */
  descriptor: TableSchemaDescriptor;
  /** Field names in schema order. */
  fieldNames: string[];
  fields: CompiledField[];
  /**
   * The whole-record zod schema: for a zod module, the user's (with its refinements); for a Table
   * Schema, z.object over the fields' schemas. Record objects map field name → cell text (undefined when missing).
   */
  zod: ZodType;
  /** True when records must be validated whole through `zod` (zod modules: refinements see every field). */
  rowLevel: boolean;
  fieldsMatch: FieldsMatch | null;
  /** Bind fields to columns by position rather than by name (inferred schemas). */
  positional: boolean;
  /** `rowRules`: expressions over a record's fields (`row-rule`), compiled once. */
  rowRules?: import("./row-rules.js").RowRule[];
  /** `duplicateRows: true`: whole-record repeats are `duplicate-row`. */
  duplicateRows?: boolean;
  /** Keys of the schema file accepted but not checked, each a `schema-unsupported` warning per file. */
  unsupported?: UnsupportedKey[];
  primaryKey: string[] | null;
  uniqueKeys: string[][];
  rows: { min: number | null; max: number | null } | null;
  /** Table Schema `foreignKeys` (checked by checks/schema/foreign-key.ts); absent or empty: none. */
  foreignKeys?: ForeignKeySpec[];
}

/** One `foreignKeys` entry: `fields` of this table must be a key of `reference.fields` in `reference.resource`. */
export interface ForeignKeySpec {
  fields: string[];
  reference: {
    /** "" = this same file; otherwise a Data Package resource name, or a path (relative to the schema file). */
    resource: string;
    fields: string[];
  };
}
