// Inference: a conservative Table Schema (types and missing values, never constraints) from a sample of records.
import { inferredNames } from "./adjusted-names.js";
import type { ZodType } from "zod";
import type { ParsedRecord } from "../types.js";
import { compileField, loadZod, type FieldSpec } from "./compile-field.js";
import { compileStrftime, parseIsoDate, parseIsoDatetime, parseIsoTime } from "./parsers.js";
import { NON_FINITE, NULL_LIKE } from "./tokens.js";
import { valueTokensOf } from "./value-tokens.js";
import type { CompiledField, CompiledSchema, TableSchemaDescriptor } from "./types.js";

/** Data records the pipeline buffers before the first check runs, to infer a schema from. */
export const INFER_SAMPLE_ROWS = 10_000;

/**
 * A column gets a type when at least this share of its non-missing sampled values parse as it
 * (1 in 1000 may be a typo, which then becomes a `type-error`); otherwise it stays a string.
 */
export const INFER_CONFIDENCE = 0.999;

/** A null-like token (`NA`, `-` …) that fills at least this share of a column's sampled cells is declared one of its missing values. */
export const INFER_NULL_SHARE = 0.01;

// why these shapes: conservative on purpose. No leading zeros (zip codes, account numbers stay
// strings), no "+" on its own (phone numbers; see signedAsNumber), no thousands separators; booleans only
// as true/false words. A point may end or start a number (`4710.`, `0.`, `.5`: Fortran, IDL and R write these).
const BOOL_RE = /^(?:true|false|True|False|TRUE|FALSE)$/;
const INT_RE = /^-?(?:0|[1-9]\d{0,17})$/;
const NUM_RE = /^-?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

interface Candidate { type: string; test(s: string): boolean }
const CANDIDATES: Candidate[] = [
  { type: "boolean", test: (s) => BOOL_RE.test(s) },
  { type: "integer", test: (s) => INT_RE.test(s) },
  { type: "number", test: (s) => NUM_RE.test(s) || NON_FINITE.has(s) },
  { type: "date", test: (s) => parseIsoDate(s) === parseIsoDate(s) },
  { type: "datetime", test: (s) => parseIsoDatetime(s) === parseIsoDatetime(s) },
  { type: "time", test: (s) => parseIsoTime(s) === parseIsoTime(s) },
];

/** Null-like words a file may use as its own missing-value marker (R's NA, SQL's NULL, MySQL's \N …). */
const MARKERS: ReadonlySet<string> = new Set(["NA", "N/A", "n/a", "N/K", "n/k", "NULL", "null", "None", "#N/A", "\\N", "nil"]);

/** Markers that tools write by default (R's write.csv / write.table, MySQL and PostgreSQL dumps). */
const WRITER_DEFAULTS: ReadonlySet<string> = new Set(["NA", "\\N"]);

interface ColumnSample { present: number; nullCounts: Map<string, number>; values: string[] }

function sampleColumn(sample: ParsedRecord[], col: number): ColumnSample {
  let present = 0;
  const nullCounts = new Map<string, number>();
  const values: string[] = [];
  for (const rec of sample) {
    if (rec.skipped || col >= rec.cells.length) continue;
    present++;
    const v = rec.cells[col];
    if (v === "") continue;
    if (NULL_LIKE.has(v)) nullCounts.set(v, (nullCounts.get(v) ?? 0) + 1);
    else values.push(v);
  }
  return { present, nullCounts, values };
}

/** A number with a fraction or an exponent (`32.2`, `1e5`): a value a whole-number column can take. */
const isDecimal = (s: string): boolean => NUM_RE.test(s) && !INT_RE.test(s);

/**
 * The values with an explicit `+` read without it where the column is a signed quantity: it also holds a negative
 * value (UTC offsets `+7` / `-10`, declinations `+16.448` / `-58.816`), or the value has a fraction or an exponent.
 * why not every `+`: a column of `+4420…` alone is phone numbers, which stay text.
 */
function signedAsNumber(values: string[]): string[] {
  if (!values.some((v) => v.charCodeAt(0) === 43)) return values;
  const negatives = values.some((v) => v.charCodeAt(0) === 45);
  return values.map((v) => (v.charCodeAt(0) === 43 && (negatives || /[.eE]/.test(v)) ? v.slice(1) : v));
}

/** Spaces and TABs around a cell's text (a writer's alignment padding: `0.10457; 115.149`, `| 2230151 |`). */
const PADDING = /^[ \t]+|[ \t]+$/g;
const isPadded = (s: string): boolean => { const c = s.charCodeAt(0), e = s.charCodeAt(s.length - 1); return c === 32 || c === 9 || e === 32 || e === 9; };

/** The type of a column and whether its numbers are padded (read with Table Schema's `bareNumber: false`). */
interface InferredType { type: string; padded: boolean; format?: string }

/** The three spellings of a date and time joined by a space, as SQL dumps and loggers write them. */
const SPACED_FORMATS: ReadonlyArray<[RegExp, string]> = [
  [/^\d{4}-\d\d-\d\d \d\d:\d\d$/, "%Y-%m-%d %H:%M"],
  [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/, "%Y-%m-%d %H:%M:%S"],
  [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{1,9}$/, "%Y-%m-%d %H:%M:%S.%f"],
];

/**
 * A column of datetimes written with a space for ISO's `T` (`2020-01-01 12:00:00`, USGS `2020-03-01 00:15`): a
 * datetime field with that pattern as its Table Schema `format`, when one spelling covers the column as ISO would.
 * why a format, not a looser default: Table Schema's default datetime is ISO with `T`; the pattern keeps a real bad
 * value (`2020-02-30 10:00`, `n/a`) a `type-error`, and a schema saved by `infer` reads the file the same way.
 */
function spacedDatetime(raw: string[]): InferredType | null {
  const shape = SPACED_FORMATS.find(([re]) => raw.filter((v) => re.test(v)).length >= raw.length * INFER_CONFIDENCE);
  if (!shape) return null;
  const parse = compileStrftime(shape[1], "datetime");
  const ok = raw.filter((v) => shape[0].test(v) && !Number.isNaN(parse(v))).length;
  return ok >= raw.length * INFER_CONFIDENCE ? { type: "datetime", padded: false, format: shape[1] } : null;
}

/**
 * The column's type; a column of numbers padded with spaces (`; 115.149`, `, 25`, right-aligned ` 492`) is a number
 * column whose cells are read with `bareNumber: false` (the standard's "strip what is around the number").
 * why only numbers, and no non-finite spelling: a padded ` NaN` is no number the stripped reading accepts, and
 * padded text (` Arial`) or dates stay what they were; a cell of spaces alone counts against the column.
 */
function inferColumnType(raw: string[]): InferredType {
  const type = inferType(raw);
  if (type === "string" && raw.length > 0) {
    const spaced = spacedDatetime(raw);
    if (spaced !== null) return spaced;
  }
  if (type === "string" && raw.length >= TYPO_MIN_VALUES) {
    const typed = typoNumberType(raw) ?? strayZeroType(raw);
    if (typed !== null) return { type: typed, padded: false };
  }
  const aligned = paddedAmongNumbers(type, raw);
  if (aligned !== null) return aligned;
  if (type !== "string" || !raw.some(isPadded)) return { type, padded: false };
  const trimmed = raw.map((v) => v.replace(PADDING, ""));
  if (trimmed.some((v) => NON_FINITE.has(v))) return { type, padded: false };
  const t = inferType(trimmed);
  return t === "integer" || t === "number" ? { type: t, padded: true } : { type, padded: false };
}

/**
 * A number column (its unpadded values decide it) in which a few values carry a writer's alignment padding
 * (` 6.109` among `4.8` and `2.58`, a catalogue's hand-aligned row): also read with `bareNumber: false`, so the
 * padded value is the number it shows. why: the column was a number column all the same, and each padded value a
 * `type-error` that pandas and R read as the number; a padded ` NaN` keeps the strict reading (as above).
 */
function paddedAmongNumbers(type: string, raw: string[]): InferredType | null {
  if ((type !== "integer" && type !== "number") || !raw.some(isPadded)) return null;
  const trimmed = raw.map((v) => v.replace(PADDING, ""));
  if (trimmed.some((v) => NON_FINITE.has(v))) return null;
  const t = inferType(trimmed);
  return t === "integer" || t === "number" ? { type: t, padded: true } : null;
}

/** A column needs this many values before one or two typos among its numbers are read as typos. */
const TYPO_MIN_VALUES = 20;
/** At most this many digit typos in a column of numbers. */
const TYPO_MAX = 2;
/** A letter typed for the digit it looks like: O/o for 0, l/I for 1. */
const LOOKALIKE = /[OolI]/g;

/**
 * A column of numbers but for one or two cells that are numbers with a letter typed for a look-alike digit (`5.1O`,
 * `1l.2`): a number (or integer) column, so the typo is a `type-error` instead of turning the column to text.
 * why so narrow: 99.9 % of a small column cannot hold one odd value, and a text column of codes does not hold
 * 20 plain numbers beside two; only O/o/l/I (not any letter: `12a` is a house number) mark a slip of the keyboard.
 */
function typoNumberType(raw: string[]): string | null {
  const odd = raw.filter((v) => !NUM_RE.test(v));
  if (odd.length === 0 || odd.length > TYPO_MAX) return null;
  if (!odd.every((v) => /\d/.test(v) && NUM_RE.test(v.replace(LOOKALIKE, (c) => (c === "O" || c === "o" ? "0" : "1"))))) return null;
  const t = inferType(raw.filter((v) => NUM_RE.test(v)));
  return t === "integer" || t === "number" ? t : null;
}

/** A whole number written with leading zeros (`09`, `007`). */
const ZERO_LED = /^0\d+$/;
/** At most this share of a column's values (or TYPO_MAX of them) may carry a stray leading zero. */
const STRAY_ZERO_SHARE = 0.01;

/**
 * A column of whole numbers but for a few written with a leading zero (`09` among `8`, `9`, `10`: a hand-typed
 * measurement): an integer column (Table Schema's integer reads `09` as 9), instead of text.
 * why so narrow: leading zeros mark codes (zip codes, account numbers), and codes are fixed-width, so a zero-led
 * value is a stray only when unpadded values shorter than it stand beside it, and only a few carry one (two, or
 * 1 % of a larger sample; the column holds at least 20 values). `02134` among five-digit zip codes stays text.
 */
function strayZeroType(raw: string[]): string | null {
  const zeroLed = raw.filter((v) => ZERO_LED.test(v));
  if (zeroLed.length === 0 || zeroLed.length > Math.max(TYPO_MAX, raw.length * STRAY_ZERO_SHARE)) return null;
  const plain = raw.filter((v) => !ZERO_LED.test(v));
  if (!plain.every((v) => INT_RE.test(v))) return null;
  const longest = Math.max(...zeroLed.map((v) => v.length));
  return plain.some((v) => v.replace("-", "").length < longest) ? "integer" : null;
}

function inferType(raw: string[]): string {
  if (raw.length === 0) return "string";
  const signed = signedAsNumber(raw);
  for (const c of CANDIDATES) {
    // why only for numbers: a `+18:53:03.71` declination is no time of day (the time parser refuses the sign)
    const values = c.type === "integer" || c.type === "number" ? signed : raw;
    // why: one decimal among whole numbers makes a number column, not an integer column with a typo (see wholeNumberField)
    if (c.type === "integer" && values.some(isDecimal)) continue;
    let ok = 0;
    for (const v of values) if (c.test(v)) ok++;
    if (ok / values.length >= INFER_CONFIDENCE) return c.type;
  }
  return "string";
}

/**
 * The file's own missing-value marker: the one null-like word (`NA` of R, `NULL`, `\N` …) that is the only
 * null-like spelling anywhere in the sample, and fills at least INFER_NULL_SHARE of some column (or is a
 * writer's default marker, NA or \N). why file-wide:
 * R writes NA in every column, so a numeric column with two NAs in 300 rows (and NA common in another column)
 * holds missing values, not ambiguous ones. Two spellings in one file stay ambiguous.
 */
export function fileMissingToken(cols: ColumnSample[]): string | null {
  const seen = new Set<string>();
  // why not NaN: a number column's not-a-number (R and pandas write it next to NA) is a value, not a spelling of missing
  for (const c of cols) for (const t of c.nullCounts.keys()) if (!NON_FINITE.has(t)) seen.add(t);
  if (seen.size === 0) return nanMarker(cols);
  if (seen.size !== 1) return null;
  const [t] = seen;
  // why: in a column of two-letter codes, NA is Namibia (tzdata's zone.tab), a value like its neighbours
  const holders = cols.filter((c) => (c.nullCounts.get(t) ?? 0) > 0 && !shapedLikeValues(t, c.values));
  if (holders.length === 0) return null;
  // why a habit somewhere: a lone "N/A" in 2000 integers is a typo or a stray, still ambiguous; but NA and \N
  // are what R's write.csv and database dumps write for every missing value, however few
  const habit = WRITER_DEFAULTS.has(t) || holders.some((c) => c.present > 0 && (c.nullCounts.get(t) ?? 0) / c.present >= INFER_NULL_SHARE);
  return MARKERS.has(t) && habit ? t : null;
}

const shapeOf = (s: string): string => s.replace(/[A-Z]/g, "A").replace(/[a-z]/g, "a").replace(/[0-9]/g, "9");

/** True when nearly every other value of the column has the token's shape (`NA` among `AD`, `AE`, `ZW`). */
function shapedLikeValues(t: string, values: string[]): boolean {
  if (values.length < 3) return false;
  const shape = shapeOf(t);
  return values.filter((v) => shapeOf(v) === shape).length >= values.length * 0.9;
}

/**
 * `NaN` as the file's missing marker: the only non-finite spelling in the sample, standing in a column of whole
 * numbers somewhere (Observable's penguins.csv: `Adelie,Torgersen,NaN,NaN,NaN,NaN,`).
 * why: an integer has no not-a-number, so there NaN can only mean "no value" — and a writer that says so in one
 * column says so in all. Without such a column NaN stays a number's value (non-finite, as before).
 */
function nanMarker(cols: ColumnSample[]): string | null {
  const spellings = new Set<string>();
  for (const c of cols) for (const t of c.nullCounts.keys()) spellings.add(t);
  if (spellings.size !== 1) return null;
  const [t] = spellings;
  const inWholeNumbers = cols.some((c) => (c.nullCounts.get(t) ?? 0) > 0 && c.values.length > 0 && c.values.every((v) => INT_RE.test(v)));
  return t === "NaN" && inWholeNumbers ? t : null;
}

/**
 * An inferred integer field whose cells are read as numbers: "integer" in the stats (what the sample showed), but a
 * decimal later in the file is a value, not a `type-error`; text, NaN and INF are flagged as in an integer field.
 * why: the file never said "integer"; the sample only saw whole numbers, and a number column may show its first
 * decimal past the sample (stock volumes: `32.2` at row 10 452 of 14 161). The first such decimal turns the
 * descriptor's type to "number" (`desc`), so that `infer` prints a schema that accepts what the check accepted.
 * why the integer fast path: whole numbers pass it as before, and a decimal, failing it, reaches the field's issues
 * (widenedByHand, or the zod schema), the one place that sees it (decimals are rare here: the sample held none).
 */
function wholeNumberField(spec: FieldSpec, desc: Record<string, unknown>): CompiledField {
  const int = compileField(spec);
  const num = compileField({ ...spec, typeOptions: { ...spec.typeOptions, type: "number" } });
  // why descriptors, not a spread: a spread would read the lazy `zod` getter and load zod for every file
  const d = Object.getOwnPropertyDescriptors(int);
  d.parser = { value: num.parser, enumerable: true, writable: true };
  let zod: ZodType | null = null;
  const widening = (): ZodType => num.zod!.superRefine((v) => { if (typeof v === "number" && !Number.isInteger(v)) desc.type = "number"; });
  d.zod = { get: () => (zod ??= widening()), enumerable: true, configurable: true };
  d.issues = { value: widenedByHand(num, desc), enumerable: true, writable: true };
  return Object.defineProperties({}, d) as CompiledField;
}

/**
 * The number field's issues worked out by hand (issues-by-hand.ts) with the widening above: zod runs that refinement
 * when no issue aborted the cell (only invalid_type does), on the parsed value (none for a missing cell).
 */
function widenedByHand(num: CompiledField, desc: Record<string, unknown>): CompiledField["issues"] {
  const issues = num.issues;
  if (issues == null) return null;
  return (t) => {
    const out = issues(t);
    if (num.missing.has(t) || out.some((i) => i.code === "invalid_type")) return out;
    const v = num.parser!.parse(t);
    if (typeof v === "number" && !Number.isInteger(v)) desc.type = "number";
    return out;
  };
}

/**
 * Infers one field per header column (bound by position, so blank or repeated names are fine).
 * why `late`: a sample without any null-like word cannot have learned the file's marker, yet R's NA and the dumps'
 * \N often come only past the sampled rows (a file sorted with its NAs last). There they are the writer's missing
 * values, not one `ambiguous-null` per row; a sample that shows some spelling keeps the others strict. The
 * descriptor lists only what the sample showed.
 */
export function inferSchema(header: string[], sample: ParsedRecord[]): CompiledSchema {
  const names = inferredNames(header);
  const fields: CompiledField[] = [];
  const desc: Array<Record<string, unknown>> = [];
  const cols = header.map((_, col) => sampleColumn(sample, col));
  const fileToken = fileMissingToken(cols);
  const late = fileToken === null && cols.every((c) => c.nullCounts.size === 0) ? [...WRITER_DEFAULTS] : [];
  header.forEach((_, col) => {
    const name = names[col];

    const { present, nullCounts, values } = cols[col];
    const declared: string[] = fileToken ? [fileToken] : [];
    if (!fileToken) for (const [tok, n] of nullCounts) if (n / present >= INFER_NULL_SHARE) declared.push(tok);
    declared.sort();

    const { type, padded, format } = inferColumnType(values);
    const missing = ["", ...declared];
    const spec: FieldSpec = {
      name, typeOptions: padded ? { type, bareNumber: false } : format ? { type, format } : { type }, required: false, unique: false, constraints: {},
      missing: [...missing, ...late], allowNonFinite: false, maxNullRatio: null, severity: null,
      flagNullLike: type !== "string",
    };
    const d: Record<string, unknown> = padded ? { name, type, bareNumber: false } : format ? { name, type, format } : { name, type };
    const field = type === "integer" ? wholeNumberField(spec, d) : compileField(spec);
    const valueTokens = valueTokensOf(nullCounts, values);
    if (valueTokens.size > 0) field.valueTokens = valueTokens;
    fields.push(field);
    if (declared.length > 0 && !fileToken) d.missingValues = missing;
    desc.push(d);
  });

  // why a getter: the whole-record schema is read only for zod modules; building it would load zod (see loadZod)
  let whole: ZodType | null = null;
  const wholeZod = (): ZodType => {
    const shape: Record<string, ZodType> = {};
    for (const f of fields) shape[f.name] = f.zod!;
    return loadZod().z.object(shape);
  };
  // why at the top: a marker learned from the whole file is the file's missing value, and the report says so there
  const descriptor: TableSchemaDescriptor = { fields: desc, missingValues: fileToken ? ["", fileToken] : [""] };
  return {
    source: null, sha256: null, inferred: true, kind: "inferred", descriptor,
    fieldNames: fields.map((f) => f.name), fields, get zod() { return (whole ??= wholeZod()); }, rowLevel: false,
    fieldsMatch: null, positional: true, primaryKey: null, uniqueKeys: [], rows: null,
  };
}
