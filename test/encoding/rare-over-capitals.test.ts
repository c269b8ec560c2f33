// rare-over-capitals.ts: a rare page the gate holds back answers, warned, when it leads and the commoner pick capitalises inside words (Mac Roman `BelsŒ`, windows-1254 `Meİ`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { rareOverCapitals } from "../../src/encoding/rare-over-capitals.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

/** Asserts that `file` is answered `page`, warned, naming `other`. */
async function answeredWarned(file: string, page: string, other: string): Promise<void> {
  const d = await decide(file);
  assert.deepEqual([d.name, d.uncertain, d.alternatives?.includes(other)], [page, true, true], JSON.stringify(d));
}

test("rareOverCapitals: the held rare reading that leads most, where the commoner one writes a capital inside a word", () => {
  const common = { name: "macintosh", lang: "fra", words: ["határidŒ", "SzerzŒdés", "Értesítés"] };
  const rare = { name: "maccenteuro", lang: "hun", words: ["határidő", "Szerződés", "Értesítés"] };
  const other = { name: "cp861", lang: "isl", words: ["határid╬", "Szerz╬dés", "Értesítés"] };
  assert.equal(rareOverCapitals(common, [other, rare], (r) => (r === rare ? 15 : 2)), rare);
  // refused: a rare reading behind the pick (cp852 `WspŚlny` ahead by its prior only warns), or level with it
  assert.equal(rareOverCapitals(common, [rare], () => -3), null);
  assert.equal(rareOverCapitals(common, [rare], () => 0), null);
  // refused: a commoner reading with no capital inside a word (`s’uheiti`, a capital opening `Œuvres`, all capitals)
  const signs = { name: "windows-1252", lang: "isl", words: ["s’uheiti", "Œuvres", "EKKIFÖ‹URNAFN"] };
  assert.equal(rareOverCapitals(signs, [{ name: "maciceland", lang: "isl", words: ["síuheiti", "őuvres", "EKKIFÖÐURNAFN"] }], () => 15), null);
});

test("sniffEncoding on a Hungarian Mac Central European mailbox with two `ő` words: maccenteuro, warned naming macintosh", async () => {
  // why: main answered Mac Roman `határidŒ`, `SzerzŒdés` (0.4, naming maccenteuro): two words set the pages apart, the
  // gate asks three, and Mac Roman's `Œ` is a letter of French, so its reading did not count as improbable
  await answeredWarned("maccenteuro-hungarian-mailbox-o-double-acute-read-as-oe.csv", "maccenteuro", "macintosh");
});

test("sniffEncoding on Mac Icelandic orders whose one Icelandic note is `Með viðauka`: maciceland, warned naming windows-1254", async () => {
  // why: main answered windows-1254 `Meİ viİauka` at 0.06; `İ` is a letter of Turkish, so the gate dropped Mac Icelandic
  await answeredWarned("maciceland-orders-eth-read-as-dotted-capital-i.csv", "maciceland", "windows-1254");
});

test("refused: the same orders whose Icelandic note is `Velja síu` (windows-1252 `s’u`, a quote, no capital) keep main's answer, warned", async () => {
  const d = await decide("maciceland-orders-i-acute-read-as-quote.csv");
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.equal(d.uncertain, true);
});

test("refused: French Mac Roman notes with `cœur`, `Œuvres` stay macintosh, unwarned (Mac Central European reads `cŌur`)", async () => {
  const d = await decide("macintosh-french-notes-oe-ligatures.csv");
  assert.equal(d.name, "macintosh", JSON.stringify(d));
  assert.equal(d.uncertain, false);
});

test("sniffEncoding on wencfix28's Polish Mac Central European log (`Wspólny`, `Wyciąg`): maccenteuro, warned naming cp852", async () => {
  // why: main answered cp852 `WspŚlny` warned naming maccenteuro (heldRareRival); Mac Central European leads it head to head
  await answeredWarned("maccenteuro-polish-log-capitals-inside-words-as-cp852.csv", "maccenteuro", "cp852");
});

test("refused: wencfix28's Polish log whose cp852 reading has no capital inside (`Urzłd`, `Wyciłg`) stays cp852, warned naming maccenteuro", async () => {
  await answeredWarned("maccenteuro-polish-log-a-ogonek-read-as-l-stroke.csv", "cp852", "maccenteuro");
});

test("refused: a Big5 staff list whose two notes are hanzi (`用來更換你登入時所用的shell`) stays big5: Mac Central European reads it worse than Big5 does", async () => {
  // why: main answered Mac Central European, warned: ISO-8859-15 reads the hanzi bytes with capitals inside "words"
  // (`šÓ`), Mac Central European led that reading, and rareOverCapitals answered before the CJK readings were weighed
  const d = await decide("big5-staff-list-two-hanzi-notes.csv");
  assert.equal(d.name, "big5", JSON.stringify(d));
});
