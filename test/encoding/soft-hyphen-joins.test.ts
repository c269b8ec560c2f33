// soft-hyphen-joins.ts: a byte one page reads as a soft hyphen joining words the file also writes alone (`least­covered`) is a hyphen; pages reading it otherwise (cp852 `leastşcovered`) step aside, and a changed answer is warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { JOINED_COMPOUNDS, readsHyphensAt, softHyphenJoiners } from "../../src/encoding/soft-hyphen-joins.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;
const words = (...w: string[]) => Buffer.from(w.join("\n") + "\n", "latin1");
const PAGES = ["windows-1252", "cp852", "cp850"];

test("softHyphenJoiners: 0xAD joining three compounds whose pieces the file writes alone", () => {
  const sample = Buffer.from("the real time, the field of view, NP is hard\n", "latin1");
  const evidence = words("real\xadtime", "field\xadof\xadview", "NP\xadhard");
  assert.equal(JOINED_COMPOUNDS, 3);
  assert.deepEqual(softHyphenJoiners(evidence, sample, PAGES), [0xad]);
});

test("softHyphenJoiners refuses: pieces that are no words of the file, one-letter pieces, fewer than three compounds, no page reading a soft hyphen", () => {
  // cp852 Romanian `Braşov`, `Timişoara`, `Piteşti` read in windows-1252: pieces that stand nowhere alone
  const towns = words("Bra\xadov", "Timi\xadoara", "Pite\xadti", "Bucure\xadti");
  assert.deepEqual(softHyphenJoiners(towns, Buffer.from("id;oras;Bra ov Timi oara\n", "latin1"), PAGES), []);
  // `aşa`, `şi`: one letter on a side (or none) is no word joined
  assert.deepEqual(softHyphenJoiners(words("a\xada", "\xadi", "u\xador"), Buffer.from("a i u or\n", "latin1"), PAGES), []);
  // two compounds only
  assert.deepEqual(softHyphenJoiners(words("real\xadtime", "NP\xadhard"), Buffer.from("real time NP hard\n", "latin1"), PAGES), []);
  // a piece the file writes only inside the compound (touching the byte) is not written alone
  assert.deepEqual(softHyphenJoiners(words("least\xadcovered", "real\xadtime", "NP\xadhard"), Buffer.from("covered real time NP hard least\xadcovered\n", "latin1"), PAGES), []);
  // no page of the list reads 0xAD as a soft hyphen
  assert.deepEqual(softHyphenJoiners(words("real\xadtime", "field\xadof\xadview", "NP\xadhard"), Buffer.from("real time field of view NP hard\n", "latin1"), ["cp852", "cp850"]), []);
});

test("readsHyphensAt: windows-1252 reads 0xAD as a soft hyphen; cp852 (ş), cp850 (¡) and Mac Roman (≠) do not", () => {
  assert.equal(readsHyphensAt("windows-1252", [0xad]), true);
  assert.equal(readsHyphensAt("iso-8859-2", [0xad]), true);
  for (const p of ["cp852", "cp850", "macintosh"]) assert.equal(readsHyphensAt(p, [0xad]), false, p);
});

test("sniffEncoding on English abstracts hyphenated with soft hyphens (windows-1252): windows-1252, warned naming cp852", async () => {
  // why: main answered cp852 `leastşcovered` (0.91) with no warning
  const d = await decide("1252-english-abstracts-soft-hyphens-joining-words.csv");
  assert.deepEqual([d.name, d.uncertain, d.alternatives?.[0]], ["windows-1252", true, "cp852"], JSON.stringify(d));
});

test("near miss: Romanian DOS place names with ş inside words (cp852 `Braşov`, `Timişoara`): cp852, unwarned, as on main", async () => {
  const d = await decide("cp852-romanian-towns-s-cedilla-inside-words.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp852", false], JSON.stringify(d));
});
