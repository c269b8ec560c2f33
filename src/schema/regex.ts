// Anchored pattern matching for the `pattern` constraint: linear time through re2js, or V8's RegExp
// for the patterns whose backtracking is provably bounded (see `safeJsSource`).
import type { RE2JS } from "re2js";
import { lazy, nodeRequire } from "../lazy.js";

// why lazy: only schemas with a `pattern` constraint need re2js (an inferred schema or one without patterns does not).
const loadRe2 = lazy<typeof import("re2js")>("re2js", "`pattern` constraints", () => (typeof require === "function" ? require("re2js") : nodeRequire("re2js")));

export interface Matcher {
  test(text: string): boolean;
  /**
   * "re2" normally; "js-safe" when the pattern was proven backtracking-safe and translated to an
   * equivalent JS RegExp (see `safeJsSource`); "js" for the fallback (see below).
   */
  engine: "re2" | "js-safe" | "js";
}

/**
 * Compiles a Table Schema `pattern` (XML Schema style: implicitly anchored, the whole value must match).
 * why re2js: a pattern is applied to every cell, and cell text comes from outside; re2's automaton
 * matches in time linear in the text, so a crafted cell cannot make a backtracking pattern hang the tool.
 * why "js-safe": re2js costs ~0.5 µs per call even on `[A-Z]{2}`, about 5× V8's RegExp. A pattern
 * with no nested or repeated choices (see `safeJsSource`) cannot backtrack more than a bounded number
 * of times per character, so V8 runs it in linear time too; such patterns are translated to an
 * equivalent JS RegExp. re2 still compiles every pattern first, so what is accepted or rejected is unchanged.
 * why the fallback: re2 lacks backreferences and lookaround. A schema that uses them is still honoured
 * with JS RegExp (the schema author chose that pattern; the data alone cannot make it exponential unless
 * the pattern itself is), rather than rejected. Throws when neither engine can compile it.
 */
export function compilePattern(pattern: string): Matcher {
  const re2 = loadRe2().RE2JS; // outside the try: a failed load must not pass for a pattern re2 rejects
  let re: RE2JS;
  try {
    re = re2.compile(pattern);
  } catch (re2Error) {
    let js: RegExp;
    try {
      js = new RegExp(`^(?:${pattern})$`, "u");
    } catch {
      throw new Error((re2Error as Error).message.split("\n")[0]);
    }
    return { test: (t) => js.test(t), engine: "js" };
  }
  const src = safeJsSource(pattern);
  if (src !== null) {
    const js = new RegExp(`^(?:${src})$`, "u");
    return { test: (t) => js.test(t), engine: "js-safe" };
  }
  return { test: (t) => re.matches(t), engine: "re2" };
}

/**
 * For a pattern that compilePattern runs as "js-safe": the same test as a sticky RegExp, to run on a range of a longer
 * text (span-plan.ts: a match from the range's start that ends exactly at its end); null for other patterns.
 * why the anchors are dropped: `^X$` with no `|` anywhere matches the same cells as X under the implicit anchoring,
 * and in a longer text `^`/`$` would hold only at its ends. Any other `^`/`$` stays: it then holds only where it
 * would in the cell or nowhere, so a cell it refuses takes the string path (slower, never a different verdict).
 */
export function stickyPattern(pattern: string): RegExp | null {
  let p = pattern;
  if (!p.includes("|")) {
    if (p.startsWith("^")) p = p.slice(1);
    if (p.endsWith("$") && !/(^|[^\\])(\\\\)*\\\$$/.test(p)) p = p.slice(0, -1);
  }
  try {
    const src = safeJsSource(p);
    return src === null ? null : new RegExp(`(?:${src})`, "uy");
  } catch {
    return null; // only a speed-up: the string path decides
  }
}

// ---------------------------------------------------------------- the safe subset

/** At most this many ways to choose among alternatives and bounded repetitions (product over the pattern). */
const MAX_CHOICES = 256;

class Unsafe extends Error {}

/**
 * The JS RegExp source (for flag "u", to be wrapped in `^(?:…)$`) that matches exactly what re2
 * matches for `pattern`, or null when the pattern is outside the subset this translator proves
 * equivalent and backtracking-safe. The subset:
 * - literal characters (BMP, no surrogates), re-emitted as `\u{…}` so no JS syntax difference can bite;
 * - escapes \d \D \w \W (ASCII in both engines), \s \S (re2: [\t\n\f\r ] only, so spelled out),
 *   \t \n \r \f \v, \xHH and escaped punctuation; `.` (re2: anything but \n, so `[^\n]`);
 * - classes [...] / [^...] of those, with ranges; `^` and `$` (text start/end in both without flags);
 * - groups ( ) and (?: ), alternation |, quantifiers * + ? {n} {n,} {n,m} (and lazy forms).
 * Safety (why V8 stays linear): at most one unbounded quantifier in the whole pattern; a repeated
 * group holds no alternation and no variable-count quantifier (so `(a+)+`, `(a|a)*` are out); and
 * the product of all other choices (alternatives × bounded ranges) is ≤ MAX_CHOICES. A backtracking
 * anchored match then tries at most MAX_CHOICES × (text length + 1) ways, each of bounded cost.
 */
export function safeJsSource(pattern: string): string | null {
  try {
    const p = new PatternParser(pattern);
    const out = p.alternation();
    if (p.i !== pattern.length) return null;
    if (p.unbounded > 1 || p.choices > MAX_CHOICES) return null;
    return out.src;
  } catch (e) {
    if (e instanceof Unsafe) return null;
    throw e;
  }
}

interface Node {
  src: string;
  /** Contains alternation or a quantifier whose count can vary. */
  varies: boolean;
}

const SPACE_CHARS = "\\t\\n\\f\\r ";
/** Punctuation that may be escaped in a pattern to stand for itself (both engines). */
const ESCAPABLE = new Set("\\.+*?()|[]{}^$-/:,;!\"#%&'<=>@_`~ ".split(""));

function lit(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

class PatternParser {
  i = 0;
  unbounded = 0;
  choices = 1;
  constructor(readonly s: string) {}

  private addChoices(n: number): void {
    this.choices *= n;
    if (this.choices > MAX_CHOICES) throw new Unsafe();
  }

  alternation(): Node {
    const branches: Node[] = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    this.addChoices(branches.length);
    return { src: branches.map((b) => b.src).join("|"), varies: true };
  }

  private sequence(): Node {
    let src = "";
    let varies = false;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atom = this.atom();
      const q = this.quantifier();
      if (q === null) {
        src += atom.src;
        varies ||= atom.varies;
        continue;
      }
      if (atom.src === "^" || atom.src === "$") throw new Unsafe();
      // a repeated group must be a fixed sequence: no choice inside it (no (a+)+, no (a|b)*)
      if (atom.varies && !(q.min === 1 && q.max === 1)) throw new Unsafe();
      if (q.max === Infinity) this.unbounded++;
      else if (q.max > q.min) this.addChoices(q.max - q.min + 1);
      const varying = q.max !== q.min;
      varies ||= varying || atom.varies;
      src += `(?:${atom.src})${q.src}`;
    }
    return { src, varies };
  }

  private quantifier(): { min: number; max: number; src: string } | null {
    const s = this.s;
    const c = s[this.i];
    let min: number, max: number, src: string;
    if (c === "*") { min = 0; max = Infinity; src = "*"; this.i++; }
    else if (c === "+") { min = 1; max = Infinity; src = "+"; this.i++; }
    else if (c === "?") { min = 0; max = 1; src = "?"; this.i++; }
    else if (c === "{") {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(s.slice(this.i));
      if (m === null) throw new Unsafe(); // re2 reads a malformed {…} as literal text: leave it to re2
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min) throw new Unsafe();
      src = m[0];
      this.i += m[0].length;
    } else return null;
    if (s[this.i] === "?") { this.i++; src += "?"; } // lazy: same verdict for a whole-text test
    const n = s[this.i];
    if (n === "*" || n === "+" || n === "?" || n === "{") throw new Unsafe();
    return { min, max, src };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i];
    if (c === "(") {
      this.i++;
      if (s[this.i] === "?") {
        if (s[this.i + 1] !== ":") throw new Unsafe(); // flags, named groups, lookaround
        this.i += 2;
      }
      const inner = this.alternation();
      if (s[this.i] !== ")") throw new Unsafe();
      this.i++;
      return { src: `(?:${inner.src})`, varies: inner.varies };
    }
    if (c === "[") return { src: this.charClass(), varies: false };
    if (c === ".") { this.i++; return { src: "[^\\n]", varies: false }; }
    if (c === "^" || c === "$") { this.i++; return { src: c, varies: false }; }
    if (c === "\\") {
      const e = this.escape(false);
      return { src: e, varies: false };
    }
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]" || c === ")" || c === "|") throw new Unsafe();
    return { src: lit(this.literalCode()), varies: false };
  }

  /** One literal character of the pattern (BMP, not a surrogate) as a code point. */
  private literalCode(): number {
    const code = this.s.charCodeAt(this.i);
    if (code >= 0xd800 && code <= 0xdfff) throw new Unsafe();
    this.i++;
    return code;
  }

  /**
   * An escape at this.i (the backslash), as JS source. In a class, shorthands expand to class
   * members; a code of a single character is returned through `single` for ranges.
   */
  private escape(inClass: boolean, single?: { code: number }): string {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsafe();
    this.i += 2;
    const one = (code: number): string => {
      if (single) single.code = code;
      return lit(code);
    };
    switch (e) {
      case "d": case "D": case "w": case "W": return `\\${e}`;
      case "s": return inClass ? SPACE_CHARS : `[${SPACE_CHARS}]`;
      case "S": if (inClass) throw new Unsafe(); return `[^${SPACE_CHARS}]`;
      case "t": return one(9);
      case "n": return one(10);
      case "r": return one(13);
      case "f": return one(12);
      case "v": return one(11);
      case "x": {
        const m = /^[0-9A-Fa-f]{2}/.exec(s.slice(this.i));
        if (m === null) throw new Unsafe();
        this.i += 2;
        return one(parseInt(m[0], 16));
      }
      default:
        if (!ESCAPABLE.has(e)) throw new Unsafe();
        return one(e.charCodeAt(0));
    }
  }

  private charClass(): string {
    const s = this.s;
    this.i++; // [
    let out = "[";
    if (s[this.i] === "^") { out += "^"; this.i++; }
    if (s[this.i] === "]") throw new Unsafe(); // re2: a literal ']' first; JS: an empty class
    const first = this.i;
    while (s[this.i] !== "]") {
      if (this.i >= s.length) throw new Unsafe();
      // a literal '-' only first or last (elsewhere the engines differ on what it means)
      if (s[this.i] === "-" && this.i !== first && s[this.i + 1] !== "]") throw new Unsafe();
      const lo = this.classMember();
      if (lo.code < 0) {
        if (s[this.i] === "-" && s[this.i + 1] !== "]") throw new Unsafe(); // [\d-z]
        out += lo.src;
        continue;
      }
      out += lo.src;
      if (s[this.i] === "-" && this.i + 1 < s.length && s[this.i + 1] !== "]") {
        this.i++;
        const hi = this.classMember();
        if (hi.code < lo.code) throw new Unsafe(); // also a shorthand as the end of a range
        out += `-${hi.src}`;
      }
    }
    this.i++; // ]
    return out + "]";
  }

  /** One class member: a single character (code ≥ 0) or a shorthand such as \d (code -1). */
  private classMember(): { src: string; code: number } {
    const s = this.s;
    const c = s[this.i];
    if (c === "[") throw new Unsafe(); // [[:alpha:]] and friends
    if (c === "\\") {
      const single = { code: -1 };
      const src = this.escape(true, single);
      return { src, code: single.code };
    }
    const code = this.literalCode();
    return { src: lit(code), code };
  }
}
