// hebrew-marks.ts and legacy.ts withoutLatinShekels: a Latin price list's `×` and `€` are not windows-1255's geresh and shekel when no Hebrew letter is read and the amounts write a decimal comma.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { marksWithoutHebrewCosts, MARK_WITHOUT_HEBREW } from "../../src/encoding/hebrew-marks.js";
import { chunked } from "./helpers.js";

const decide = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;

/** A price list of 30 rows: sizes in litres, `a × b`, m², m³, µg (or cm instead of `×`), a price from `price`, a `§` note now and then. */
function priceList(price: (i: number) => string, times = true): string {
  const items = ["Desk lamp", "Ballpoint pens", "Hand soap", "Printer labels", "Cable ties", "Green tea", "Floor tiles", "Copy paper A4"];
  const size = (i: number) => [`${1 + (i % 5)} l`, times ? `${2 + (i % 7)} × ${3 + (i % 11)}` : `${2 + (i % 7)} cm`, `${10 + i} m²`, `${20 + i} m³`, `0,${1 + (i % 9)} µg`, "1/2 kg"][i % 6];
  let s = '"sku","item","size","price","note"\n';
  for (let i = 0; i < 30; i++) s += `"SKU${i * 6151}","${items[i % items.length]}","${size(i)}","${price(i)}","${i % 9 === 4 ? "§ " + ((i % 5) + 1) : ""}"\n`;
  return s;
}

test("a windows-1252 price list with `9 × 5`, m², µg and dollars: windows-1252, unwarned (main: warned naming windows-1255 `9 ׳ 5`)", async () => {
  const d = await decide(priceList((i) => `${10 + ((i * 7) % 90)}\u00a0$`), "windows-1252");
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("near miss: a windows-1255 list with Hebrew names and `×` (D7, a geresh there) stays windows-1255, unwarned", async () => {
  const text = priceList((i) => `${10 + i} ₪`).replace(/Desk lamp/g, "מנורה").replace(/Green tea/g, "תה ירוק");
  const d = await decide(text, "windows-1255");
  assert.equal(d.name, "windows-1255", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("an ISO-8859-15 price list with units and `15561,62 €` (no `×`): ISO-8859-15, unwarned (main: warned naming windows-1255 `₪`)", async () => {
  const d = await decide(priceList((i) => `${1000 + ((i * 737) % 20000)},${10 + (i % 89)} €`, false), "iso-8859-15");
  assert.equal(d.name, "iso-8859-15", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("near miss: the same list with `€ 15561.62` (a decimal point, as Israel writes) stays warned naming windows-1255", async () => {
  const d = await decide(priceList((i) => `€ ${1000 + ((i * 737) % 20000)}.${10 + (i % 89)}`, false), "iso-8859-15");
  assert.equal(d.name, "iso-8859-15", JSON.stringify(d));
  assert.ok(d.uncertain && d.alternatives?.includes("windows-1255"), JSON.stringify(d));
});

test("marksWithoutHebrewCosts: a mark's word costs only where no Hebrew letter is read", () => {
  assert.deepEqual(marksWithoutHebrewCosts("9\n׳\nm²"), [0, MARK_WITHOUT_HEBREW, 0]);
  assert.equal(marksWithoutHebrewCosts("ארה״ב\n׳"), null);
  assert.equal(marksWithoutHebrewCosts("12 ₪\nm²"), null);
});
