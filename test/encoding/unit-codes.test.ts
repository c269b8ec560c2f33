// unit-codes.ts and currency-codes.ts codesAsSigns: a unit or currency code in a page's letters beside figures (`1кг`, `12 χλμ`, `18 zł`) is scored as a sign of that page, not as a word.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { codesAsSigns } from "../../src/encoding/currency-codes.js";
import { chunked } from "./helpers.js";

const rows = (n: number, row: (i: number) => string): string => Array.from({ length: n }, (_, i) => row(i + 1)).join("");
const sniff = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;

test("codesAsSigns: a unit or a currency code beside figures becomes a sign; alone, or among other letters, it stays a word", () => {
  assert.equal(codesAsSigns("1кг\n10\u00a0χλμ\n18\u00a0zł\n"), "1€\n10\u00a0€\n18\u00a0€\n");
  // near misses: no figure in the word (a header's `кг`), a word of text, a single letter (`1м`, `1م`: other rules judge it)
  for (const t of ["кг\n", "1кгх\n", "1м\n", "1م\n", "Kč za kus\n"]) assert.equal(codesAsSigns(t), t);
});

test("legacyGuess on headerless windows-1251 `1кг`…`11кг` rows: windows-1251 (ISO-8859-6 `1يك` was answered, warned)", async () => {
  const d = await sniff("item;w\n" + rows(11, (i) => `item${i};${i}кг\n`), "windows-1251");
  assert.equal(d.name, "windows-1251", JSON.stringify(d));
});

test("legacyGuess on windows-1253 `1χλμ`…`10χλμ` rows: windows-1253 (windows-1255 `1קכל` was answered, the warning not naming it)", async () => {
  const d = await sniff("item;dist\n" + rows(10, (i) => `item${i};${i}χλμ\n`), "windows-1253");
  assert.equal(d.name, "windows-1253", JSON.stringify(d));
});

test("legacyGuess on windows-1256 `1كم`…`10كم` rows: windows-1256 (ISO-8859-5 `1пу` was answered)", async () => {
  const d = await sniff("item;dist\n" + rows(10, (i) => `item${i};${i}كم\n`), "windows-1256");
  assert.equal(d.name, "windows-1256", JSON.stringify(d));
});

const PRODUCTS = ["Copy paper A4", "Vitamin D3", "Coffee beans", "Cable ties", "Toner cartridge", "Green tea", "Paint, white", "USB cable"];
const SIZES = (i: number): string => [`${i % 40},5 µg`, `${i % 70} m2`, `${i % 9} × ${i % 50}`, "1/2 kg"][i % 4];
const NOTES = ["“bestseller”", "’24 stock", "", "• new", "– 10 %", "§ 4", "…"];
const amount = (i: number): string => `${(i * 7919) % 25}\u00a0${String(100 + ((i * 104729) % 900))},${String(i % 100).padStart(2, "0")}`;

test("legacyGuess on a windows-1250 price list whose only Polish is `zł` after amounts, among signs: windows-1250 (windows-1252 `z³` was answered)", async () => {
  const text = "sku\titem\tsize\tprice\tnote\n" + rows(40, (i) => `SKU${i * 6151}\t${PRODUCTS[i % 8]}\t${SIZES(i)}\t${amount(i)}\u00a0zł\t${NOTES[i % 7]}\n`);
  const d = await sniff(text, "windows-1250");
  assert.equal(d.name, "windows-1250", JSON.stringify(d));
});

test("legacyGuess on the same price list in `€` (windows-1252): windows-1252 (near miss)", async () => {
  const text = "sku\titem\tsize\tprice\tnote\n" + rows(40, (i) => `SKU${i * 6151}\t${PRODUCTS[i % 8]}\t${SIZES(i)}\t${amount(i)}\u00a0€\t${NOTES[i % 7]}\n`);
  const d = await sniff(text, "windows-1252");
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
});
