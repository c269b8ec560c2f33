// latin-names.ts: Latin brand names glued to `®`/`©` in a Cyrillic, Greek… file cost its reading what a Latin language makes of them, not twenty nats a letter.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { latinNameScore } from "../../src/encoding/latin-names.js";
import { chunked } from "./helpers.js";

const rows = (n: number, row: (i: number) => string): string => Array.from({ length: n }, (_, i) => row(i + 1)).join("");
const sniff = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;

test("latinNameScore: an ASCII run in a language of another script is priced in Latin, less a switch; not a mixed run, not when the model scores", () => {
  assert.equal(latinNameScore("litware", false, () => -20), -22);
  assert.equal(latinNameScore("mддritelmiд", false, () => -20), null);
  assert.equal(latinNameScore("litware", true, () => -20), null);
});

const CUSTOMERS = ["Stark Components", "Litware", "Globex", "Tyrell Systems", "Contoso Ltd", "Blue Yonder", "Northwind Traders", "Acme Corp", "Proseware", "Adventure Works"];
const MONTHS = ["јан", "феб", "мар", "апр", "мај", "јун", "јул", "авг", "сеп", "окт", "нов", "дец"];

test("legacyGuess on a windows-1251 Serbian invoice list with `Litware®`, `Contoso Ltd©` among its customers: windows-1251 (ISO-8859-16 was answered)", async () => {
  const text = "invoice;issued;customer;net;vat;total;paid\n" + rows(40, (i) => {
    const issued = i % 2 ? `${1 + (i % 27)} ${MONTHS[i % 12]} 202${i % 7}` : `${String(1 + (i % 27)).padStart(2, "0")}.0${1 + (i % 9)}.202${i % 7}`;
    const mark = i % 5 === 0 ? "®" : i % 7 === 0 ? "©" : "";
    return `INV-${2400 + i};${issued};${CUSTOMERS[i % 10]}${mark};${1000 + i * 37},21;${500 + i * 11},62;${(i * 7919) % 23}.${100 + ((i * 104729) % 900)},79\u00a0дин;${i % 3 ? "да" : "не"}\n`;
  });
  const d = await sniff(text, "windows-1251");
  assert.equal(d.name, "windows-1251", JSON.stringify(d));
});

test("legacyGuess on a windows-1252 price list with `kr8 413`, a lone `2 × 6` and `§ 4`: windows-1252 still (windows-874 reads lone `ื` `ง`; near miss)", async () => {
  const text = "sku\titem\tsize\tprice\tnote\n" + rows(6, (i) => `SKU${i * 6151}\tPaint, white\t${i} × ${i * 7}\tkr${i}\u00a0${100 + i * 37},30\t${i % 2 ? "see § 4" : ""}\n`);
  const d = await sniff(text, "windows-1252");
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
});
