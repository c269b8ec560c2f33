// capital-inside-word.ts: a rare page the gate holds back still warns a silent answer it beats, or that capitalises letters inside words (cp852 `WspŚlny` for Mac Central European `Wspólny`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { capitalsInsideWords, heldRareRival } from "../../src/encoding/capital-inside-word.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

test("capitalsInsideWords counts distinct words with a non-ASCII capital after a lower-case letter where the rare reading has a lower-case one", () => {
  assert.equal(capitalsInsideWords(["WspŚlny", "WrŚĆ", "WspŚlny", "Wyciłg"], ["Wspólny", "Wróć", "Wspólny", "Wyciąg"]), 2);
  // refused: a capital opening the word, ASCII capitals inside (names, identifiers), a capital the rare page reads too
  assert.equal(capitalsInsideWords(["Śląsk", "McLeod", "iPhone", "PolskaŚląsk", "Wyciłg"], ["ślęsk", "McLead", "iPhane", "PolskaŚlęsk", "Wyciąg"]), 0);
});

test("heldRareRival: the held rare reading the answer leads by least, under the margin, with a capital inside or ahead on a word of its own", () => {
  const answer = { name: "cp852", words: ["WspŚlny", "Wyciłg"] };
  const rare = { name: "maccenteuro", words: ["Wspólny", "Wyciąg"] };
  assert.equal(heldRareRival(answer, [rare], () => 3, 5), rare);
  assert.equal(heldRareRival(answer, [rare], () => 6, 5), null);
  // no capital inside (`Wyciłg` only): only a rare reading ahead of the answer (lead below 0) warns
  const plain = { name: "cp852", words: ["Urzłd", "Wyciłg"] };
  assert.equal(heldRareRival(plain, [rare], () => 3, 5), null);
  assert.equal(heldRareRival(plain, [rare], () => -1, 5), rare);
  // refused: a rare reading ahead on a one-letter word only (`;ﬂ;` read `þ`), and one the answer reads with its capital too
  assert.equal(heldRareRival({ name: "macintosh", words: ["ﬂ", "hús"] }, [{ name: "maciceland", words: ["þ", "hús"] }], () => -4, 5), null);
  assert.equal(heldRareRival(answer, [{ name: "maccenteuro", words: ["WspÓlny", "Wyciłg"] }], () => 3, 5), null);
});

test("sniffEncoding on a sparse Polish Mac Central European log (`Wspólny`, `Wyciąg`): cp852 `WspŚlny`, `Wyciłg` is warned naming maccenteuro", async () => {
  // why: main answered cp852 at 0.63, silently: Mac Roman reads `Wspólny` alike and `Wyciàg` with a Catalan letter, so
  // the rare-page gate dropped Mac Central European though it reads the two words better than cp852
  const d = await decide("maccenteuro-polish-log-capitals-inside-words-as-cp852.csv");
  assert.equal(d.uncertain, true, JSON.stringify(d));
  assert.ok(d.name === "maccenteuro" || d.alternatives?.includes("maccenteuro"), JSON.stringify(d));
});

test("sniffEncoding on a sparse Polish Mac Central European log whose only accent is `ą` (`Urząd`, `Wyciąg`): cp852 `Urzłd` is warned naming maccenteuro", async () => {
  // why: main answered cp852 at 0.62, silently, though Mac Central European beat it head to head; the gate had dropped it
  const d = await decide("maccenteuro-polish-log-a-ogonek-read-as-l-stroke.csv");
  assert.equal(d.uncertain, true, JSON.stringify(d));
  assert.ok(d.name === "maccenteuro" || d.alternatives?.includes("maccenteuro"), JSON.stringify(d));
});

test("refused: a Polish DOS log in cp852 with the same words and more (`księgę`, `małżeństwo`) stays cp852, unwarned", async () => {
  const d = await decide("cp852-polish-dos-log-same-words.csv");
  assert.equal(d.name, "cp852");
  assert.equal(d.uncertain, false);
});

test("refused: a German Mac Roman log (`prüfen`, `Grüße`, `Köhler`) stays macintosh, unwarned", async () => {
  const d = await decide("macintosh-german-log-umlauts.csv");
  assert.equal(d.name, "macintosh");
  assert.equal(d.uncertain, false);
});
