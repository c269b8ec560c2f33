// quotedFieldInCell (src/dialect/quoted-field-in-cell.ts), asked by fixedColumns: a quoted field after other text in
// one fixed-width cell shows fields merged, so the lines are read at their blanks with the quotes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { quotedFieldInCell } from "../../src/dialect/quoted-field-in-cell.js";
import { fixedColumns } from "../../src/dialect/columns.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { dialectParseOptions } from "../../src/pipeline/dialect-use.js";
import { tokenize } from "../helpers/tokenize.js";

const NAME = "fixtures/dialect/codes-then-rules-and-quoted-names.txt";

test("quotedFieldInCell: codes, rules of varying length, quoted names: 3 cells a line, not a code and a glued rest", () => {
  const text = readFileSync(NAME, "utf8");
  const d = sniffDialect(text, true);
  assert.equal(d.columns, undefined);
  const rows = tokenize(text, dialectParseOptions(d)).map((r) => r.cells);
  assert.equal(rows.length, 12);
  assert.ok(rows.every((r) => r.length === 3));
  assert.deepEqual(rows[0], ["0x0100", "(-*)", "general hydrogen"]);
  assert.deepEqual(rows[7], ["0x0704", "(-*,-*,-*,-*)", "ammonium nitrogen"]);
});

test("quotedFieldInCell: near misses are text (a quoted cell alone, a quote in a word, text after the quotes)", () => {
  assert.equal(quotedFieldInCell('(-*) "general hydrogen"'), true);
  assert.equal(quotedFieldInCell('"Ann Lee"'), false);
  assert.equal(quotedFieldInCell('12" pipe'), false);
  assert.equal(quotedFieldInCell('Ann "Al" Lee'), false);
  assert.equal(quotedFieldInCell('say "hi" twice'), false);
  // codes above names holding spaces, one name ending in a quoted word and one quoted whole: the fixed columns stand
  const lines = ["AND Andromeda", "CVN Canes Venatici", 'UMA Ursa "Major"', 'LEO "Leo"', "CMA Canis Major", "ARI Aries", "TRA Triangulum Australe"];
  assert.deepEqual(fixedColumns(lines), [0, 4]);
});
