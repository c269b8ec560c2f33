// notesOnSpacedRows (src/dialect/notes-on-spaced-rows.ts): single-space rows carrying inline notes after a run of
// blanks are read in the whitespace mode, where the parser cuts the notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { notesOnSpacedRows } from "../../src/dialect/notes-on-spaced-rows.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const HEX = "fixtures/dialect/single-space-hex-rows-bang-notes-after-blanks.dat";
const report = (name: string) => (JSON.parse(runCli([name, "--format", "json", "-q"]).stdout) as Report).files[0];

test("notesOnSpacedRows: 8 hex bytes a row, then `    !  value` notes: 8 columns, the notes cut, no error", () => {
  const f = report(HEX);
  assert.deepEqual([f.dialect.delimiter, f.dialect.comment, f.dialect.whitespace, f.dialect.inlineComment], [" ", "!", true, true]);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [8, 8, 0]);
});

test("notesOnSpacedRows: near misses (a run of blanks between cells, a TAB, a single row) are refused", () => {
  assert.equal(notesOnSpacedRows("00 01 02\n03 04 05\n"), true);
  assert.equal(notesOnSpacedRows("00  02\n03 04 05\n"), false, "an empty cell the single-space reading keeps");
  assert.equal(notesOnSpacedRows("00 01\t02\n03 04 05\n"), false, "a TAB");
  assert.equal(notesOnSpacedRows("00 01 02\n"), false, "one row");
});
