// page-languages.ts: Friulian weighs less in a Mac Roman reading, so Dutch `ë` written by cp850/cp437 (Mac `â`) is no longer read as Friulian `â`; Mac Roman Friulian, French and Portuguese keep their page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { pageLanguageLogWeight } from "../../src/encoding/page-languages.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

test("pageLanguageLogWeight: Friulian costs a Mac Roman reading; a page that carries it commonly, or another language, costs nothing", () => {
  assert.equal(pageLanguageLogWeight(["macintosh"], "fur"), -3);
  assert.equal(pageLanguageLogWeight(["macintosh", "maciceland"], "fur"), -3);
  assert.equal(pageLanguageLogWeight(["macintosh"], "nld"), 0);
  assert.equal(pageLanguageLogWeight(["macintosh"], "por"), 0);
  assert.equal(pageLanguageLogWeight(["windows-1252"], "fur"), 0);
  assert.equal(pageLanguageLogWeight(["cp850"], "fur"), 0);
  // why: a reading that windows-1252 decodes alike carries Friulian as that page does
  assert.equal(pageLanguageLogWeight(["windows-1252", "macintosh"], "fur"), 0);
});

test("sniffEncoding on cp850 Dutch notes whose one accented word is `initiële` (Mac Roman `initiâle`): cp850, warned", async () => {
  // why: main answered macintosh, the word read as Friulian
  const d = await decide("cp850-dutch-tasks-initiele-among-dutch-notes.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", true], JSON.stringify(d));
});

test("sniffEncoding on cp437 Dutch expenses whose one accented word is `Indonesië` (Mac Roman `Indonesiâ`): cp850 (same bytes), warned", async () => {
  const d = await decide("cp437-dutch-expenses-indonesie-among-dutch-lines.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", true], JSON.stringify(d));
});

test("refused: Mac Roman Friulian notes with `copiâ`, `clamâ`: macintosh, unwarned, as on main", async () => {
  const d = await decide("macintosh-friulian-notes-a-circumflex-infinitives.csv");
  assert.deepEqual([d.name, d.uncertain], ["macintosh", false], JSON.stringify(d));
});

test("kept: Mac Roman Friulian notes whose one accented word is `studiâ` (cp850 `studië`): macintosh, warned, as on main", async () => {
  // why: one word cannot tell Friulian on the Mac from Dutch in DOS; the page weight lowers its confidence, not its page
  const d = await decide("macintosh-friulian-notes-one-infinitive-studia.csv");
  assert.deepEqual([d.name, d.uncertain], ["macintosh", true], JSON.stringify(d));
});

test("refused: windows-1252 Friulian tasks with `copiâ`, `dotôr`: windows-1252, unwarned, as on main", async () => {
  const d = await decide("1252-friulian-tasks-a-circumflex-infinitives.csv");
  assert.deepEqual([d.name, d.uncertain], ["windows-1252", false], JSON.stringify(d));
});

test("refused: Mac Roman French `Château`, `âge`, `pâte` and Portuguese `Lâmpada`, `Câmara`: macintosh, unwarned, as on main", async () => {
  for (const name of ["macintosh-french-notes-chateau-pate-age.csv", "macintosh-portuguese-list-lampada-camara.csv"]) {
    const d = await decide(name);
    assert.deepEqual([d.name, d.uncertain], ["macintosh", false], `${name}: ${JSON.stringify(d)}`);
  }
});
