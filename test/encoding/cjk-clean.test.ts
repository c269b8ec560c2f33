// cjk-clean.ts: jschardet's CJK answer is weighed only when its reading decodes the evidence cleanly; else the best clean CJK reading is (a GB18030 four-byte `¬` is no Big5).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { cleanCjkName } from "../../src/encoding/cjk-clean.js";
import { chunked, fixture } from "./helpers.js";

test("cleanCjkName: jschardet's answer when its reading is clean (near miss: however far down), else the best clean one", () => {
  assert.equal(cleanCjkName("big5", [{ name: "gb18030" }, { name: "big5" }]), "big5");
  assert.equal(cleanCjkName("big5", [{ name: "gb18030" }, { name: "euc-kr" }]), "gb18030");
  assert.equal(cleanCjkName("big5", []), "big5");
});

test("legacyGuess on English address rows whose only non-ASCII are GB18030 four-byte `¬` and a `，`: GB18030, never Big5 `202�0�1Building`", async () => {
  // why: on main jschardet's Big5 stood silent (confidence 0.7) though Big5 reads 81 30 85 31 as two invalid pairs
  const d = (await sniffEncoding(chunked(fixture("gb18030-four-byte-sign-in-english-rows.csv")))).decision;
  assert.ok(d.name === "gb18030" || d.uncertain, JSON.stringify(d));
  assert.notEqual(d.name, "big5");
});
