// sign-for-letter-in-word.ts: a sign glued between two lower-case letters of a word costs more in a language whose letter another page reads at its byte (cp850 `ge´mporteerd` for ISO-8859-15 `geïmporteerd`); apostrophe-like signs beside a one-letter piece, dashes joining words, PDF text's spacing accents stay free.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { SIGN_FOR_LETTER, signForLetterCosts, signsForLetters } from "../../src/encoding/sign-for-letter-in-word.js";
import iconv from "iconv-lite";
import { chunked, fixture } from "./helpers.js";

const PAGES = ["windows-1252", "iso-8859-15", "cp850", "macintosh"];
const DUTCH = "aáäbcdeéëfghiíïjklmnoóöpqrstuúüvwxyz";
const GALICIAN = "aábcdeéfghiíïjklmnñoópqrstuúüvwxyz";
const GERMAN = "aäbcdefghijklmnoöpqrsßtuüvwxyz";

/** The cost of each word of `words` (bytes written as latin1 characters, read by `page`) in a language with `alphabet`. */
function costs(words: string[], page: string, alphabet: string): number[] | null {
  const evidence = Buffer.from(words.join("\n"), "latin1");
  const text = iconv.decode(evidence, page);
  return signForLetterCosts(signsForLetters(text, evidence, PAGES), words.length, alphabet);
}

test("signForLetterCosts: cp850 `ge´mporteerd` pays SIGN_FOR_LETTER in Dutch, which writes the ï other pages read there", () => {
  // byte EF: ISO-8859-15 and windows-1252 `ï`, cp850 `´`
  assert.deepEqual(costs(["ge\xefmporteerd", "project"], "cp850", DUTCH), [SIGN_FOR_LETTER, 0]);
});

test("signForLetterCosts: windows-1252 `li–a` (Mac Roman `liña`) pays in Galician, a one-letter piece split off a word", () => {
  assert.deepEqual(costs(["li\x96a"], "windows-1252", GALICIAN), [SIGN_FOR_LETTER]);
});

test("signForLetterCosts refuses a letter the language does not write: PDF text's `Universita¨t` (ISO-8859-15 `š`) in German", () => {
  assert.equal(costs(["Universita\xa8t", "Mu\xa8nchen"], "windows-1252", GERMAN), null);
});

test("signForLetterCosts refuses an acute typed as an apostrophe beside a one-letter piece (`zo´n`, `foto´s`, `rock´n´roll`)", () => {
  assert.equal(costs(["zo\xefn", "foto\xefs", "rock\xefn\xefroll"], "cp850", DUTCH), null);
});

test("signForLetterCosts refuses dashes joining words or ranges (`rock–paper`, `ma–vr`, `a–f`) and apostrophes (`l’eau`)", () => {
  assert.equal(costs(["rock\x96paper", "ma\x96vr", "a\x96f", "l\x92eau"], "windows-1252", GALICIAN + "ñíìù"), null);
});

test("signForLetterCosts refuses `…` and `•` gluing two words of chat text (`allora…andiamo`; cp850 reads 0x85 `à`)", () => {
  assert.equal(costs(["allora\x85andiamo", "aspetta\x85ci", "uno\x95due", "bene\x85a"], "windows-1252", "abcdefghilmnopqrstuvzàèéìòù"), null);
});

test("chat text gluing words with `…` keeps windows-1252 (Italian, Portuguese), not cp850 `alloraàandiamo` (audit wqa34 F5)", async () => {
  for (const name of ["1252-italian-chat-ellipsis-between-words.csv", "1252-portuguese-chat-ellipsis-between-words.csv"]) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, "windows-1252", `${name}: ${JSON.stringify(d)}`);
  }
});

test("an ISO-8859-15 render log whose only accents are Dutch `geïmporteerd`: read with its ï, not cp850 `ge´mporteerd`", async () => {
  // why: on main cp850 answered (0.32, warned naming windows-1252); windows-1252 reads these bytes as ISO-8859-15 does
  const d = (await sniffEncoding(chunked(fixture("iso-8859-15-dutch-render-log-i-diaeresis-read-as-acute.csv")))).decision;
  assert.ok(["windows-1252", "iso-8859-15"].includes(d.name), JSON.stringify(d));
});

test("near misses keep their page, unwarned: a cp850 and a windows-1252 Dutch list typing `´` for an apostrophe, PDF text with spacing accents", async () => {
  const want: Record<string, string> = {
    "cp850-dutch-acute-as-apostrophe.csv": "cp850",
    "1252-dutch-acute-as-apostrophe.csv": "windows-1252",
    "1252-pdf-text-spacing-accents.csv": "windows-1252",
  };
  for (const [name, page] of Object.entries(want)) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
