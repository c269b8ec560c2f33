// The pages an encoding warning names: every close reading, ranked, and no CJK page for Latin words with one accented letter.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { latinLetterBytes } from "../../src/encoding/legacy.js";
import { chunked } from "./helpers.js";

const CJK = /shift_jis|euc-jp|euc-kr|gb18030|gbk|big5/;

/** A word-count export: English words, then `word` once (a DOS program's dump with one native word). */
function wordCountWith(word: string, english = 3): string {
  const rows = ["rank;word;count;share"];
  for (let i = 1; i <= english; i++) rows.push(`${i};${["the", "and", "river"][i % 3]};${100 - i};0,${i}`);
  rows.push(`${english + 1};${word};1;0,0`);
  return rows.join("\r\n") + "\r\n";
}

async function decide(text: string, page: string) {
  return (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
}

/** Whether the answer reads `text` right, or the warning names a page that does. */
function readsOrNames(d: Awaited<ReturnType<typeof decide>>, text: string, page: string): boolean {
  const bytes = iconv.encode(text, page);
  if (iconv.decode(bytes, d.name) === text) return true;
  return d.uncertain && (d.alternatives ?? []).some((n) => iconv.decode(bytes, n) === text);
}

test("legacyGuess: a warning names the page that reads the file when it is not the closest rival", async () => {
  // why: Hungarian `felvevô orsó` in cp852 reads best as windows-1252 `felvev“ ors¢`; the closest rival is
  // windows-1250 (`ors˘`), another wrong reading; cp850 reads ô and ó at the same bytes as cp852.
  const text = wordCountWith("felvevô orsó", 300);
  const d = await decide(text, "cp852");
  assert.ok(readsOrNames(d, text, "cp852"), JSON.stringify(d));
  assert.ok((d.alternatives ?? []).length <= 3, "at most three pages are named");
  assert.equal(d.alternative, d.alternatives?.[0], "the closest rival comes first");
});

test("legacyGuess: a Latin word with one accented letter gets no CJK answer or rival", async () => {
  // why: `Inkommensurabilität` in cp850 (ä = 0x84) pairs 0x84 with `t` in GB18030 (`Inkommensurabilit則`)
  for (const [word, page] of [["Inkommensurabilität", "cp850"], ["Gerätschaftsnummer", "cp850"], ["Kühlschränke", "cp850"]] as const) {
    const text = wordCountWith(word);
    const d = await decide(text, page);
    assert.ok(!CJK.test(d.name) && !(d.alternatives ?? []).some((n) => CJK.test(n)), `${word}: ${JSON.stringify(d)}`);
    assert.ok(readsOrNames(d, text, page), `${word}: ${JSON.stringify(d)}`);
  }
});

test("latinLetterBytes: lone high bytes between ASCII letters, not CJK shapes", () => {
  assert.equal(latinLetterBytes(Buffer.from("Inkommensurabilit\x84t\nK\x81hlschr\x84nke\n", "latin1")), true);
  // Big5 text whose trail bytes are letters alternates high byte and letter
  assert.equal(latinLetterBytes(Buffer.from("\xa4\x40\xa4\x41\n", "latin1")), false);
  assert.equal(latinLetterBytes(Buffer.from("caf\xe9\n", "latin1")), false);
  assert.equal(latinLetterBytes(Buffer.from("\x93\xfa\x96\x7b\n", "latin1")), false);
  assert.equal(latinLetterBytes(Buffer.from("plain\n", "latin1")), false);
});
