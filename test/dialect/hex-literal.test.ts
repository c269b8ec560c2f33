// hexLiteralLikeBody (src/dialect/hex-literal.ts): a `0x…` id above `0x…` ids is a record, not a column name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { hexLiteralLikeBody } from "../../src/dialect/hex-literal.js";

const NAME = "fixtures/dialect/two-records-led-by-hex-ids.txt";

test("hexLiteralLikeBody: two `;` records led by hex ids have no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ";");
  assert.equal(d.header, false);
});

test("hexLiteralLikeBody refuses: a name above hex ids, a hex id above other values, too few digits", () => {
  assert.equal(hexLiteralLikeBody("0x00a0c902", ["0x00a0c903"]), true);
  assert.equal(hexLiteralLikeBody("guid", ["0x00a0c903"]), false);
  assert.equal(hexLiteralLikeBody("0x00a0c902", ["12345"]), false);
  assert.equal(hexLiteralLikeBody("0x00a0c902", ["0x1", "node"]), false);
  assert.equal(hexLiteralLikeBody("0x1", ["0x2"]), false);
  assert.equal(hexLiteralLikeBody("0x00a0c902", []), false);
});

test("hexLiteralLikeBody keeps a header of names above hex ids", () => {
  const d = sniffDialect("guid;name;note\n0x00a0c9020020e004;alpha node_0;core\n0x00a0c9020025b612;beta node_0;spare\n", true);
  assert.equal(d.header, true);
});

test("hexLiteralLikeBody refuses: short hex offsets naming columns above 32-bit hex values keep their header", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/register-dump-offsets-as-column-names.csv", "utf8"), true);
  assert.equal(d.header, true);
  assert.equal(hexLiteralLikeBody("0x04", ["0x1A2B3C4D", "0x00000083"]), false);
});
