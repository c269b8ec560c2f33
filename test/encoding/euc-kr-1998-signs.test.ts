// legacy.ts isEucRange: jschardet is asked again without the words holding `€` or `®` in EUC-KR (A2 E6, A2 E7), which its EUC-KR tables lack (KS X 1001 gained them in 1998).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("a Korean symbol list in EUC-KR with one `®`: EUC-KR, never GB18030 `磊蜡狼`", async () => {
  // why: on main jschardet dropped EUC-KR and CP949 for the `®` and GB18030 read the hangul as common hanzi
  const d = (await sniffEncoding(chunked(fixture("euc-kr-registered-sign-among-hangul.csv")))).decision;
  assert.equal(d.name, "euc-kr", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("near miss: a Chinese list in GBK whose only symbol is `㈢` (the same bytes A2 E7) stays GB18030, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("gbk-parenthesized-figure-among-hanzi.csv")))).decision;
  assert.equal(d.name, "gb18030", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
