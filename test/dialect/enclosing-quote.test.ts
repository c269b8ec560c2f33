// enclosingQuote (src/dialect/enclosing-quote.ts): JSON written inside `'…'` fields is quoted by `'`, not by its own `"`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { enclosingQuote } from "../../src/dialect/enclosing-quote.js";
import { quoteEvidence } from "../../src/dialect/evidence.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/json-objects-in-single-quoted-fields.csv";

test("enclosingQuote: JSON objects in single-quoted fields read at `'`, 4 columns under the header, no errors", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.quote, d.header, d.skipRows ?? 0], [",", "'", true, 0]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [4, 4, 0]);
});

test("enclosingQuote: refused when `\"` stands nowhere mid-field, or some `\"` lies outside the `'` fields", () => {
  // plain double-quote quoting, with single-quoted fields beside it: `"` stays the quote
  const plain = ["id,name,note", `1,"Smith, Ann",'x'`, `2,"Lee, Bo",'y'`, `3,"Ng, Al",'z'`].join("\n") + "\n";
  assert.equal(sniffDialect(plain, true).quote, '"');
  // one JSON value outside the single quotes: its `"` are not all enclosed, so `'` is not taken
  const lines = readFileSync(NAME, "utf8").trimEnd().split("\n");
  const loose = [...lines, `shop.items,1005_1,{"id":"1005"},'{"action":"conflict"}'`].join("\n") + "\n";
  const outer = (t: string) => enclosingQuote(t, quoteEvidence(t, ",", '"'), [quoteEvidence(t, ",", "'")])?.quote ?? null;
  assert.equal(outer(readFileSync(NAME, "utf8")), "'");
  assert.equal(outer(loose), null);
  // a `'` field left open: no enclosing quote
  assert.equal(outer(readFileSync(NAME, "utf8") + `shop.items,1006_1,'{"id":"1006"}\n`), null);
  // apostrophes in text, `"` quoting: `"` stays
  const text = ["id,quote", `1,"It's late, said Jo"`, `2,"Don't, said Al"`, `3,"We're here, said Bo"`].join("\n") + "\n";
  assert.equal(sniffDialect(text, true).quote, '"');
});
