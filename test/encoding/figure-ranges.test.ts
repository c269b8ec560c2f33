// figure-ranges.ts: a byte one page reads as a soft hyphen between figures in two distinct ranges (`[19­34]`, `[20­22]`) is a range dash; Mac Roman `≠` steps aside, and the changed answer is warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { JOINED_RANGES, rangeHyphens } from "../../src/encoding/figure-ranges.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;
const PAGES = ["windows-1252", "macintosh", "cp850"];
const latin1 = (s: string) => Buffer.from(s, "latin1");

test("rangeHyphens: 0xAD between figures in two distinct ranges", () => {
  assert.equal(JOINED_RANGES, 2);
  assert.deepEqual(rangeHyphens(latin1("studied [19\xad34], from [20\xad22] on\n"), PAGES), [0xad]);
  assert.deepEqual(rangeHyphens(latin1("pp. 319\xad326.\n2003\xad2005\n"), PAGES), [0xad]);
});

test("rangeHyphens refuses: one range (twice), figures glued to letters or high bytes, no page reading a soft hyphen", () => {
  assert.deepEqual(rangeHyphens(latin1("[19\xad34] and [19\xad34]\n"), PAGES), []);
  assert.deepEqual(rangeHyphens(latin1("A19\xad34 B20\xad22x\n"), PAGES), []);
  assert.deepEqual(rangeHyphens(latin1("\x8119\xad34 20\xad22\xa1\n"), PAGES), []);
  assert.deepEqual(rangeHyphens(latin1("a\xadb 19\xad 20\xad\n"), PAGES), []);
  assert.deepEqual(rangeHyphens(latin1("[19\xad34], [20\xad22]\n"), ["macintosh", "cp850"]), []);
});

test("sniffEncoding on an English article with soft-hyphen ranges and spacing diaereses: not Mac Roman, warned", async () => {
  // why: main answered Mac Roman (`[19≠34]`, `a®`) with no warning
  const d = await decide("1252-english-article-soft-hyphen-figure-ranges.txt");
  assert.notEqual(d.name, "macintosh", JSON.stringify(d));
  assert.equal(d.uncertain, true, JSON.stringify(d));
  assert.ok(d.alternatives?.includes("macintosh"), JSON.stringify(d));
});

test("near miss: Mac Roman French notes with one `[1≠2]`: macintosh, unwarned, as on main", async () => {
  const d = await decide("mac-french-notes-one-unequal-between-figures.txt");
  assert.deepEqual([d.name, d.uncertain], ["macintosh", false], JSON.stringify(d));
});
