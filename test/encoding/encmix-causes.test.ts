// Causes the encmix set showed: Maltese and Esperanto exports in ISO-8859-3 were read silently as another Latin page, and an answer that leaves a byte undefined (a C1 control) stood silent.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked } from "./helpers.js";

/** A short export: header, then one row per value. */
function exportOf(header: string, values: string[]): string {
  return `id,${header}\n` + values.map((v, i) => `${i + 1},"${v}",${(i * 37) % 100}.50`).join("\n") + "\n";
}

async function detect(text: string, codec: string) {
  const bytes = iconv.encode(text, codec);
  const d = (await sniffEncoding(chunked(bytes))).decision;
  const name = d.name === "ibm866" ? "cp866" : d.name;
  return { ...d, same: iconv.encodingExists(name) && iconv.decode(bytes, name) === text };
}

test("a Maltese export in ISO-8859-3 is read in its page, not as Hungarian ISO-8859-16", async () => {
  // why: with no Maltese model and no ISO-8859-3 candidate, `Fiġi` read as `Fiői` (ISO-8859-16) silently
  const d = await detect(exportOf("pajjiż", ["il-Ġamajka", "Fiġi", "iċ-Ċina", "il-Ħonduras", "iż-Żambja"]), "iso-8859-3");
  assert.ok(d.same, `answered ${d.name}`);
});

test("an ALL-CAPS Esperanto export in ISO-8859-3 is read in its page", async () => {
  // why: `TAŜKENTO` read as windows-1250 `TAŢKENTO`, silently
  const d = await detect(exportOf("URBO", ["TAŜKENTO", "ĈEĤIO", "ĜENEVO", "EŬROPO", "ĴAMAJKO"]), "iso-8859-3");
  assert.ok(d.same, `answered ${d.name}`);
});

test("an answer that leaves a byte of the file undefined is warned, naming a page that defines it", async () => {
  // why: this ALL-CAPS Dutch cp850 export was read as windows-1252, `TOMÉ` as `TOM` + a C1 control, silently
  const text = ["ORDER;DATE;CUSTOMER;SHIP_TO;TOTAL;NOTE", "A20000;18.05.2016;VLEMINCKX;OMAN;1909,42;REPUBLIEK LETLAND",
    "A20001;18.01.2026;VICTOR STANDAERT;DEMOCRATISCHE REPUBLIEK SÃO TOMÉ EN PRINCIPE;923,65;", "A20002;18.11.2024;XAVIER ELSLANDER;HONGARIJE;1683,45;",
    "A20008;15.09.2021;JACK ROTTEVEEL;ISLAMITISCHE REPUBLIEK PAKISTAN;965,79;REPUBLIEK INDONESIË", "A20010;10.10.2025;VAN HEEMSKERCK;MALEISIË;1964,41;KROATIË",
    "A20011;07.04.2021;HENDRIK WAGENMAKER;ZUID-SOEDAN;1513,55;GUATEMALA", ""].join("\r\n");
  const bytes = iconv.encode(text, "cp850");
  const d = (await sniffEncoding(chunked(bytes))).decision;
  if (iconv.decode(bytes, d.name) !== text) {
    assert.equal(d.uncertain, true, `answered ${d.name} silently`);
    assert.ok(d.alternative !== null && /[\u0080-\u009f\ufffd]/.test(iconv.decode(bytes, d.name)) && !/[\u0080-\u009f\ufffd]/.test(iconv.decode(bytes, d.alternative)));
  }
});

test("an ALL-CAPS Croatian export in ISO-8859-2 is not doubted for ISO-8859-3's dotted İ", async () => {
  // why: lower-casing made ISO-8859-3's `NORVEİKA` the plausible `norveika`, close enough to warn on a right answer
  const text = ['"ORDER","DATE","CUSTOMER","SHIP_TO","TOTAL"', '"A20000","24.05.2023","NAMIBIJA","GABON","835.68"', '"A20001","23.03.2015","JEMEN","GRENLAND","236.08"',
    '"A20002","23.04.2018","MONTSERRAT","KAZAHSTAN","1473.03"', '"A20003","15.12.2026","LAOS","NORVEŠKA","1850.88"', ""].join("\n");
  const d = await detect(text, "iso-8859-2");
  assert.ok(d.same, `answered ${d.name}`);
  assert.equal(d.uncertain, false, d.example ?? "");
});

test("an ALL-CAPS Russian row in cp866 with Ё is not read as Mac Cyrillic", async () => {
  // why: the pages share every capital but Ё, which Mac Cyrillic reads as a lower-case `р` (`МОСЬрЕН`)
  const d = await detect("ID;МЕСТО;СТРАНА;LAT;LON\r\n1;МОСЬЁЕН;БОДРУМ;-38,8197;66,6103\r\n", "cp866");
  assert.equal(d.name, "ibm866");
  assert.equal(d.uncertain, false, d.example ?? "");
});
