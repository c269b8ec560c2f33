// cjk-shape.ts: only evidence words that read as CJK characters keep their figures apart; a Latin sign before a currency code folds.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { cjkShaped } from "../../src/encoding/cjk-shape.js";
import { chunked, fixture } from "./helpers.js";

test("cjkShaped: lead and trail pairs (GB18030 `18–25`, A8 43); not a no-break space before a currency code or a lone lead byte", () => {
  assert.ok(cjkShaped(iconv.encode("18–25", "gb18030")));
  assert.ok(cjkShaped(iconv.encode("2000年", "euc-jp")));
  for (const [t, page] of [["13\u00a0EUR", "cp852"], ["16\u00a0EUR", "iso-8859-2"], ["54\u00a0KČ", "iso-8859-2"]]) assert.ok(!cjkShaped(iconv.encode(t, page)), t);
});

test("legacyGuess on a cp852 list with a no-break space before `EUR` on every row and one word `slovenčina`: cp852", async () => {
  // why: on main each amount word counted apart, and the file was read cp850 (`slovenƒina`), warned naming cp857 only
  const d = (await sniffEncoding(chunked(fixture("cp852-nbsp-before-currency-code-every-row.csv")))).decision;
  assert.equal(d.name, "cp852");
});

test("legacyGuess near miss: a GB18030 table whose dash (A8 43) sits between figures on every row is not read in a single-byte page silently", async () => {
  const rows = Array.from({ length: 30 }, (_, i) => `${i},${10 + (i % 40)}–${20 + (i % 50)},项目${i % 3}\n`).join("");
  const d = (await sniffEncoding(chunked(iconv.encode("id,range,name\n" + rows, "gb18030")))).decision;
  assert.ok(d.name === "gb18030" || d.uncertain, `${d.name} silent`);
});
