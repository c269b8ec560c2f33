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

/** [fixture, expected page, expected warning, what it shows]. */
const CASES: [string, string, boolean, string][] = [
  // why: main answered macintosh for both, the word read as Friulian
  ["cp850-dutch-tasks-initiele-among-dutch-notes.csv", "cp850", true, "cp850 Dutch notes whose one accented word is `initiële` (Mac Roman `initiâle`)"],
  ["cp437-dutch-expenses-indonesie-among-dutch-lines.csv", "cp850", true, "cp437 Dutch expenses whose one accented word is `Indonesië` (Mac Roman `Indonesiâ`; cp850 writes the same bytes)"],
  // refused: the old reading stands
  ["macintosh-friulian-notes-a-circumflex-infinitives.csv", "macintosh", false, "refused: Mac Roman Friulian notes with `copiâ`, `clamâ`"],
  // why: one word cannot tell Friulian on the Mac from Dutch in DOS; the page weight lowers its confidence, not its page
  ["macintosh-friulian-notes-one-infinitive-studia.csv", "macintosh", true, "kept: Mac Roman Friulian notes whose one accented word is `studiâ` (cp850 `studië`), warned as on main"],
  ["1252-friulian-tasks-a-circumflex-infinitives.csv", "windows-1252", false, "refused: windows-1252 Friulian tasks with `copiâ`, `dotôr`"],
  ["macintosh-french-notes-chateau-pate-age.csv", "macintosh", false, "refused: Mac Roman French `Château`, `âge`, `pâte`"],
  ["macintosh-portuguese-list-lampada-camara.csv", "macintosh", false, "refused: Mac Roman Portuguese `Lâmpada`, `Câmara`"],
  // why: Friulian's page weight must not shrink Mac Roman's language count (choices), or Mac Roman gains on every file
  ["cp850-friulian-places-pais-two-rows.csv", "cp850", true, "refused: cp850 Friulian `Paîs` in a two-row list (Mac Roman `Paås`)"],
  ["cp850-friulian-verbs-short-a-circumflex-words.csv", "cp850", true, "refused: cp850 Friulian `stâ`, `dâ`, `fâ` (cp775 `stā`)"],
];

for (const [name, page, uncertain, shows] of CASES) {
  test(`sniffEncoding on ${shows}: ${page}${uncertain ? ", warned" : ", unwarned"}`, async () => {
    const d = await decide(name);
    assert.deepEqual([d.name, d.uncertain], [page, uncertain], JSON.stringify(d));
  });
}
