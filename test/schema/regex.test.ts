// The `pattern` engines: patterns proven safe run on V8's RegExp and must match exactly what re2 matches.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { RE2JS } from "re2js";
import { compilePattern, safeJsSource } from "../../src/schema/regex.js";

/** Patterns that should take the JS path, with the characters that exercise them. */
const SAFE = [
  "[A-Z]{2}", "[A-Z0-9]{8}", "[a-c]+\\d?", "P.*D", "[a-z-]+", "\\s+x", "[^\\s]", "a|b|", "(?:\\d{3}-)?\\d{4}",
  "\\d{3}-\\d{4}", "[A-Z]{2}-\\d{3}", "^[A-Z]{2}$", "(ab){2,3}c*", "\\w+@x\\.y", "[-a]\\W*", "\\x41\\t.", "[\\]\\-\\\\^]+",
  "é+(?:ü|ß)", "a{2,}b?", "(a|bc|)d+", "[^a-c]*", ".", "..", "[^\\n]", "\\S+", "\\D\\d*", "x??y+?", "",
];
/** Patterns whose backtracking is not provably bounded (or outside the subset): re2, always. */
const UNSAFE = ["^(a+)+$", "(a|a)*", "(a*)*b", "\\d+\\d+", "(x+x+)+y", "[a-z]{1,300}", "a*b*", "(ab|a)*c", "[]a]", "a{,3}", "(?i)abc", "\\pL+", "[[:alpha:]]+", "[\\d-z]", "\\bx", "\\Qa.b\\E"];

const ALPHABET = ["a", "b", "c", "d", "x", "y", "A", "Z", "0", "9", "-", ".", "@", "_", " ", "\t", "\n", "\r", "\v", "\u00a0", "é", "ü", "ß", "\\", "]", "^", "😀", "\ud800", "P", "D"];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((a) => a.join(""));

describe("pattern engines", () => {
  it("safe patterns take the JS path, the others re2", () => {
    for (const p of SAFE) assert.equal(compilePattern(p).engine, "js-safe", p);
    for (const p of UNSAFE) assert.equal(safeJsSource(p), null, p);
    for (const p of UNSAFE) assert.equal(compilePattern(p).engine, "re2", p);
  });

  // why no timing assertion: on a backtracking engine this call would not return; the runner's timeout catches a hang
  it("a catastrophic pattern like ^(a+)+$ still goes through re2 and answers", { timeout: 60_000 }, () => {
    const m = compilePattern("^(a+)+$");
    assert.equal(m.engine, "re2");
    assert.equal(m.test(`${"a".repeat(5000)}b`), false);
  });

  it("the JS path matches exactly what re2 matches (listed patterns, random text)", () => {
    for (const p of SAFE) {
      const re2 = RE2JS.compile(p);
      const m = compilePattern(p);
      fc.assert(fc.property(text, (t) => m.test(t) === re2.matches(t)), { numRuns: 1500 });
    }
  });

  it("the JS path matches exactly what re2 matches (random patterns in the subset)", () => {
    const atom = fc.oneof(
      fc.constantFrom("a", "b", "x", "-", "\\.", "\\d", "\\w", "\\s", "\\S", "\\W", "\\D", ".", "é", "\\t", "\\x41", "^", "$"),
      fc.constantFrom("[a-c]", "[^ab]", "[\\d.]", "[-x]", "[x-]", "[\\s]", "[^\\s\\d]", "[A-Za-z0-9_]", "[é-ü]", "(a|b)", "(?:ab)", "(x|)", "(?:\\d-)"),
    );
    const quant = fc.constantFrom("", "", "", "*", "+", "?", "{2}", "{1,3}", "{2,}", "*?", "??");
    const pattern = fc.array(fc.tuple(atom, quant).map(([a, q]) => a + q), { minLength: 1, maxLength: 5 })
      .chain((parts) => fc.constantFrom(parts.join(""), `${parts.slice(0, 2).join("")}|${parts.slice(2).join("")}`, `(${parts.join("")})`));
    fc.assert(fc.property(pattern, fc.array(text, { minLength: 20, maxLength: 20 }), (p, texts) => {
      let re2: RE2JS;
      try { re2 = RE2JS.compile(p); } catch { return true; }
      const m = compilePattern(p);
      if (m.engine !== "js-safe") return true;
      for (const t of texts) if (m.test(t) !== re2.matches(t)) return false;
      return true;
    }), { numRuns: 2000 });
  });
});
