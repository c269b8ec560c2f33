// rowRules: a small expression language over a record's fields, parsed by jsep (never eval) and compiled once to closures.
import type * as Jsep from "jsep";
import { lazy, nodeRequire } from "../lazy.js";
import type { RuleLevel } from "../types.js";
import type { CompiledField } from "./types.js";

type JsepFn = typeof Jsep.default;
type Node = Jsep.Expression;

// why lazy: only schemas with rowRules need the parser
const loadJsep = lazy<JsepFn>("jsep", "the schema's rowRules", () => {
  const j = (typeof require === "function" ? require("jsep") : nodeRequire("jsep")) as JsepFn;
  // word operators beside the symbolic ones; precedences as jsep's: || 1, && 2, == 6, < 7, + 9, * 10
  j.addBinaryOp("or", 1);
  j.addBinaryOp("and", 2);
  j.addBinaryOp("=", 6);
  j.addBinaryOp("in", 7);
  j.addBinaryOp("is", 7);
  j.addUnaryOp("not");
  return j;
});

/** A rule that cannot be compiled: `message` for the schema error, `at` the 0-based character where jsep stopped (if it did). */
export class RuleError extends Error {}

/** Why a rule could not be decided true: a value it reads is missing, or not of its field's type. */
export class Unknown {
  constructor(readonly field: string, readonly why: "missing" | "invalid") {}
}

/** A value during evaluation; temporal values are milliseconds (as the type parsers give them). */
type V = number | string | boolean;
type Kind = "number" | "temporal" | "text" | "bool";
/** Reads field f (its index in the schema) of the current record, typed, or throws Unknown. */
export type Reader = (f: number) => V;
interface Compiled { kind: Kind; run: (read: Reader) => V; field?: number; literal?: V }

export interface RowRule {
  name: string;
  check: string;
  /** The fields it reads (schema indices). */
  fields: number[];
  /** True or false; throws Unknown when a value it needed is missing or unreadable. */
  test: (read: Reader) => boolean;
  /** The rule's own `severity` ("warning", "off"), else the catalogue's. */
  severity?: RuleLevel;
}

const LOGICAL = new Set(["and", "or", "&&", "||"]);
const COMPARE = new Set(["==", "=", "===", "!=", "!==", "<", "<=", ">", ">="]);
const ARITH = new Set(["+", "-", "*", "/", "%"]);
const DAY_MS = 86_400_000;

/** The kind a field's values compare as. */
export function fieldKind(f: CompiledField): Kind {
  const k = f.parser?.kind;
  return k === "number" ? "number" : k === "date" ? "temporal" : k === "bool" ? "bool" : "text";
}

/** Parses and type-checks one rule against the schema's fields. Throws RuleError with jsep's position on a syntax error. */
export function compileRule(name: string, check: string, fields: CompiledField[]): RowRule {
  let ast: Node;
  try {
    ast = loadJsep()(check);
  } catch (e) {
    throw new RuleError(String((e as Error).message));
  }
  const used = new Set<number>();
  const c = new Compiler(fields, used).node(hoistNot(ast));
  if (c.kind !== "bool") throw new RuleError("the rule must be a comparison or a test (true or false), not a value");
  const run = c.run;
  return { name, check, fields: [...used], test: (read) => run(read) === true };
}

/**
 * jsep binds a unary operator tighter than any binary one, so `not a < b` reads `(not a) < b`; SQL and Python
 * read `not (a < b)`. A comparison or arithmetic whose left operand is `not x` is rewritten that way.
 */
function hoistNot(n: Node): Node {
  if (n.type === "UnaryExpression") return { ...n, argument: hoistNot(n.argument as Node) };
  if (n.type !== "BinaryExpression") return n;
  const left = hoistNot(n.left as Node), right = hoistNot(n.right as Node);
  if (!LOGICAL.has(n.operator as string) && left.type === "UnaryExpression" && left.operator === "not") {
    return { type: "UnaryExpression", operator: "not", prefix: true, argument: hoistNot({ ...n, left: left.argument as Node, right }) };
  }
  return { ...n, left, right };
}

class Compiler {
  private readonly byName: Map<string, number>;
  constructor(private readonly fields: CompiledField[], private readonly used: Set<number>) {
    this.byName = new Map(fields.map((f, i) => [f.name, i]));
  }

  node(n: Node): Compiled {
    switch (n.type) {
      case "Literal": return this.literal(n as Jsep.Literal);
      case "Identifier": return this.field((n as Jsep.Identifier).name);
      case "CallExpression": return this.call(n as Jsep.CallExpression);
      case "UnaryExpression": return this.unary(n as Jsep.UnaryExpression);
      case "BinaryExpression": return this.binary(n as Jsep.BinaryExpression);
      default: throw new RuleError(`${describe(n)} is not part of the rule language (fields, literals, comparisons, arithmetic, and/or/not, is missing, in (…))`);
    }
  }

  private literal(n: Jsep.Literal): Compiled {
    const v = n.value;
    if (typeof v === "number") return { kind: "number", run: () => v, literal: v };
    if (typeof v === "string") return { kind: "text", run: () => v, literal: v };
    if (typeof v === "boolean") return { kind: "bool", run: () => v, literal: v };
    throw new RuleError(`${n.raw} is not a value the rules know; test for a missing value with "is missing"`);
  }

  /** `field("first name")` reads a field whose name is not an identifier. */
  private call(n: Jsep.CallExpression): Compiled {
    const callee = n.callee as Node;
    const arg = n.arguments[0] as Jsep.Literal | undefined;
    if (callee.type !== "Identifier" || (callee as Jsep.Identifier).name !== "field" || n.arguments.length !== 1 || arg?.type !== "Literal" || typeof arg.value !== "string") {
      throw new RuleError(`the only call is field("a name"), which reads a field whose name is not a plain word`);
    }
    return this.field(arg.value);
  }

  private field(name: string): Compiled {
    const f = this.byName.get(name);
    if (f === undefined) throw new RuleError(`${JSON.stringify(name)} names no field of the schema`);
    this.used.add(f);
    return { kind: fieldKind(this.fields[f]), run: (read) => read(f), field: f };
  }

  private unary(n: Jsep.UnaryExpression): Compiled {
    const a = this.node(n.argument as Node);
    const op = n.operator;
    if (op === "not" || op === "!") {
      if (a.kind !== "bool") throw new RuleError(`"${op}" needs a test (true or false)`);
      const run = a.run;
      return { kind: "bool", run: (r) => !run(r) };
    }
    if (op === "-" && a.kind === "number") {
      const run = a.run;
      return a.literal !== undefined ? { kind: "number", run: () => -(a.literal as number), literal: -(a.literal as number) } : { kind: "number", run: (r) => -(run(r) as number) };
    }
    throw new RuleError(`the operator "${op}" is not part of the rule language`);
  }

  private binary(n: Jsep.BinaryExpression): Compiled {
    const op = n.operator;
    if (op === "is") return this.isMissing(n);
    if (op === "in") return this.in(n);
    const l = this.node(n.left as Node), r = this.node(n.right as Node);
    if (LOGICAL.has(op)) return logical(op, l, r);
    if (COMPARE.has(op)) return this.compare(op, l, r);
    if (ARITH.has(op)) return arithmetic(op, l, r);
    throw new RuleError(`the operator "${op}" is not part of the rule language`);
  }

  /** `x is missing`, `x is not missing`: the only place a missing value is not Unknown. */
  private isMissing(n: Jsep.BinaryExpression): Compiled {
    const right = n.right as Node;
    const negated = right.type === "UnaryExpression" && right.operator === "not";
    const word = negated ? (right.argument as Node) : right;
    if (word.type !== "Identifier" || (word as Jsep.Identifier).name !== "missing") throw new RuleError(`"is" is followed by "missing" or "not missing"`);
    const target = this.node(n.left as Node);
    if (target.field === undefined) throw new RuleError(`"is missing" tests a field`);
    const f = target.field;
    const present = (read: Reader): boolean => {
      try {
        read(f);
        return true;
      } catch (e) {
        if (e instanceof Unknown && e.why === "missing") return false;
        throw e;
      }
    };
    return { kind: "bool", run: negated ? present : (r) => !present(r) };
  }

  private in(n: Jsep.BinaryExpression): Compiled {
    const left = this.node(n.left as Node);
    const right = n.right as Node;
    const items = right.type === "SequenceExpression" ? (right as Jsep.SequenceExpression).expressions : [right];
    const values = new Set<V>(items.map((it) => {
      const c = this.node(it);
      if (c.literal === undefined) throw new RuleError(`"in (…)" lists values, not ${describe(it)}`);
      return this.coerce(c, left);
    }));
    const run = left.run;
    return { kind: "bool", run: (r) => values.has(run(r)) };
  }

  private compare(op: string, l: Compiled, r: Compiled): Compiled {
    let a = l, b = r;
    if (a.kind !== b.kind) {
      if (b.literal !== undefined) b = { ...b, ...literalOf(this.coerce(b, a), a.kind) };
      else if (a.literal !== undefined) a = { ...a, ...literalOf(this.coerce(a, b), b.kind) };
      else throw new RuleError(`compares a ${a.kind} value with a ${b.kind} one`);
    }
    if (a.kind === "bool" && op !== "==" && op !== "=" && op !== "===" && op !== "!=" && op !== "!==") throw new RuleError(`"${op}" does not order true and false`);
    return { kind: "bool", run: comparator(op, a.run, b.run) };
  }

  /** A literal read as the type of the other side: "2024-01-31" as a date, "5" as a number, by that field's parser. */
  private coerce(lit: Compiled, other: Compiled): V {
    const v = lit.literal!;
    if (lit.kind === other.kind) return v;
    const f = other.field === undefined ? null : this.fields[other.field];
    if (typeof v === "string" && f?.parser?.num && (other.kind === "number" || other.kind === "temporal")) {
      const x = f.parser.num(v);
      if (x === x) return x;
      throw new RuleError(`${JSON.stringify(v)} is not ${f.parser.expected} (the type of ${JSON.stringify(f.name)})`);
    }
    if (typeof v === "number" && other.kind === "text") return String(v);
    throw new RuleError(`${JSON.stringify(v)} cannot be compared with a ${other.kind} value`);
  }
}

const literalOf = (v: V, kind: Kind): Pick<Compiled, "kind" | "run" | "literal"> => ({ kind, run: () => v, literal: v });

function describe(n: Node): string {
  return n.type === "Literal" ? String((n as Jsep.Literal).raw) : n.type === "Identifier" ? (n as Jsep.Identifier).name : `a ${n.type.replace(/Expression$/, "").toLowerCase()}`;
}

function logical(op: string, l: Compiled, r: Compiled): Compiled {
  if (l.kind !== "bool" || r.kind !== "bool") throw new RuleError(`"${op}" joins tests (true or false), not values`);
  const a = l.run, b = r.run;
  // why short-circuit: `end is missing or end >= start` must not read a missing end
  return { kind: "bool", run: op === "and" || op === "&&" ? (x) => a(x) === true && b(x) === true : (x) => a(x) === true || b(x) === true };
}

function comparator(op: string, a: (r: Reader) => V, b: (r: Reader) => V): (r: Reader) => boolean {
  switch (op) {
    case "<": return (r) => a(r) < b(r);
    case "<=": return (r) => a(r) <= b(r);
    case ">": return (r) => a(r) > b(r);
    case ">=": return (r) => a(r) >= b(r);
    case "!=": case "!==": return (r) => a(r) !== b(r);
    default: return (r) => a(r) === b(r);
  }
}

/** Arithmetic on numbers; a date or datetime minus another is their difference in days. */
function arithmetic(op: string, l: Compiled, r: Compiled): Compiled {
  const a = l.run, b = r.run;
  if (op === "-" && l.kind === "temporal" && r.kind === "temporal") return { kind: "number", run: (x) => ((a(x) as number) - (b(x) as number)) / DAY_MS };
  if (l.kind !== "number" || r.kind !== "number") throw new RuleError(`"${op}" needs numbers (or two dates, for "-"), not a ${l.kind === "number" ? r.kind : l.kind} value`);
  switch (op) {
    case "+": return { kind: "number", run: (x) => (a(x) as number) + (b(x) as number) };
    case "-": return { kind: "number", run: (x) => (a(x) as number) - (b(x) as number) };
    case "*": return { kind: "number", run: (x) => (a(x) as number) * (b(x) as number) };
    case "/": return { kind: "number", run: (x) => (a(x) as number) / (b(x) as number) };
    default: return { kind: "number", run: (x) => (a(x) as number) % (b(x) as number) };
  }
}
