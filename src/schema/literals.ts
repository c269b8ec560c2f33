// Schema files → values, keeping integer literals past 2^53 exact (BigInt) and honouring YAML merge keys.
import type * as Yaml from "yaml";

/** Sixteen digits or more: the only literals that can be integers outside ±(2^53 − 1). */
const LONG_DIGITS = /\d{16}/;
/** A JSON string (kept as it is), or an integer literal of 16+ digits that is not part of a fraction or an exponent. */
const TOKENS = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![\d.eE])/g;
/** The mark as parsed (a NUL first: no schema text holds one), and as written into JSON text. */
const MARK = "\u0000ingest-check:bigint:";
const MARK_JSON = "\\u0000ingest-check:bigint:";

/**
 * JSON.parse, except that an integer literal outside the safe range becomes a BigInt instead of a rounded double.
 * why: `"enum": [9007199254740993]` parses as …992 otherwise, and the schema then checks another value than it names.
 * Node 20's JSON.parse gives a reviver no source text, so such literals are quoted with a mark first and turned
 * into BigInt after; a schema without 16 consecutive digits (nearly all) takes plain JSON.parse.
 */
export function parseJsonExact(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  const marked = text.replace(TOKENS, (m) => (m.startsWith('"') || Number.isSafeInteger(Number(m)) ? m : `"${MARK_JSON}${m}"`));
  return unmark(JSON.parse(marked));
}

function unmark(v: unknown): unknown {
  if (typeof v === "string") return v.startsWith(MARK) ? BigInt(v.slice(MARK.length)) : v;
  if (Array.isArray(v)) return v.map(unmark);
  if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = unmark(x);
  }
  return v;
}

/**
 * YAML → values, with YAML 1.1 merge keys (`<<: *anchor`) honoured and integers past 2^53 kept as BigInt.
 * why merge: the yaml package reads YAML 1.2 by default, where `<<` is an ordinary key, so a field that merged
 * its type and constraints from an anchor silently lost them. why intAsBigInt then back: only it keeps the
 * digits of a long integer; safe ones return to plain numbers, which the rest of the schema code expects.
 */
export function parseYamlExact(yaml: typeof Yaml, text: string): unknown {
  return safeToNumber(yaml.parse(text, { prettyErrors: true, uniqueKeys: true, merge: true, intAsBigInt: true }));
}

function safeToNumber(v: unknown): unknown {
  if (typeof v === "bigint") return v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(safeToNumber);
  if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = safeToNumber(x);
  }
  return v;
}
