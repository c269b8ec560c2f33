// Legacy detection reads each file in one language per reading: words read alike count, foreign names cost little; close CJK calls are uncertain.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { SERVES, segmentScores, segmentScoresByLanguage } from "../../src/encoding/language.js";
import { chunked } from "./helpers.js";

/** A small export: ASCII header and ids, `values` in the name and note columns, `rows` ASCII-only rows around them. */
function csv(values: string[], rows = 0, sep = ";"): string {
  const lines = ["id" + sep + "name" + sep + "note" + sep + "amount"];
  const ascii = (i: number) => [1000 + i, `Item ${i}`, "Brno", `${i},00`].join(sep);
  for (let i = 0; i < rows / 2; i++) lines.push(ascii(i));
  values.forEach((v, i) => lines.push([i + 1, v, values[(i + 1) % values.length], `${10 + i},50`].join(sep)));
  for (let i = rows / 2; i < rows; i++) lines.push(ascii(i));
  return lines.join("\r\n") + "\r\n";
}

async function detect(text: string, encoding: string) {
  return (await sniffEncoding(chunked(iconv.encode(text, encoding)))).decision;
}

function reads(text: string, encoding: string, answer: string): boolean {
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, answer) === iconv.decode(bytes, encoding);
}

test("words that windows-1252 reads alike still make a Czech file Czech (one differing word, no warning)", async () => {
  // why: only "Město" differs between windows-1250 and windows-1252 (ě / ì); á é í ý are the same bytes in both.
  for (const rows of [0, 400]) {
    const text = csv(["Malá Skála", "Vysoké Mýto", "Nové Město", "Týn", "Stará Boleslav", "Písek"], rows);
    const d = await detect(text, "iso-8859-2");
    assert.ok(reads(text, "iso-8859-2", d.name), `answered ${d.name}`);
    assert.equal(d.uncertain, false, d.example);
  }
});

test("Finnish names read alike do not outweigh the Latvian words of an iso-8859-4 file", async () => {
  const text = csv(["Mäkinen", "Rīga", "Häkkinen", "Jūrmala", "Leppänen", "Liepāja", "Väisänen"]);
  const d = await detect(text, "iso-8859-4");
  assert.ok(reads(text, "iso-8859-4", d.name), `answered ${d.name}`);
});

test("Hebrew maqaf and gershayim inside words are read as windows-1255, without a warning", async () => {
  const text = csv(["תל־אביב", "ארה״ב", "בית־שמש", "צה״ל", "חיפה", "באר־שבע"]);
  const d = await detect(text, "windows-1255");
  assert.equal(d.name, "windows-1255");
  assert.equal(d.uncertain, false, d.example);
});

test("short Thai that also reads as rare hanzi or kana is answered windows-874 or uncertain naming it", async () => {
  for (const values of [["อาร์กิวเมนต์ไม่ครบ"], ["กยีรอคัสเตอร GCredentials", "เทมเพลต"], ["อีเมล Gmail", "รหัสผ่าน"]]) {
    const text = csv(values, 0, "\t");
    const d = await detect(text, "windows-874");
    const ok = reads(text, "windows-874", d.name) || (d.uncertain && d.alternative === "windows-874" && d.example !== undefined);
    assert.ok(ok, `${values[0]}: answered ${d.name} (uncertain ${d.uncertain}, alternative ${d.alternative})`);
  }
});

test("a clear Japanese export is not made uncertain by the CJK margin", async () => {
  const text = csv(["山田太郎", "東京都", "佐藤花子", "大阪府", "鈴木一郎", "名古屋市"]);
  const d = await detect(text, "shift_jis");
  assert.ok(reads(text, "shift_jis", d.name === "shift_jis" ? "cp932" : d.name), `answered ${d.name}`);
  assert.equal(d.uncertain, false, d.example);
});

test("segmentScoresByLanguage: one row per served language, symbols priced alike, segmentScores the best per line", () => {
  const text = "Müller\n«Straße»\nnaïve–x\n";
  const { langs, rows } = segmentScoresByLanguage(text, "windows-1252");
  assert.deepEqual(langs, SERVES["windows-1252"]);
  assert.equal(rows.length, langs.length);
  for (const row of rows) assert.equal(row.length, 3);
  const de = rows[langs.indexOf("deu")];
  const fr = rows[langs.indexOf("fra")];
  assert.ok(de[0] > fr[0], "Müller is likelier German than French");
  const best = segmentScores(text, "windows-1252");
  best.forEach((v, i) => assert.equal(v, Math.max(...rows.map((r) => r[i]))));
  // The guillemets cost the same in every language: "Straße" scored alone differs by the letters only.
  const alone = segmentScoresByLanguage("Straße\n", "windows-1252").rows;
  const gap = (r: number[][], k: number) => r[langs.indexOf("deu")][k] - r[langs.indexOf("fra")][k];
  assert.ok(Math.abs(gap(rows, 1) - gap(alone, 0)) < 1e-9);
});

test("a short Thai export with a foreign word is read as windows-874 (a value's ends are no Thai word ends)", async () => {
  // why: Thai writes no space between words, so the tables know few word ends; before, this read as Shift_JIS.
  const text = csv(["กยีรอคัสเตอร GCredentials", "เทมเพลต"], 0, "\t");
  const d = await detect(text, "windows-874");
  assert.equal(d.name, "windows-874");
});

test("a file whose only telling word is one name is uncertain, not silently read in a neighbour's language", async () => {
  // Estonian õ (iso-8859-4, also windows-1252) is Hungarian ő in windows-1250: "Kõrgõzstani" reads as Hungarian.
  const d = await detect(csv(["Kõrgõzstani"], 300), "iso-8859-4");
  const sameText = ["iso-8859-4", "windows-1252", "iso-8859-15", "iso-8859-13"].includes(d.name);
  assert.ok(sameText || d.uncertain, `${d.name} without a warning`);
  if (!sameText) assert.ok(d.alternative !== undefined && d.example?.includes("Kõrgõzstani"), JSON.stringify(d));
});

test("± × § glued to a letter, and © ® ™ opening a word, cost like letters of another code page", () => {
  // Polish "Pią" in iso-8859-2 is "Pi±" in windows-1250; Slovak "Špeciálny" in iso-8859-2 is "©peciálny" in windows-1252.
  const glued = (s: string) => segmentScores(s, "windows-1252")[0];
  assert.ok(glued("Pi±") < glued("Pi ±") - 5, `${glued("Pi±")} vs ${glued("Pi ±")}`);
  assert.ok(glued("©peciálny") < glued("© peciálny") - 5);
  assert.ok(glued("Windows™") > glued("™Windows") + 5, "™ after a name is ordinary");
});

test("two CJK readings the evidence does not separate (a name or two in a long export): uncertain, naming the other", async () => {
  // why: on one short value EUC-JP, GB18030 and EUC-KR all decode to plausible hanzi and jschardet's odds are thin.
  for (const value of ["佐藤 花子", "鈴木 一郎"]) {
    const text = csv([value], 300);
    const d = await detect(text, "euc-jp");
    if (reads(text, "euc-jp", d.name)) continue;
    assert.equal(d.uncertain, true, `${value}: ${d.name} without a warning`);
    assert.ok(d.alternative !== undefined && d.example !== undefined, JSON.stringify(d));
  }
});

test("one lone byte in English text (a Mac Roman no-break space) is read by the words around it, warned, not Cyrillic", async () => {
  // why: a byte standing alone between ". " and " " holds little language evidence; the letter model would make it
  // the one-letter Russian word "К" (windows-1251) or Thai "ส" (windows-874). The English words beside it fit a
  // Latin page, where 0xCA is Mac Roman's no-break space (a symbol) or windows-1252's "Ê" (a letter alone).
  const lines = ["id,note", ...Array.from({ length: 200 }, (_, i) => `${i},line ${i} of the notes`)];
  lines[120] = "119,see the licence.\u00ca The end";
  const d = (await sniffEncoding(chunked(Buffer.from(lines.join("\n") + "\n", "latin1")))).decision;
  assert.equal(d.name, "macintosh");
  assert.equal(d.uncertain, true);
  assert.ok(d.alternative !== undefined);
});

test("a lone byte among Italian words is Mac Roman's è, not the Cyrillic one-letter word Џ (windows-1251)", async () => {
  const lines = ["type;sign;name", ...Array.from({ length: 300 }, (_, i) => `${i % 2 + 1};-;Categoria ${i}`)];
  lines[150] = "1;+;Non \u008f una spesa";
  const d = (await sniffEncoding(chunked(Buffer.from(lines.join("\r\n") + "\r\n", "latin1")))).decision;
  assert.equal(d.name, "macintosh");
  assert.equal(d.uncertain, true);
});

test("an acute accent typed as an apostrophe between letters (Dutch \"programma´s\") is not ISO-8859-15's Ž", async () => {
  const text = csv(["programma´s", "foto´s", "Vlaanderen", "café´s", "Zeeland"]);
  const d = await detect(text, "iso-8859-1");
  assert.ok(reads(text, "iso-8859-1", d.name), `answered ${d.name}`);
});

test("a vulgar fraction after a number (\"1¾\") is Western text, not a Czech ž glued to a digit", () => {
  const after = (s: string, enc: string) => segmentScores(s, enc)[0];
  assert.ok(after("1¾", "windows-1252") > after("1ž", "iso-8859-2") + 3, `${after("1¾", "windows-1252")} vs ${after("1ž", "iso-8859-2")}`);
  assert.ok(after("a¾", "windows-1252") < after("1¾", "windows-1252") - 5, "glued to a letter it stays a misread letter");
});

test("one Thai value in a long export is windows-874 or uncertain naming it, not silently EUC-KR hanja", async () => {
  // why: the EUC-KR reading of the bytes is a run of rare hanja (奭惇荑璿…); modern Korean text writes hangul.
  const text = csv(["เซิร์ฟเวอร์ผิดพลาด"], 600);
  const d = await detect(text, "windows-874");
  assert.ok(reads(text, "windows-874", d.name) || (d.uncertain && d.alternative === "windows-874"), JSON.stringify(d));
});

test("one Japanese value with kana that jschardet calls Big5 on thin odds: our clear CJK lead answers EUC-JP, warned", async () => {
  const text = csv(["このコマンドに続けて"], 600);
  const d = await detect(text, "euc-jp");
  assert.equal(d.name, "euc-jp");
  assert.equal(d.uncertain, true);
});

test("a Korean export with one cp949 extension syllable (핧) stays EUC-KR: jschardet drops EUC-KR on it", async () => {
  const values = ["페이저에 있다면", "이 문제를 만나면", "실행핧 익히길 목요일", "서울특별시 강남구", "다음 명령을 입력하세요", "파일을 열 수 없습니다"];
  const text = csv(values, 200);
  const d = await detect(text, "cp949");
  assert.equal(d.name, "euc-kr", JSON.stringify(d));
});
