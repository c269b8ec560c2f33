// zod issues → defect codes and message params (too_small → minimum/min-length, invalid_format → pattern …).
import type { DefectCode } from "../defects/catalog.js";
import { charLength } from "./issues-by-hand.js";
import type { CompiledField } from "./types.js";

/** A zod 4 issue, as far as the mapping reads it. */
export interface ZodIssueLike extends IssueFields {
  message: string;
  path: PropertyKey[];
}

/** What mapIssue reads of an issue: zod's, or one worked out by hand (issues-by-hand.ts), which has no message or path. */
export interface IssueFields {
  code: string;
  message?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  values?: unknown[];
  expected?: string;
  input?: unknown;
}

export interface MappedIssue {
  code: DefectCode;
  params: Record<string, unknown>;
  message?: string;
}

const LENGTH_ORIGINS = new Set(["string", "array", "set", "file"]);

function bound(v: unknown, origin: string | undefined): string {
  if (origin === "date" && typeof v === "number") return new Date(v).toISOString().replace(/T00:00:00\.000Z$/, "");
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function lengthOf(issue: IssueFields, text: string): number {
  const v = issue.input;
  if (typeof v === "string") return charLength(v);
  if (Array.isArray(v)) return v.length;
  if (typeof v === "object" && v !== null) return Object.keys(v).length;
  return charLength(text);
}

const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** Maps one issue on a field's cell; `field` gives the schema's own wording of bounds and enums. */
export function mapIssue(issue: IssueFields, field: CompiledField | null, text: string): MappedIssue {
  const display = field?.display ?? {};
  switch (issue.code) {
    case "invalid_type":
      return { code: "type-error", params: { type: field?.type ?? issue.expected ?? "value", expected: field?.parser?.expected ?? (issue.expected ? article(issue.expected) : undefined) } };
    case "too_small":
      if (LENGTH_ORIGINS.has(issue.origin ?? "")) return { code: "min-length", params: { length: lengthOf(issue, text), minLength: display.minLength ?? issue.minimum } };
      return { code: "minimum", params: { minimum: (issue.inclusive === false ? display.exclusiveMinimum : display.minimum) ?? bound(issue.minimum, issue.origin), exclusive: issue.inclusive === false } };
    case "too_big":
      if (LENGTH_ORIGINS.has(issue.origin ?? "")) return { code: "max-length", params: { length: lengthOf(issue, text), maxLength: display.maxLength ?? issue.maximum } };
      return { code: "maximum", params: { maximum: (issue.inclusive === false ? display.exclusiveMaximum : display.maximum) ?? bound(issue.maximum, issue.origin), exclusive: issue.inclusive === false } };
    case "invalid_format":
      if (issue.format === "regex" || issue.format === undefined) {
        const p = display.pattern ?? String(issue.pattern ?? "").replace(/^\/(.*)\/[a-z]*$/s, "$1");
        return { code: "pattern", params: { pattern: p } };
      }
      return { code: "pattern", params: { format: issue.format } };
    case "invalid_value":
      return { code: "enum", params: { allowed: display.enum ?? (issue.values ?? []).map((v) => JSON.stringify(v)).join(", ") } };
    default:
      // custom (refinements) and anything else zod can say: the message is the module's own
      return { code: "custom", params: { message: issue.message }, message: issue.message };
  }
}
