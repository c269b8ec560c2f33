// signs.ts signInPlace: a quote is a sign in its place only when it quotes something, a letter or figure on its quoted side; a `”` between colons is cp850 `ö`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("an English list in cp850 whose only non-ASCII is `:ö:`: never windows-1252 `:”:` without a warning", async () => {
  // why: on main the default page's sign rule lifted windows-1252 to 0.5 (unwarned) though the `”` closes nothing
  const d = (await sniffEncoding(chunked(fixture("cp850-lone-letter-between-colons-among-english.csv")))).decision;
  assert.ok(d.name === "cp850" || d.uncertain, JSON.stringify(d));
});

test("near miss: a windows-1252 price list whose only non-ASCII is `”` after figures (inches) stays windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-inch-sign-after-figures.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
