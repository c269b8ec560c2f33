// legacy.ts figuresOnce: in a word of figures and high bytes only (`1م`…`9م`), a single figure folds too, so a sign or unit glued to numbers counts once, not once a row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { gatherEvidence } from "../../src/encoding/legacy.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chunked, fixture } from "./helpers.js";
import { CORPUS, corpusSkip } from "../helpers/shared.js";

test("gatherEvidence: `1ã`…`9ã` is one word with `10ã`; a word with ASCII letters keeps its figure (near miss)", () => {
  const words = (s: string) => gatherEvidence(Buffer.from(s, "latin1"), 0).toString("latin1").split("\n").filter(Boolean);
  assert.deepEqual(words("1\xe3\n2\xe3\n3\xe3\n10\xe3\n"), ["1\xe3", "10\xe3"]);
  assert.deepEqual(words("2\xe8me\n3\xe8me\n"), ["2\xe8me", "3\xe8me"]);
});

test("legacyGuess on windows-1256 `1م` on every row: warned naming windows-1256 (Mac Roman reads `1„`)", async () => {
  // why: on main Mac Roman stood silent (confidence 0.68), each row's figure making `ã` one more word
  const d = (await sniffEncoding(chunked(fixture("1256-letter-glued-after-figures.csv")))).decision;
  assert.ok(d.name === "windows-1256" || (d.uncertain && d.alternatives?.includes("windows-1256")), JSON.stringify(d));
});

test("legacyGuess on windows-1253 `1χλμ` on every row: never another page silently", async () => {
  // why: on main windows-1255 `1קכל` stood silent (confidence 0.52)
  const d = (await sniffEncoding(chunked(fixture("1253-km-letters-glued-after-figures.csv")))).decision;
  assert.ok(d.name === "windows-1253" || d.uncertain, JSON.stringify(d));
});

test("gatherEvidence: a Cyrillic header does not stop `1кг`…`15кг` folding; Big5 `1月` and figure words of many bytes keep theirs (near misses)", () => {
  const words = (s: string) => gatherEvidence(Buffer.from(s, "latin1"), 0).toString("latin1").split("\n").filter(Boolean);
  // why: the header's 9 letters used to count toward FEW_BYTE_VALUES, so no figure word was merged
  assert.deepEqual(words("\xf2\xee\xe2\xe0\xf0;\xe2\xe5\xf1\n1\xea\xe3\n2\xea\xe3\n10\xea\xe3\n"), ["\xf2\xee\xe2\xe0\xf0", "\xe2\xe5\xf1", "1\xea\xe3", "10\xea\xe3"]);
  // Big5 `月` (A4 EB): an even run not all in C0–FF may be hanzi, so its single figures stay
  assert.deepEqual(words("1\xa4\xeb\n2\xa4\xeb\n"), ["1\xa4\xeb", "2\xa4\xeb"]);
  // figure words holding more than FEW_BYTE_VALUES high bytes (CJK text, `2000年`) are not merged
  assert.deepEqual(words("2000\xc4\xea\n2001\xc4\xea\n3\xd4\xc2\xc8\xd5\xb0\xa1\xb2\xb3\n"), ["2000\xc4\xea", "2001\xc4\xea", "3\xd4\xc2\xc8\xd5\xb0\xa1\xb2\xb3"]);
});

test("legacyGuess on windows-1251 `товар;вес` over `1кг`…`15кг`: windows-1251 (ISO-8859-6 read it silently)", async () => {
  // why: on main ISO-8859-6 stood silent, `кг` counted once a row
  const d = (await sniffEncoding(chunked(fixture("1251-header-over-kg-glued-after-figures.csv")))).decision;
  assert.equal(d.name, "windows-1251", JSON.stringify(d));
});

test("legacyGuess on uchardet's EUC-JP text (`JIS X 0208ベース`, `JIS X 0213ベース`): EUC-JP, unwarned; the fold no longer thins the CJK readings' words", { skip: corpusSkip("encoding/ext/uchardet/ja/euc-jp.txt") }, async () => {
  // why: on main the two words folded into one, and the thinner evidence left GB18030 close enough to be named
  const d = (await sniffEncoding(chunked(readFileSync(join(CORPUS, "encoding/ext/uchardet/ja/euc-jp.txt"))))).decision;
  assert.equal(d.name, "euc-jp");
  assert.equal(d.uncertain, false, JSON.stringify(d));
});
