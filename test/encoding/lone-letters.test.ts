// lone-letters.ts: a sample whose non-ASCII letters stand alone between figures (hyphenation patterns `т2ј`) holds no word to read, so a single-byte answer is warned; words (`Београд`), lone signs (`€ 12`) and one or two lone letters (`2º 2º`) are not touched.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { lettersAlone } from "../../src/encoding/lone-letters.js";
import { chunked } from "./helpers.js";

// why written here: hyphenation patterns as LibreOffice's hyph_*.dic ship them (the page on the first line, one pattern a line)
const SERBIAN_PATTERNS = "ISO8859-5\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\nа1\nе1\nи1\nо1\nу1\n1б\n1в\n1г\n1д\n1ђ\n1ж\n1з\n1ј\n1к\n1л\n1љ\n1м\n1н\n1њ\n1п\n1р\n1с\n1т\n1ћ\n1ф\n1х\n1ц\n1ч\n1џ\n1ш\nб2ј\nв2л\nг2р\nд2в\nт2ј\nс2т\nш2к\nц2р\n";
const GREEK_PATTERNS = "ISO8859-7\n1α\n1β\n1γ\n1δ\nα1\nε1\nη1\nι1\nο1\nυ1\nω1\nγ2κ\nμ2π\nν2τ\nσ2κ\nσ2τ\n";
const SERBIAN_TOWNS = "Београд\nНови Сад\nНиш\nКрагујевац\nСуботица\nЗрењанин\nПанчево\nЧачак\nКраљево\nНови Пазар\n";

test("lettersAlone: letters cut apart by figures stand alone; letters in words and signs beside figures do not", () => {
  assert.equal(lettersAlone(iconv.encode(SERBIAN_PATTERNS, "iso-8859-5"), "iso-8859-5"), true);
  assert.equal(lettersAlone(iconv.encode(GREEK_PATTERNS, "iso-8859-7"), "iso-8859-7"), true);
  assert.equal(lettersAlone(iconv.encode(SERBIAN_TOWNS, "iso-8859-5"), "iso-8859-5"), false);
  // a sign is no letter: the money rules decide a file of lone `€`
  assert.equal(lettersAlone(iconv.encode("id;price\n1;€ 12\n2;€ 30\n", "windows-1252"), "windows-1252"), false);
  // one letter alone, many times: an ordinal after figures, no pattern list
  assert.equal(lettersAlone(iconv.encode("street\nC/ Dolors Aleu 19  2º 2º\nMayor 3 1º\n", "windows-1252"), "windows-1252"), false);
});

test("legacyGuess on ISO-8859-5 and ISO-8859-7 hyphenation patterns: never a sure wrong page", async () => {
  // why: on main Mac Roman (0.69) and windows-874 (0.63) stood silent; LibreOffice's hyph_sr_RS.dic cut to 50 lines read as Mac Roman
  for (const [text, page] of [[SERBIAN_PATTERNS, "iso-8859-5"], [GREEK_PATTERNS, "iso-8859-7"]]) {
    const d = (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
    assert.ok(d.name === page || d.uncertain, `${page}: ${JSON.stringify(d)}`);
  }
});

test("legacyGuess on Serbian town names in ISO-8859-5: iso-8859-5, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(iconv.encode(SERBIAN_TOWNS, "iso-8859-5")))).decision;
  assert.equal(d.name, "iso-8859-5");
  assert.equal(d.uncertain, false);
});

// why written here: the audit's Spanish inputs (wqa22 F4), ordinals glued to figures in right windows-1252 files
const FLATS = "ref,calle,numero,piso,puerta,m2,precio_eur\n" + Array.from({ length: 60 }, (_, i) => `MAD${1000 + i},Calle Goya,${17 + i},${1 + (i % 8)}º,B,85,${420000 + i * 1000}\n`).join("");
const COURSES = "id,curso,grupo,nota\n" + Array.from({ length: 80 }, (_, i) => `${2024000 + i},${1 + (i % 4)}º ESO,${"ABC"[i % 3]},${(5 + (i % 5) * 0.6).toFixed(1)}\n`).join("");
const ADDRESSES = "calle;piso\nCalle Mayor 12;3º B\nCalle Sol 4;1ª\nAv. Paz 30;2º A\nCalle Luna 7;4ª\nCalle Real 1;5º C\nPlaza Mayor 9;1º\n";
const TEMPERATURES = "ciudad,max,min\nMadrid,35º,20º\nSevilla,38º,22º\nBilbao,24º,15º\n";
// ordinals and a micro sign together: three distinct lone bytes, none a letter of a word
const LAB = "muestra;piso;tamano\nA;1º;5 µ\nB;2ª;7 µ\nC;3º;9 µ\nD;1ª;4 µ\n";

test("lettersAlone: º ª µ beside figures are signs of figures, not letters alone (wqa22 F4)", () => {
  for (const text of [FLATS, COURSES, ADDRESSES, TEMPERATURES, LAB]) assert.equal(lettersAlone(iconv.encode(text, "windows-1252"), "windows-1252"), false, text.slice(0, 40));
});

test("legacyGuess on Spanish ordinals in windows-1252: windows-1252, unwarned (wqa22 F4; guard: unwarned since 11fb690 too)", async () => {
  for (const text of [FLATS, COURSES, ADDRESSES, TEMPERATURES]) {
    const d = (await sniffEncoding(chunked(iconv.encode(text, "windows-1252")))).decision;
    assert.equal(d.name, "windows-1252", text.slice(0, 40));
    assert.equal(d.uncertain, false, `${text.slice(0, 40)}: ${JSON.stringify(d)}`);
  }
});

// why written here: Arabic currency abbreviations as glibc's ar_* locales write them, letters split by dots
const DIRHAMS = "date;amount\n" + ["د.إ.", "ر.س", "د.ك.", "ر.ق.", "ل.س.", "ج.م."].map((c, i) => `2024-0${i + 1}-15;${1200 + i * 35}.50 ${c}\n`).join("");

test("lettersAlone: letter-dot-letter abbreviations (`د.إ`) are words cut by dots, not letters alone", () => {
  assert.equal(lettersAlone(iconv.encode(DIRHAMS, "iso-8859-6"), "iso-8859-6"), false);
  // near miss: dotted letters with no letter across the dot still stand alone
  assert.equal(lettersAlone(iconv.encode("1.б 2\n3.ј 4\n5.т 6\n", "iso-8859-5"), "iso-8859-5"), true);
});
