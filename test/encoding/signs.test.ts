// signs.ts and the legacy guess's signs-over-letters rule (encmoney): numbers exports whose only high bytes are signs by their figures are read in the page that reads them as signs, never silently as letters standing alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { allSignsInPlace, loneSignAmbiguous, signsByFigures } from "../../src/encoding/signs.js";
import { decimalCommaBeside } from "../../src/encoding/decimal-comma.js";
import { chunked, fixture } from "./helpers.js";

test("allSignsInPlace: signs by figures and units, a no-break space before a currency code; not letters, signs inside words or two signs side by side", () => {
  for (const t of ["12,50\u00a0€", "€ 3.00", "2019–2021", "21 °C", "12 m²", "5 µg", "±0,5", "1\u00a0234,50\u00a0RUB", "₪ 40"]) assert.ok(allSignsInPlace(t), t);
  for (const t of ["12,50 ค", "1Ü234", "s±", "m\u00a0s", "0£¥", "plain ascii", "¤ 12", "2019¢2021"]) assert.ok(!allSignsInPlace(t), t);
});

test("allSignsInPlace: a sign glued to letters only in a unit's or a quotation's shape, not a letter of another page inside a word", () => {
  for (const t of ["12 km²", "3 m/s²", "5 µg/m³", "21 °C", "“VIP”"]) assert.ok(allSignsInPlace(t), t);
  // Turkish `bulamadı` and German `Auswahlmenü` in cp850, Icelandic `ættir` and Croatian cp852 `Što` read as cp850, Irish cp850 `Asarlaí` and Latvian `Ņujorka` in Baltic and Mac pages
  for (const t of ["bulamad²", "Auswahlmen³", "µttir", "µto", "Asarla”", "“ujorka"]) assert.ok(!allSignsInPlace(t), t);
});

test("signsByFigures: high bytes beside a figure or glued to a unit's letters; not a high byte standing alone between words", () => {
  assert.ok(signsByFigures(iconv.encode("a;12,50 €\n€ 3;m²;°C;€ -7,10\n", "windows-1252"), 0));
  assert.ok(!signsByFigures(iconv.encode("id;note\n1;Non è stato\n", "windows-1252"), 0));
});

test("legacyGuess on amounts with a no-break space and €: windows-1252, unwarned (not GB18030 `12,50爛`)", async () => {
  // why: on main GB18030 read each `\u00a0€` (A0 80) as one rare hanzi and stood silent (confidence 0.85)
  const d = (await sniffEncoding(chunked(fixture("1252-euro-after-amounts-nbsp.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("legacyGuess on ISO-8859-15 amounts with € and a decimal comma (`8729,01 €`): ISO-8859-15, unwarned, never windows-874 `ค`", async () => {
  // why: windows-874 once read each € (A4) as a Thai letter standing alone and stood silent (confidence 0.90); the warning
  // that named windows-1255 (the same byte is ₪) is gone since shekel amounts write a decimal point (decimal-comma.ts)
  const d = (await sniffEncoding(chunked(fixture("iso885915-euro-after-amounts-nbsp.csv")))).decision;
  assert.equal(d.name, "iso-8859-15");
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("legacyGuess on ISO-8859-15 amounts with € and a decimal point (`€ 12.50`): warned naming windows-1255 (near miss: the bytes are ₪ too)", async () => {
  const text = '"booked","payee","amount"\n' + Array.from({ length: 30 }, (_, i) => `"0${1 + (i % 9)}.04.2024","Litware","€\u00a0${100 + i * 37}.${String(i % 100).padStart(2, "0")}"\n`).join("");
  const d = (await sniffEncoding(chunked(iconv.encode(text, "iso-8859-15")))).decision;
  assert.equal(d.name, "iso-8859-15");
  assert.ok(d.uncertain && d.alternatives?.includes("windows-1255"), JSON.stringify(d));
});

test("decimalCommaBeside: amounts on either side, across a blank; not when any writes a decimal point, not beside no amount", () => {
  const b = (s: string) => Buffer.from(s, "latin1");
  assert.ok(decimalCommaBeside(b("1.234,50 \xa4\n\xa4 12,00\n"), 0, 0xa4));
  for (const s of ["1,234.50 \xa4\n", "12,00 \xa4\n\xa4 3.50\n", "\xa4 alone\n"]) assert.ok(!decimalCommaBeside(b(s), 0, 0xa4), s);
});

test("legacyGuess on KOI8-R amounts whose only high byte is the no-break space: KOI8-R (not cp850 `1Ü234`)", async () => {
  // why: on main cp850 read the no-break space (9A) as Ü glued to figures and stood silent (confidence 0.89)
  const d = (await sniffEncoding(chunked(fixture("koi8r-nbsp-before-currency-code.csv")))).decision;
  assert.equal(d.name, "koi8-r");
  assert.equal(d.uncertain, false);
});

test("legacyGuess near miss: an accent standing alone between words is a letter, not a sign (never cp857 `Non × stato`, silently)", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-italian-lone-e-grave.csv")))).decision;
  assert.ok(d.name === "windows-1252" || d.uncertain, `${d.name} silent`);
  assert.notEqual(d.name, "cp857");
});

test("legacyGuess near miss: a GBK full-width ％ is two high bytes side by side, no pair of signs (`£¥`): never windows-1252 silently", async () => {
  const d = (await sniffEncoding(chunked(iconv.encode("id,share\n" + Array.from({ length: 12 }, (_, i) => `${i + 1},${i * 3}％\n`).join(""), "gbk")))).decision;
  assert.ok(d.name !== "windows-1252" || d.uncertain, "windows-1252 silent");
});

test("loneSignAmbiguous: a lone sign that is no currency sign, a lone sign between figures or before a full stop; not a currency sign by an amount", () => {
  const lone = (t: string, page = "windows-1252") => loneSignAmbiguous(t, iconv.encode(t, page), 0);
  // KOI8-R `3 в 1`, windows-1251 `2 і 3`, cp850 Spanish `3 ó 4`, cp866 `2019 г.` as the page that reads them as signs
  for (const t of ["x\n×", "x\n³"]) assert.ok(loneSignAmbiguous(t, Buffer.from("a"), 0), t);
  assert.ok(lone("a;3 ¢ 4\n"), "a currency sign between two figures");
  assert.ok(lone("a;2019 £.\n"), "a sign closed by a full stop");
  for (const t of ["a;12,50 €\n", "a;€ 3.00\n", "a;2019–2021\n", "a;21 °C\n"]) assert.ok(!lone(t), t);
  assert.ok(!loneSignAmbiguous("€\n12,50\u00a0€", iconv.encode("a;12,50 €\nb;12,50\u00a0€\n", "windows-1252"), 0));
});

test("legacyGuess on KOI8-R products `3 в 1` and cp866 dates `2019 г.`: the page reading a lone sign is warned, never silent (windows-1252 `3 × 1`, `2019 £.`)", async () => {
  // why: the signs rule answered windows-1252 silently where the letter reading (KOI8-R, cp866) is as likely
  for (const [text, page] of [["id,product,price\n1,Shampoo 3 \u0432 1,120\n2,Soap,40\n3,Gel 2 \u0432 1,95\n", "koi8-r"], ["id,year,amount\n1,2019 \u0433.,100\n2,2020 \u0433.,200\n", "cp866"]]) {
    const d = (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
    assert.ok(d.name === page || d.uncertain, `${page}: ${d.name} silent`);
  }
});
