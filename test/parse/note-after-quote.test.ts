// CsvTokenizer.noteAfterQuote (src/parse/csv.ts): a `# note` after a closing quote, in a file with a comment mark, ends the record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/parse/notes-after-closing-quotes.tsv";
const TSV = { delimiter: "\t", quote: '"', comment: "#" };

test("noteAfterQuote: a vendor list's notes after closing quotes (a web address, glued or not; words) are no quote-stray", () => {
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.warnings], [7, 0, 0]);
  const text = '"a"\t"b" # https://x.org/1\n"c"\t"d" #https://x.org/2\n"e"\t"f"\t# two words\n"g"\t"h"  # see the notes\n';
  for (const sizes of [[], [1], [3, 5], [7]]) {
    const recs = tokenize(text, TSV, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["a", "b"], ["c", "d"], ["e", "f", "# two words"], ["g", "h"]], `sizes ${sizes}`);
    assert.deepEqual(recs.map((r) => r.defects?.length ?? 0), [0, 0, 0, 0]);
  }
});

test("noteAfterQuote refuses: one word after the mark, a row going on past it, a mark glued to a word, no blank, no comment mark", () => {
  const stray = (text: string, o: object = TSV) => tokenize(text, o).map((r) => r.defects?.map((d) => d.code) ?? []);
  assert.deepEqual(stray('"Apt" # B\n'), [["quote-stray"]]);
  assert.deepEqual(stray('"Apt" # B 5\t"x"\n'), [["quote-stray"]]);
  assert.deepEqual(stray('"Suite" #C\t"x"\n'), [["quote-stray"]]);
  assert.deepEqual(stray('"a"# see the notes\n'), [["quote-stray"]]);
  assert.deepEqual(stray('"a" # see the notes\n', { delimiter: "\t", quote: '"' }), [["quote-stray"]]);
});

test("noteAfterQuote refuses: a number first after the mark (`\"Room\" # 12 B`) is a number sign, text of the row: quote-stray", () => {
  const fixture = "fixtures/parse/quoted-room-then-number-sign-in-a-file-with-notes.csv";
  const f = (JSON.parse(runCli([fixture, "--format", "json", "-q"]).stdout) as Report).files[0];
  // main: `# 12 B` dropped as a note, no word (exit 0)
  assert.deepEqual([f.rows.total, f.byCode["quote-stray"]], [4, 1]);
  const stray = (text: string) => tokenize(text, TSV).map((r) => r.defects?.map((d) => d.code) ?? []);
  assert.deepEqual(stray('"Unit" # 4 West\n'), [["quote-stray"]]);
  assert.deepEqual(stray('"a" # 2 words\n'), [["quote-stray"]]);
});
