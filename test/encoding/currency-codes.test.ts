// currency-codes.ts: a currency code written in one page's letters (`12 Kč`, `zł`, `лв`) on every row is a sign of that page, as `€` is of windows-1252.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { currencyCodeWords } from "../../src/encoding/currency-codes.js";
import { chunked, fixture } from "./helpers.js";

test("currencyCodeWords: codes alone or beside figures; not words of text, not another page's soup", () => {
  for (const t of ["1\u00a0Kč\n10\u00a0Kč\n", "zł\n", "11zł\n", "KČ\n", "5 лв.\n", "РУБ\n"]) assert.ok(currencyCodeWords(t), t);
  for (const t of ["1\u00a0Kè\n", "Kč\nčeština\n", "Kč za kus\n", "12 €\n", "z³\n", ""]) assert.ok(!currencyCodeWords(t), t);
});

test("legacyGuess on windows-1250 `1 Kč` (no-break space) on every row, no Czech word: windows-1250", async () => {
  // why: on main windows-1252 `1 Kè` stood silent (confidence 0.75)
  const d = (await sniffEncoding(chunked(fixture("1250-koruna-code-after-amounts.csv")))).decision;
  assert.equal(d.name, "windows-1250", JSON.stringify(d));
});

test("legacyGuess on a windows-1252 price list with `€` after amounts (no-break space): windows-1252, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-euro-after-amounts-nbsp.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});
