// doubledOverBackslash: a `\` escape that leaves stray quotes loses to RFC 4180's doubled quotes when those read cleanly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { tokenize } from "../helpers/tokenize.js";

// A doubled quote right after a literal backslash (`"Z\""oe"` is Z\"oe), and `\\` (a LaTeX line break) in every address.
const doubledAfterBackslash = [
  '"Name","Score","Address"',
  '"Jane",75,"Flat 1a\\\\The Street"',
  '"Zoe\\""s",52,"Flat 1e\\\\The Street"',
  '"John",68,"Flat 1b\\\\The Street"',
  "",
].join("\n");

test("a doubled quote after a backslash reads as RFC 4180, not as a backslash escape", () => {
  const d = sniffDialect(doubledAfterBackslash, true);
  assert.equal(d.delimiter, ",");
  assert.equal(d.quote, '"');
  assert.equal(d.escape, null);
  const recs = tokenize(doubledAfterBackslash, { delimiter: d.delimiter, quote: d.quote, escape: d.escape });
  assert.deepEqual(recs.map((r) => r.cells.length), [3, 3, 3, 3]);
  assert.ok(recs.every((r) => r.defects === null), "no quote defects");
  assert.equal(recs[2].cells[0], 'Zoe\\"s');
  assert.equal(recs[1].cells[2], "Flat 1a\\\\The Street");
});

test("refused: quotes that appear inside fields only as `\\\"` keep the backslash escape", () => {
  const text = ['"id","quote"', '1,"say \\"hi\\""', '2,"a \\"b\\" c"', '3,"plain"', ""].join("\n");
  assert.equal(sniffDialect(text, true).escape, "\\");
});

test("refused: the doubled-quote reading has defects of its own (a stray quote), so the escape stays", () => {
  const text = ['"a","b"', '"x\\""y",1', '"say \\"hi\\" now",2', '"z",3', ""].join("\n");
  assert.equal(sniffDialect(text, true).escape, "\\");
});
