// A first row whose cells are each in their column's script, the two columns in two scripts, is a record (src/dialect/script-columns.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { cellScript, scriptPairRow } from "../../src/dialect/script-columns.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "place-names-cyrillic-to-greek-no-header.tsv");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `Пермь<TAB>Περμ` above Cyrillic names and their Greek spellings is the first pair, not a header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], ["\t", false]);
});

test("the built CLI reads all 5 pairs", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns], [5, 0, ["field1", "field2"]]);
});

test("cellScript: the one script of a cell's letters; shared letters skipped; two scripts or none give null", () => {
  assert.equal(cellScript("Шамалды-Сай"), "Cyrillic");
  assert.equal(cellScript("アフソカ・タノー"), "Katakana");
  assert.equal(cellScript("Aқтау"), null);
  assert.equal(cellScript("12 / 34"), null);
});

test("near misses: names in one language, one script for both columns, a head cell in another script stay a header", () => {
  const body = [["Москва", "Μόσχα"], ["Тверь", "Τβερ"], ["Омск", "Ομσκ"], ["Самара", "Σαμάρα"]];
  const cols = [body.map((r) => r[0]), body.map((r) => r[1])];
  assert.equal(scriptPairRow(["Пермь", "Περμ"], cols), true);
  assert.equal(scriptPairRow(["name", "name_el"], cols), false);
  assert.equal(scriptPairRow(["Имя", "Περμ"], [cols[0], cols[0]]), false);
  assert.equal(scriptPairRow(["Город", "Name"], cols), false);
  assert.equal(sniffDialect("name\tname_el\nМосква\tΜόσχα\nТверь\tΤβερ\nОмск\tΟμσκ\nСамара\tΣαμάρα\n", true).header, true);
  // both columns in the Latin script: left to the other rules (a header of words written as the values)
  assert.equal(scriptPairRow(["cat", "gato"], [["dog", "fish", "bird"], ["perro", "pez", "pájaro"]]), false);
});

test("a header naming each column in its own language or script stays a header (audit wqa21 F3)", () => {
  const heads: string[] = [
    "English,中文\napple,苹果\nbanana,香蕉\norange,橙子\ngrape,葡萄\npear,梨\npeach,桃子\n",
    "English\tРусский\nLondon\tЛондон\nParis\tПариж\nBerlin\tБерлин\nRome\tРим\nVienna\tВена\n",
    "English,한국어\nhello,안녕하세요\nthank you,감사합니다\nwater,물\nfriend,친구\n",
    "Original,Перевод\nGood morning,Доброе утро\nThank you,Спасибо\nGood night,Спокойной ночи\nSee you,Увидимся\n",
    "Deutsch;Ελληνικά\nHaus;σπίτι\nWasser;νερό\nBrot;ψωμί\nSonne;ήλιος\n",
    "Product,Продукт\nMilk,Молоко\nBread,Хлеб\nCheese,Сыр\nButter,Масло\n",
    "Ћирилица,Latinica\nБеоград,Beograd\nНови Сад,Novi Sad\nНиш,Niš\nКрагујевац,Kragujevac\nСубботица,Subotica\n",
    "Русский;English\nМосква;Moscow\nКиев;Kyiv\nМинск;Minsk\nРига;Riga\n",
    "Русский\tΕλληνικά\nМосква\tΜόσχα\nТверь\tΤβερ\nОмск\tΟμσκ\nСамара\tΣαμάρα\n",
  ];
  for (const t of heads) assert.equal(sniffDialect(t, true).header, true, t.split("\n")[0]);
});
