// The built CLI's pretty summary: single characters set apart, singular counts, and a hint naming the option for each common misreading.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCli } from "../helpers/cli.js";

const pretty = (...args: string[]) => runCli([...args, "-q"]).stdout;

describe("pretty wording", () => {
  it("quotes the delimiter and the quote character", () => {
    assert.match(pretty("fixtures/clean.csv"), /delimiter ",", quote none,/);
    assert.match(pretty("fixtures/semicolon.csv"), /delimiter ";"/);
    assert.match(pretty("fixtures/quoted-newline.csv"), /quote '"'/);
  });

  it("says what the tool skipped or cut on its own: a sniffed comment character, a preamble, aligned columns", () => {
    assert.match(pretty("fixtures/dialect/comment-lines-after-header.csv"), /dialect +delimiter ",".*, comment "#",/);
    assert.match(pretty("fixtures/realworld-kinds/preamble-counts-line.csv"), /dialect +.*no header, 1 line skipped before the table,/);
    assert.match(pretty("fixtures/dialect/fixed-width-text-with-spaces.txt"), /dialect +delimiter aligned columns,/);
  });

  it("counts in the singular for one: 1 file, 1 row, 1 error, 1 cell", () => {
    const out = pretty("fixtures/one-short-row.csv");
    assert.match(out, /the record has 1 cell; the header has 3/);
    assert.match(out, /FAILED {2}1 file, 1 row \(1 invalid\), 1 error, 0 warnings/);
    assert.match(pretty("fixtures/ambiguous-pipe-or-semicolon.csv"), /OK {2}1 file, 2 rows \(0 invalid\), 0 errors, 1 warning /);
  });
});

describe("hints in the pretty summary", () => {
  const hints = (...args: string[]) => pretty(...args).split("\n").filter((l) => l.startsWith("  hint ")).map((l) => l.replace(/^ {2}hint +/, ""));

  it("comment lines → --comment '#'", () => {
    assert.deepEqual(hints("fixtures/hints/comment-lines-hash-after-line-2000.csv"), [`3 short records start with "#": comment lines? Try --comment '#' to skip them.`]);
  });

  it("a title line before the header → --skip-rows 1", () => {
    assert.deepEqual(hints("fixtures/hints/title-line-before-header.csv"), ["the header has one column but most records have more: a title line above the header? Try --skip-rows 1."]);
  });

  it("an uncertain encoding → --encoding", () => {
    assert.deepEqual(hints("fixtures/encoding/utf8-then-1252-tail.csv"), ["the encoding is a guess (utf-8): if letters look wrong, name it, e.g. --encoding windows-1252."]);
  });

  it("an uncertain dialect → --delimiter (and --quote)", () => {
    const [h, ...rest] = hints("fixtures/ambiguous-pipe-or-semicolon.csv");
    assert.match(h, /--delimiter \(and --quote\)/);
    assert.deepEqual(rest, []);
  });

  it("most rows failing the same structural check → the reading is probably wrong", () => {
    assert.deepEqual(hints("fixtures/hints/most-rows-extra-cells.csv"), [`most rows fail row-extra-cells: the file is probably read the wrong way (read with delimiter ",", quote none). Try --delimiter (or --quote) with the file's real ones.`]);
  });

  it("no hint once the named option is given, nor on a file read right", () => {
    assert.deepEqual(hints("fixtures/hints/comment-lines-hash-after-line-2000.csv", "--comment", "#"), []);
    assert.deepEqual(hints("fixtures/hints/title-line-before-header.csv", "--skip-rows", "1"), []);
    assert.deepEqual(hints("fixtures/people-defects.csv", "--schema", "fixtures/people.schema.json"), []);
  });
});
