// utf8-signs.ts: a legacy sign and the byte after it that are valid UTF-8 by chance (windows-874 `฿` + NBSP) are read as the sign, warned naming UTF-8.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { lonePairs } from "../../src/encoding/utf8-signs.js";
import { chunked, fixture } from "./helpers.js";

const pairs = (s: string) => lonePairs(Buffer.from(s, "utf8"), 0, Buffer.byteLength(s));

test("lonePairs: a two-byte letter of a far script standing by figures; not words, signs, or a letter glued to Latin ones", () => {
  assert.deepEqual(pairs('1,"\u07e012,5"\n2,"\u07e03"\n'), ["\xdf\xa0"]);
  for (const s of ["café 12", "£12", "12 °C", "Москва", "a\u07e0", "€ 3"]) assert.equal(pairs(s), null, s);
});

test("sniffEncoding on a windows-874 invoice list whose only high bytes are `฿` and a no-break space: windows-874, warned naming UTF-8", async () => {
  // why: on main DF A0 read as one N'Ko letter (valid UTF-8) and the answer stood silent (confidence 1)
  const d = (await sniffEncoding(chunked(fixture("874-baht-sign-nbsp-valid-utf8-by-chance.csv")))).decision;
  assert.equal(d.name, "windows-874");
  assert.equal(d.uncertain, true);
  assert.deepEqual(d.alternatives, ["utf-8"]);
});

test("sniffEncoding near miss: a UTF-8 Cyrillic letter standing by figures (`1 л`) stays UTF-8, unwarned (no page reads it as a sign)", async () => {
  const d = (await sniffEncoding(chunked(Buffer.from('id,qty\n1,"1 л"\n2,"2 л"\n3,"5 л"\n', "utf8")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, false);
});
