// Anchored pattern matching for the `pattern` constraint, in linear time through re2js.
import { RE2JS } from "re2js";

export interface Matcher {
  test(text: string): boolean;
  /** "re2" normally; "js" for the fallback (see below). */
  engine: "re2" | "js";
}

/**
 * Compiles a Table Schema `pattern` (XML Schema style: implicitly anchored, the whole value must match).
 * why re2js: a pattern is applied to every cell, and cell text comes from outside; re2's automaton
 * matches in time linear in the text, so a crafted cell cannot make a backtracking pattern hang the tool.
 * why the fallback: re2 lacks backreferences and lookaround. A schema that uses them is still honoured
 * with JS RegExp (the schema author chose that pattern; the data alone cannot make it exponential unless
 * the pattern itself is), rather than rejected. Throws when neither engine can compile it.
 */
export function compilePattern(pattern: string): Matcher {
  try {
    const re = RE2JS.compile(pattern);
    return { test: (t) => re.matches(t), engine: "re2" };
  } catch (re2Error) {
    let js: RegExp;
    try {
      js = new RegExp(`^(?:${pattern})$`, "u");
    } catch {
      throw new Error((re2Error as Error).message.split("\n")[0]);
    }
    return { test: (t) => js.test(t), engine: "js" };
  }
}
