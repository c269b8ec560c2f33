// A URL's scheme colon in a `:`-separated file is text, and a two-character comment prefix (src/parse/csv.ts urlColon, commentAt).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize, cellsOf } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

describe("CsvTokenizer: `:` delimiter and URLs", () => {
  it("keeps `http://…` whole and splits at the other colons", () => {
    const text = "M 1:Survey page:http://example.org/m1.html\nM 2::ftp://example.org/m2\n";
    assert.deepEqual(cellsOf(tokenize(text, { delimiter: ":" })), [["M 1", "Survey page", "http://example.org/m1.html"], ["M 2", "", "ftp://example.org/m2"]]);
  });

  it("a colon at a field's start, or after no letter, is still a delimiter (`a:://x`, `1://x`)", () => {
    assert.deepEqual(cellsOf(tokenize("a:://x\n1://x\n", { delimiter: ":" })), [["a", "", "//x"], ["1", "//x"]]);
  });

  it("other delimiters split as before: a comma file's `http://` has no colon to split at", () => {
    assert.deepEqual(cellsOf(tokenize("a,http://x\n", { delimiter: "," })), [["a", "http://x"]]);
  });

  it("the same records whole, one character at a time and in random chunks", () => {
    const text = fc.array(fc.constantFrom("a", "p", ":", "/", "//", "\n", "x"), { maxLength: 50 }).map((xs) => xs.join(""));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 }), (t, sizes) => {
      const whole = cellsOf(tokenize(t, { delimiter: ":" }));
      assert.deepEqual(cellsOf(tokenize(t, { delimiter: ":" }, [1])), whole);
      assert.deepEqual(cellsOf(tokenize(t, { delimiter: ":" }, sizes)), whole);
    }), { numRuns: 300 });
  });

  it("the built CLI reads a colon list with unquoted URLs at the sniffed width, with no error", () => {
    const r = runCli(["fixtures/dialect/colon-separated-unquoted-urls.dat", "--format", "json"]);
    const f = (JSON.parse(r.stdout) as Report).files[0];
    assert.equal(f.dialect!.delimiter, ":");
    assert.equal(f.stats!.length, 3);
    assert.equal(f.errors, 0);
    assert.equal(f.rows.total, 6);
  });
});

describe("CsvTokenizer: a two-character comment prefix (`//`)", () => {
  it("skips lines starting with the whole prefix, keeps a line starting with its first character only", () => {
    const recs = tokenize("//note\n/a,b\n// more\nc,d\n", { comment: "//" });
    assert.deepEqual(cellsOf(recs), [["/a", "b"], ["c", "d"]]);
  });

  it("the same records whole, one character at a time and in random chunks", () => {
    const text = fc.array(fc.constantFrom("a", "/", "//", ",", "\n", "x"), { maxLength: 50 }).map((xs) => xs.join(""));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 }), (t, sizes) => {
      const whole = cellsOf(tokenize(t, { comment: "//" }));
      assert.deepEqual(cellsOf(tokenize(t, { comment: "//" }, [1])), whole);
      assert.deepEqual(cellsOf(tokenize(t, { comment: "//" }, sizes)), whole);
    }), { numRuns: 300 });
  });
});
