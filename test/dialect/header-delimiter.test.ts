// delimiterNamedByHeader (src/dialect/header-delimiter.ts): the `;` a header names its columns with splits records whose first field holds `|`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { delimiterNamedByHeader } from "../../src/dialect/header-delimiter.js";

const NAME = "fixtures/dialect/pipe-joined-ids-before-semicolon-header-names-semicolon.csv";

test("delimiterNamedByHeader: `segment;anchor` above `X10001|ABJ1-1*01|…| |;17` is a `;` table with a header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ";");
  assert.equal(d.header, true);
  assert.equal(d.skipRows ?? 0, 0);
});

test("delimiterNamedByHeader refuses: the mark in the header, other counts, two fields, a name without a letter, few lines", () => {
  const recs = ["a|b|c;1", "d|e|f;2", "g|h|i;3", "j|k|l;4"];
  assert.equal(delimiterNamedByHeader(["id;n", ...recs].join("\n"), "|"), ";");
  // a `|` table whose header holds `|` too
  assert.equal(delimiterNamedByHeader(["id|x|y;n", ...recs].join("\n"), "|"), null);
  // a record with another count of `;`
  assert.equal(delimiterNamedByHeader(["id;n", ...recs, "m|n;o;5"].join("\n"), "|"), null);
  // the picked mark in two fields of a record, or in another field than on the others
  assert.equal(delimiterNamedByHeader(["id;n", ...recs, "m|n;5|6"].join("\n"), "|"), null);
  assert.equal(delimiterNamedByHeader(["id;n", ...recs, "mn;5|6"].join("\n"), "|"), null);
  // a first line of numbers is no header
  assert.equal(delimiterNamedByHeader(["10;20", ...recs].join("\n"), "|"), null);
  assert.equal(delimiterNamedByHeader(["id;n", ...recs.slice(0, 3)].join("\n"), "|"), null);
  // a pick that is itself a header mark is left alone
  assert.equal(delimiterNamedByHeader(["id;n", ...recs].join("\n"), ","), null);
});
