// fewSlashNotes (src/dialect/slash-notes.ts), asked by comment.ts's inlineComments for `//`: a few rows of a space table ending in a `//` note have it cut.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { fewSlashNotes } from "../../src/dialect/slash-notes.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/space-table-with-dated-slash-notes.txt";
const ROWS = ["0x0100 0x0200 S 1.100  700.0", "0x0100 0x0300 S 1.200  650.0", "0x0300 0x0400 T 1.200 1200.0"];

test("fewSlashNotes: `//` notes after a few rows of a space table are cut, the `#end` line closes it, a `/` inside a cell stays", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.inlineComment, d.header], [" ", "//", true, false]);
  const f = (JSON.parse(runCli([NAME, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.columns.length, f.rows.total, f.byCode["row-extra-cells"], f.byCode["inline-notes-cut"]], [0, 5, 9, undefined, undefined]);
});

test("fewSlashNotes: near misses keep the cells (a URL cell, one note, a ragged table, a note leaving its row short)", () => {
  const noted = (row: string, note = "//added 20240101"): string => `${row}\t${note}`;
  assert.equal(fewSlashNotes([...ROWS, noted(ROWS[0]), noted(ROWS[1])]), true);
  assert.equal(fewSlashNotes([...ROWS, noted(ROWS[0])]), false, "one note");
  assert.equal(fewSlashNotes([...ROWS, "a b c\t//cdn.example.org/x.js", "d e f\t//cdn.example.org/y.js"]), false, "cut, the rows are short: a cell");
  assert.equal(fewSlashNotes([...ROWS, "0x0100 0x0200 S", noted(ROWS[0]), noted(ROWS[1])]), false, "a ragged table");
  assert.equal(fewSlashNotes([ROWS[0], ROWS[1], noted(ROWS[0]), noted(ROWS[1])]), false, "fewer than 3 rows without a note");
  assert.equal(fewSlashNotes([...ROWS, `${ROWS[0]} //added`, `${ROWS[1]} //added`]), false, "one space before the mark: text");
});
