// legacy.ts loneBytesByContext: when every word of the evidence is one byte, a warning names first the pages that read the lines around it best (a Latin page among English words, not Cyrillic `Ф`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("an English list in cp850 whose only non-ASCII is `:ö:`: the warning names cp850 first (main: ibm866, Mac Roman, cp855)", async () => {
  const d = (await sniffEncoding(chunked(fixture("cp850-lone-letter-between-colons-among-english.csv")))).decision;
  assert.ok(d.name === "cp850" || (d.uncertain && d.alternatives?.[0] === "cp850"), JSON.stringify(d));
});
