// sentenceNote (src/dialect/sentence-note.ts): a `# ` sentence above rows of numbers is a note, not a commented header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { sentenceNote } from "../../src/dialect/sentence-note.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/sentence-note-above-number-rows.dat";
const rows = "250.0 0.0 0.0 250.0\n95.5 1.5 61.25 113.6\n40.0 0.0 -12.5 41.9\n";

test("sentenceNote: `# dR=0.5 is used` above rows of 4 numbers is a comment, and the 3 rows are records", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.header, d.comment], [false, "#"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1", "field2", "field3", "field4"], 3, 0, 0]);
  assert.equal(sentenceNote("#", "# dR=0.5 is used"), true);
});

test("sentenceNote refuses: names only, `is` first, a line glued to the mark, fewer than 3 words", () => {
  assert.equal(sentenceNote("#", "# x y z"), false);
  assert.deepEqual(sniffDialect("# x y z\n" + rows, true).comment, null);
  assert.equal(sentenceNote("#", "# is x y"), false);
  assert.equal(sniffDialect("# is x y\n" + rows, true).header, true);
  assert.equal(sentenceNote("#", "#dR is used"), false);
  assert.equal(sentenceNote("#", "# dR is"), false);
});
