// utf8-cjk-pairs.ts: a far-script UTF-8 letter glued to figures that GBK or Big5 reads as a common hanzi (`3元` is UTF-8 `3Ԫ`) is warned naming that page; Hebrew or Cyrillic letters by figures are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { hanziNotUtf8 } from "../../src/encoding/utf8-cjk-pairs.js";
import { chunked, fixture } from "./helpers.js";

const utf8 = { name: "utf-8", confidence: 1, bom: false, how: "utf8-valid" as const, uncertain: false };

test("hanziNotUtf8: a Cyrillic Supplement letter that is GBK `元`; not Cyrillic `с`, not Hebrew `ז`", () => {
  assert.equal(hanziNotUtf8(["\xd4\xaa"], utf8)?.alternative, "gb18030");
  for (const p of ["\xd1\x81", "\xd7\x96"]) assert.equal(hanziNotUtf8([p], utf8), null, p);
});

test("sniffEncoding on a GBK price list `3元` (valid UTF-8 `3Ԫ`): warned naming gb18030", async () => {
  // why: on main utf-8 stood silent (`3Ԫ`)
  const d = (await sniffEncoding(chunked(fixture("gbk-yuan-after-figures-valid-utf8.csv")))).decision;
  assert.ok(d.name === "gb18030" || (d.uncertain && d.alternatives?.includes("gb18030")), JSON.stringify(d));
});

test("sniffEncoding on UTF-8 Hebrew class letters by figures: utf-8, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("utf8-hebrew-class-letters-by-figures.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, false);
});
