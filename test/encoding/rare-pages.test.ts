// rare-pages.ts (rareWordsOver) and legacy.ts rarePagesGated: Mac Icelandic, cp861 and Mac Central European answer only on several words the commoner page reads improbably.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { rareWordsOver } from "../../src/encoding/rare-pages.js";
import { chunked } from "./helpers.js";

const decide = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
const warned = (d: { confidence: number }) => d.confidence < 0.5;

/** A `;`-delimited export: one row per entry of `values`, repeated to `n` rows, with an id and a count. */
function rows(values: string[], n: number, head = "id;text;count"): string {
  let s = `${head}\r\n`;
  for (let i = 0; i < n; i++) s += `${i + 1};${values[i % values.length]};${(i * 7) % 31}\r\n`;
  return s;
}

const CZECH = ["Zelená žába na kameni", "Červená růže ve váze", "Dům u moře", "Řeka a most", "Krásná květina", "Pes běží po louce"];
const ICELANDIC = ["Froskur með græna fætur", "Þetta er rauð rós", "Hús við sjóinn", "Köttur sem þvær sér", "Bíll á götunni"];
/** Icelandic words Mac Roman can write (no ð þ), and the one entry a Mac Roman autocorrect list holds that Mac Icelandic reads `þ`. */
const ICELANDIC_ROMAN = ["Fallegt blóm", "Hús á hól", "Köttur sefur", "Rós í vasa", "Bíll á götunni", "ﬂ"];

test("a Czech catalogue from Excel on the Mac (Mac Central European `žába`, `Řeka`) is maccenteuro, unwarned", async () => {
  const d = await decide(rows(CZECH, 18), "maccenteuro");
  assert.equal(d.name, "maccenteuro", JSON.stringify(d));
  assert.ok(!warned(d), JSON.stringify(d));
});

test("an Icelandic Mac file (`með`, `Þetta`, `við`) is maciceland; the same text in cp861 is cp861", async () => {
  assert.equal((await decide(rows(ICELANDIC, 15), "maciceland")).name, "maciceland");
  assert.equal((await decide(rows(ICELANDIC, 15), "cp861")).name, "cp861");
});

test("refused: a Mac Roman Icelandic list whose only odd entry is `;ﬂ;` stays macintosh, unwarned (Mac Icelandic reads it `þ`)", async () => {
  const d = await decide(rows(ICELANDIC_ROMAN, 18), "macintosh");
  assert.equal(d.name, "macintosh", JSON.stringify(d));
  assert.ok(!warned(d), JSON.stringify(d));
});

test("refused: one Icelandic word with `ð` among Mac Roman ones is too thin: macintosh, warned naming maciceland", async () => {
  const d = await decide(rows([...ICELANDIC_ROMAN.slice(0, 5), "Hús við sjóinn"], 18), "maciceland");
  assert.equal(d.name, "macintosh", JSON.stringify(d));
  assert.ok(warned(d) && d.alternatives?.includes("maciceland"), JSON.stringify(d));
});

test("refused: a cp850 Western list stays cp850 (cp861 reads its ñ as Á)", async () => {
  const spanish = ["Señor García", "Mañana por la mañana", "Año nuevo", "Niño pequeño", "Canción de cuna", "Pequeña montaña"];
  const d = await decide(rows(spanish, 18), "cp850");
  assert.equal(d.name, "cp850", JSON.stringify(d));
});

test("refused: a cp850 invoice list whose names close with `©` `®` stays cp850, unwarned (Mac Central European reads them `ł`)", async () => {
  const names = ["Umbrella Supplies©", "Globex®", "Fabrikam Inc©", "Litware®", "Tyrell Systems©", "Acme Corp"];
  const d = await decide(rows(names, 24, "customer;net"), "cp850");
  assert.equal(d.name, "cp850", JSON.stringify(d));
  assert.ok(!warned(d), JSON.stringify(d));
});

test("rareWordsOver counts distinct words of two letters or more read as signs or foreign letters by the commoner page", () => {
  const common = { names: ["macintosh"], lang: "isl", words: ["me›", "vi›", "ﬂ", "me›", "hús"] };
  const rare = { names: ["maciceland"], lang: "isl", words: ["með", "við", "þ", "með", "hús"] };
  assert.equal(rareWordsOver(rare, common), 2);
  // a commoner reading with letters of its language where the rare page differs is no evidence
  assert.equal(rareWordsOver({ ...rare, words: ["aþa"] }, { ...common, words: ["aða"] }), 0);
});

test("rareWordsOver: a ligature `ﬁ` `ﬂ` is no improbable letter (typeset or PDF-pasted `fi` `fl`)", () => {
  const common = { names: ["macintosh"], lang: "isl", words: ["ﬂetta", "ﬁve", "speciﬁc", "me›"] };
  const rare = { names: ["maciceland"], lang: "isl", words: ["þetta", "Þve", "speciÞc", "með"] };
  assert.equal(rareWordsOver(rare, common), 1);
});

test("rareWordsOver: quotes at a word's edge are probable where the file both opens and closes words with their kind", () => {
  const rare = { names: ["maciceland"], lang: "isl", words: ["ÐTschauð", "ÐHoi", "Widerlueð", "með"] };
  const quoted = { names: ["macintosh"], lang: "deu", words: ["‹Tschau›", "‹Hoi", "Widerlue›", "me›"] };
  // `me›` has `›` at its end too: the file quotes with ‹ ›, so only a sign inside a word would count
  assert.equal(rareWordsOver(rare, quoted), 0);
  // refused: Icelandic `með` `við` as Mac Roman `me›` `vi›` close words with `›` but no word opens with `‹`
  const icelandic = { names: ["maciceland"], lang: "isl", words: ["með", "við", "hafði", "„með“"] };
  const roman = { names: ["macintosh"], lang: "isl", words: ["me›", "vi›", "haf›i", "„me›“"] };
  assert.equal(rareWordsOver(icelandic, roman), 4);
});

/** English and French Mac Roman text typeset with ligatures (`ﬂight`, `ﬁve`, `proﬁl`), as text pasted from a PDF. */
const LIGATURES = ["ﬂight the ﬁve report", "ﬁnal ﬂag team", "account ﬁnal ﬁrst", "speciﬁc project ﬁre", "ﬂoor ﬁrst team"];
const LIGATURES_FR = ["proﬁl des élèves", "ﬁn de la réunion", "inﬂuence sur l’été", "ﬂeur à Noël"];

test("a Mac Roman list with ligatures in many words (`ﬂight`, `ﬁve`, `ﬁnal`) is not Mac Icelandic (`Þight`, `Þve`)", async () => {
  const d = await decide(rows(LIGATURES, 18), "macintosh");
  assert.notEqual(d.name, "maciceland", JSON.stringify(d));
  assert.ok(d.name === "macintosh" || warned(d), JSON.stringify(d));
});

test("French Mac Roman text with `proﬁl`, `ﬂeur` is macintosh (Mac Icelandic read `proÞl`)", async () => {
  const d = await decide(rows(LIGATURES_FR, 16), "macintosh");
  assert.equal(d.name, "macintosh", JSON.stringify(d));
});

test("Swiss German Mac Roman text quoting with `‹Tschau›` is macintosh (Mac Icelandic read `ÐTschauð`)", async () => {
  const swiss = ["Gruss ‹Tschau› aus der Schweiz", "Gruss ‹Grüezi› aus Zürich", "Gruss ‹Hoi› aus Chur", "Gruss ‹Salü› aus Basel"];
  const d = await decide(rows(swiss, 16), "macintosh");
  assert.equal(d.name, "macintosh", JSON.stringify(d));
});
