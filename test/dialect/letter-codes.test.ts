// letterCodeLikeBody (src/dialect/letter-codes.ts): a first long code of letters above codes as long is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { letterCodeLikeBody } from "../../src/dialect/letter-codes.js";

const NAME = "fixtures/dialect/fixed-length-letter-codes-no-header.txt";

test("letterCodeLikeBody: the first `gfcgabbfaqgbcnnchcnbd be` line of a list of letter codes is a record, not the header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.header, false);
});

test("letterCodeLikeBody refuses: short, mixed case, digits, other lengths or case, fewer than 5 values", () => {
  const values = ["hfdafbcdefgggaaaaaajs", "hkfagbcbdegggaabaabgk", "hkjagabcdegggghhhhgvb", "hjdadbcdcgfggqqqglklq", "hlhaacdgffggfqkhxuojk"];
  assert.equal(letterCodeLikeBody("hfdafbcdefgggaaaaaafo", values), true);
  assert.equal(letterCodeLikeBody("HFDAFBCDEFGGGAAAAAAFO", values.map((v) => v.toUpperCase())), true);
  const short = ["abcdefgh", "bcdefghi", "cdefghij", "defghijk", "efghijkl"];
  assert.equal(letterCodeLikeBody("sequence", short), false);
  assert.equal(letterCodeLikeBody("Hfdafbcdefgggaaaaaafo", values), false);
  assert.equal(letterCodeLikeBody("hfdafbcdef_ggaaaaaafo", values), false);
  assert.equal(letterCodeLikeBody("hfdafbcdefgggaaaaaafo", [...values, "hfdafbcdefggg"]), false);
  assert.equal(letterCodeLikeBody("hfdafbcdefgggaaaaaafo", [...values, "HFDAFBCDEFGGGAAAAAAFO"]), false);
  assert.equal(letterCodeLikeBody("hfdafbcdefgggaaaaaafo", values.slice(0, 4)), false);
  // a name above such codes keeps its header
  const named = ["signature volume", ...values.map((v, i) => `${v} ${i + 1}.5`)].join("\n");
  assert.equal(sniffDialect(named, true).header, true);
});
