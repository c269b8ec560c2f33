// sign-as-lone-letter.ts: a single-byte answer that reads windows-1252's maths signs between figures (`µ`, `×`, `·`) as lone letters is warned naming windows-1252, never silent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { signsReadAsLoneLetters } from "../../src/encoding/sign-as-lone-letter.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;
const bytes = (text: string, page = "latin1") => Buffer.from(text, page as BufferEncoding);

test("signsReadAsLoneLetters: two maths signs standing between figures or spaces that the page reads as letters", () => {
  // windows-1252 `u(µx + (1 - µ)y)`: ISO-8859-2 reads 0xB5 `ľ` glued to brackets and figures
  assert.equal(signsReadAsLoneLetters(bytes("u(\xb5x + (1 - \xb5)y) and \xb5 = 1"), "iso-8859-2"), true);
  // `Td × Rd`, `n · G`: ISO-8859-16 `Ś`, cp850 `Î` and `À`
  assert.equal(signsReadAsLoneLetters(bytes("on Td \xd7 Rd and X \xd7 Y"), "iso-8859-16"), true);
  assert.equal(signsReadAsLoneLetters(bytes("n \xb7 G and 1, \xb7 \xb7 \xb7, n"), "cp850"), true);
});

test("signsReadAsLoneLetters refuses letters inside words, initials, one stray, other signs, and pages reading the signs alike", () => {
  // Polish `mąka`, `Łódź` in ISO-8859-2: letters inside words (windows-1252 `m±ka`)
  assert.equal(signsReadAsLoneLetters(bytes("m\xb1ka, \xa3\xf3d\xbc, \xb6wi\xeat"), "iso-8859-2"), false);
  // a name's initial (`Ś. Jan`, `Ż. Anna`: windows-1252 `¦.`, `¯.`)
  assert.equal(signsReadAsLoneLetters(bytes("\xa6. Jan;\xaf. Anna;\xa6. Piotr"), "iso-8859-2"), false);
  // one lone letter only
  assert.equal(signsReadAsLoneLetters(bytes("u(\xb5x) is convex"), "iso-8859-2"), false);
  // ISO-8859-16 reads 0xB5 as `”`, a sign: no lone letter (and windows-1252 itself, ISO-8859-15 read the signs alike)
  assert.equal(signsReadAsLoneLetters(bytes("T \xb5 and J\xb5 x"), "iso-8859-16"), false);
  assert.equal(signsReadAsLoneLetters(bytes("3 \xb1 2 and 4 \xd7 4"), "iso-8859-15"), false);
  // a text in the page's own script: KOI8-R `Офис в Москве, склад в Туле, 3 в 1` writes `в` (0xD7, windows-1252 `×`)
  // alone as a word, but its other letters side by side (the KOI8-R and Hebrew files of the shared corpus)
  const koi8 = "\xef\xc6\xc9\xd3 \xd7 \xed\xcf\xd3\xcb\xd7\xc5, \xd3\xcb\xcc\xc1\xc4 \xd7 \xf4\xd5\xcc\xc5, 3 \xd7 1";
  assert.equal(signsReadAsLoneLetters(bytes(koi8), "koi8-r"), false);
  // a byte windows-1252 reads as a letter (cp850 Italian `è` 0x8A, windows `Š`) is no sign misread
  assert.equal(signsReadAsLoneLetters(bytes("lui \x8a qui e \x8a la"), "cp850"), false);
});

test("sniffEncoding on windows-1252 notes writing `µ` between figures and brackets: warned, naming windows-1252", async () => {
  // why: main answered ISO-8859-2 at 0.51, silently (`u(ľx + (1 - ľ)y)`)
  const d = await decide("1252-english-convex-notes-micro-sign-between-figures.txt");
  assert.ok(["windows-1252", "iso-8859-1", "iso-8859-15"].includes(d.name) || (d.uncertain && d.alternatives?.includes("windows-1252")), JSON.stringify(d));
});

test("refused: a Polish ISO-8859-2 list with initials `Ś.`, `Ż.` and letters inside words stays ISO-8859-2, unwarned", async () => {
  const d = await decide("iso-8859-2-polish-names-initials-and-letters-inside-words.csv");
  assert.deepEqual([d.name, d.uncertain], ["iso-8859-2", false], JSON.stringify(d));
});

test("refused: a Romanian ISO-8859-16 table with `ș ț ă` inside words keeps its answer and names no windows-1252", async () => {
  // why: its one warning (windows-1250, the cedilla page) is commaBelowReading's, unchanged
  const d = await decide("iso-8859-16-romanian-towns-comma-below-inside-words.csv");
  assert.equal(d.name, "iso-8859-16", JSON.stringify(d));
  assert.ok(!(d.alternatives ?? []).includes("windows-1252"), JSON.stringify(d));
});

test("signsReadAsLoneLetters refuses one-letter words of the answer's language (Irish `Á`, French `À`), and counts them in another", () => {
  // cp850 0xB5 `Á` (windows `µ`), 0xB7 `À` (windows `·`) opening cells: Irish `Á nuashonrú`, French `À faire`
  const irish = bytes("1;\xb5 nuashonr\xa3;2;\xb5 sheoladh;3;\xb5 phriont\xa0il");
  assert.equal(signsReadAsLoneLetters(irish, "cp850", "gle"), false);
  assert.equal(signsReadAsLoneLetters(bytes("1;\xb7 faire;2;\xb7 revoir;3;\xb7 payer"), "cp850", "fra"), false);
  // the same bytes weighed in a language that writes no such word are still signs misread
  assert.equal(signsReadAsLoneLetters(irish, "cp850", "kmr"), true);
  assert.equal(signsReadAsLoneLetters(bytes("n \xb7 G and 1, \xb7 \xb7 \xb7, n"), "cp850", "gle"), true);
});

test("refused: a cp850 Irish task list whose cells open with the word `Á` stays cp850, unwarned", async () => {
  // why: the first version of this rule warned such right answers of the encoding sets (list-ga-tasks.csv)
  const d = await decide("cp850-irish-tasks-one-letter-word-a-acute.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", false], JSON.stringify(d));
});

test("signsReadAsLoneLetters refuses: a letter that is a whole cell of a delimited line (ISO-8859-2 day codes `Ś`, `Ż`)", async () => {
  const d = await decide("iso-8859-2-timetable-one-letter-day-cells.csv");
  // main: iso-8859-2 at 0.40, warned naming windows-1252 (`¦`, `¯` for the day cells)
  assert.deepEqual([d.name, d.uncertain], ["iso-8859-2", false]);
  assert.equal(signsReadAsLoneLetters(bytes("\xa6;10:00;A1\n\xaf;12:00;B2\n", "latin1"), "iso-8859-2"), false);
  assert.equal(signsReadAsLoneLetters(bytes("a \xa6 b and c \xaf d\n", "latin1"), "iso-8859-2"), true);
});
