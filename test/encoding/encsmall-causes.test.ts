// Causes the encsmall set showed: small exports whose few high bytes a page of another script reads confidently (`ñü`/`ß` in windows-1252 read as windows-1251 `сь`/`Я`).
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("legacyGuess on thin evidence (5 high bytes): a windows-1251 reading is warned, naming windows-1252", async () => {
  // why: on main windows-1251 won by 9 nats over Mac Cyrillic (confidence 0.503) and stood silent
  const d = (await sniffEncoding(chunked(fixture("1252-two-accent-only-words.csv")))).decision;
  assert.ok(d.name === "windows-1252" || d.uncertain, `${d.name} silent`);
  if (d.name !== "windows-1252") assert.ok(d.alternatives?.includes("windows-1252"), `rivals ${d.alternatives}`);
});

test("legacyGuess beyond thin evidence: Cyrillic names of ten letters and more stay windows-1251, unwarned", async () => {
  const d = (await sniffEncoding(chunked(iconv.encode("id;name;city\n1;Пётр;Москва\n2;Анна;Сочи\n", "windows-1251")))).decision;
  assert.equal(d.name, "windows-1251");
  assert.equal(d.uncertain, false);
});

test("legacyGuess on thin evidence the default page wins: one German name in windows-1252 stays unwarned", async () => {
  const d = (await sniffEncoding(chunked(iconv.encode("id,name\n1,Müller\n2,Smith\n", "windows-1252")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("legacyGuess on numbers around one sign: a windows-1252 € stays windows-1252, unwarned", async () => {
  // why: on main it was warned naming ibm866 `А`, cp737 `Α` and Mac Roman `Ä`, letters standing alone among figures
  const d = (await sniffEncoding(chunked(fixture("1252-price-list-one-euro-sign.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
  for (const [v, page] of [["21 °C", "windows-1252"], ["2019–2021", "windows-1252"], ["12 m²", "iso-8859-1"]]) {
    const e = (await sniffEncoding(chunked(iconv.encode(`id;value\r\n1;${v}\r\n2;7\r\n`, page)))).decision;
    assert.equal(e.uncertain, false, v);
  }
});

test("legacyGuess on numbers around one sign: a sign glued to a letter is a letter of another page, still warned (`m s`, `s±`, `s“`)", async () => {
  for (const [v, page] of [["más", "cp850"], ["są", "iso-8859-2"], ["sì", "macintosh"]]) {
    const d = (await sniffEncoding(chunked(iconv.encode(`name\r\n${v}\r\nOK\r\n`, page)))).decision;
    assert.ok(d.name === page || d.uncertain, `${v}: ${d.name} silent`);
  }
});
