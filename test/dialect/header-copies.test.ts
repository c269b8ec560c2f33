// dropCopiesOfHead (src/dialect/header.ts): a header repeated below the records is not values voting it away.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";

test("dropCopiesOfHead: a header repeated below the records (concatenated exports) is still the header", () => {
  const text = readFileSync("fixtures/dialect/header-repeated-below-records.csv", "utf8");
  assert.equal(sniffDialect(text, true).header, true);
  // a headerless list whose first record comes again further down is still data: the other records decide
  const lines = text.split("\n").filter((l) => l !== "" && !l.startsWith("city"));
  assert.equal(sniffDialect([...lines.slice(0, 3), lines[0], ...lines.slice(3)].join("\n") + "\n", true).header, false);
});
