// endMarkOnly, endMarkLine and withoutEndMark (src/dialect/end-line.ts): a whole file's last line `#end`, `END` or
// `eof` under a space table closes it; it is skipped with one trailer-skipped warning, and `//` notes stay the notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { endMarkLine, endMarkOnly, isEndMark } from "../../src/dialect/end-line.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NOTES = "fixtures/dialect/slash-notes-above-space-table-closed-by-hash-end.txt";
const PLAIN = "fixtures/dialect/space-table-closed-by-end-line.txt";
const ROWS = ["AA 0.44 0.46 0.23", "AR -0.58 -0.11 -0.32", "AN -0.09 0.27 -0.12", "AD 0.61 0.69 0.15", "AC -0.83 -0.16 -0.19"];
const SPACE = { delimiter: " ", quote: "" };

const report = (name: string) => (JSON.parse(runCli([name, "--format", "json", "-q"]).stdout) as Report).files[0];

test("endMarkOnly: `//` notes above a space table closed by `#end`: `//` is the comment mark, the end line one warning", () => {
  const f = report(NOTES);
  assert.equal(f.dialect.comment, "//");
  assert.deepEqual([f.dialect.delimiter, f.columns.length, f.rows.total, f.errors], [" ", 5, 10, 0]);
  assert.deepEqual(f.defects.filter((d) => d.code !== "row-blank").map((d) => [d.code, d.line, d.value]), [["trailer-skipped", 15, "#end"]]);
  assert.match(f.defects.find((d) => d.code === "trailer-skipped")!.message, /end mark/);
});

test("endMarkLine: rows of a label and values closed by a bare `end`: the rows are whole, the end line skipped", () => {
  const f = report(PLAIN);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, f.warnings], [5, 7, 0, 1]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["trailer-skipped", 8]]);
  // `#end<TAB>// EOF !!!`: a note in the comment mark after it
  assert.equal(sniffDialect([...ROWS, "#end\t// EOF !!!"].join("\n") + "\n", true).trailerLine, 6);
});

test("end marks: near misses keep their reading (an entry, a short row, a comma table, a `#` file, lines below)", () => {
  const at = (lines: string[], complete = true) => sniffDialect(lines.join("\n") + "\n", complete).trailerLine;
  assert.equal(at([...ROWS, "END"]), 6);
  assert.equal(at([...ROWS, "END"], false), undefined, "not the whole file");
  assert.equal(at([...ROWS, "END 12"]), undefined, "more on the line: a row cut short");
  assert.equal(at([...ROWS, "END", "AB 0.1 0.2 0.3"]), undefined, "rows below it");
  assert.equal(at(["begin 1 2 3", ...ROWS, "end 4 5 6", "end"]), undefined, "an end word keying a row");
  assert.equal(at(["alpha", "beta", "gamma", "delta", "END"]), undefined, "a one-column list: `END` is an entry");
  assert.equal(at(["101,i,1,4", "102,u,2,7", "103,i,3,9", "104,d,4,2", "END"]), undefined, "a comma table (trailerLine's refusal)");
  assert.equal(at(["AA 1 2 3", "AR 4 5", "AN 6 7 8 9", "AD 1", "END"]), undefined, "a ragged table");
  assert.deepEqual([isEndMark("#end"), isEndMark("EOF"), isEndMark("__END__"), isEndMark("#end\t// EOF !!!")], [true, true, true, true]);
  assert.deepEqual([isEndMark("endif"), isEndMark("the end"), isEndMark("#end of part 1"), isEndMark("END 12")], [false, false, false, false]);
  // `#` is the comment mark when no other mark opens notes (the end line is then a note, as on main)
  const hashOnly = [...ROWS, "#end"];
  assert.equal(endMarkOnly(hashOnly, "#"), false);
  assert.deepEqual([sniffDialect(hashOnly.join("\n") + "\n", true).comment, sniffDialect(hashOnly.join("\n") + "\n", true).trailerLine], ["#", undefined]);
  // a `#` line elsewhere too: `#` stays a candidate
  assert.equal(endMarkOnly(["// note", "# a note", ...ROWS, "#end"], "#"), false);
  assert.equal(endMarkOnly(["// note", ...ROWS, "#end"], "#"), true);
  assert.equal(endMarkLine([...ROWS, "end"].join("\n"), { ...SPACE, delimiter: "," } as never, 0, null), null);
});
