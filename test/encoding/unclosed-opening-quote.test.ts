// unclosed-opening-quote.ts: a close rival that reads as capitals what the pick reads as `“` opening words, never closed, is the answer, warned (ISO-8859-15 `Žürii` read in ISO-8859-13 as `“ürii`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { capitalsForUnclosedQuotes } from "../../src/encoding/unclosed-opening-quote.js";
import { chunked, fixture } from "./helpers.js";

test("capitalsForUnclosedQuotes: the rival reads a capital wherever the pick's unclosed `“` opens a word, and nothing else differs", () => {
  assert.equal(capitalsForUnclosedQuotes("märkus\n“anr\nvõitja", "märkus\nŽanr\nvõitja"), true);
  assert.equal(capitalsForUnclosedQuotes("“ürii\n“anr", "Žürii\nŽanr"), true);
});

test("capitalsForUnclosedQuotes refuses: a closer or `„` in the pick, a `“` after a letter or before none, a lower-case letter or sign in the rival, another difference", () => {
  const refused: [string, string][] = [
    ["“anr\nsõna”", "Žanr\nsõna¡"], // the pick closes a quote
    ["„Wort\n“anr", "¥Wort\nŽanr"], // the pick writes `„`: its `“` closes quotations
    ["sõna“", "sõnaŽ"], // after a letter (closing-quote.ts)
    ["“\n12", "Ž\n12"], // before no letter
    ["“1st", "Ž1st"],
    ["“Hello", "ôHello"], // a lower-case letter in the rival (cp850 for an English quote cut short)
    ["“anr", "´anr"], // a sign in the rival
    ["“anr\nvõitja", "Žanr\nvőitja"], // the rival differs elsewhere
    ["märkus", "märkus"],
    ["“anr", "Žanr\n"],
  ];
  for (const [pick, rival] of refused) assert.equal(capitalsForUnclosedQuotes(pick, rival), false, `${pick} / ${rival}`);
});

test("sniffEncoding on an Estonian ISO-8859-15 list whose one word apart opens with `Ž` (`Žürii`): iso-8859-15 warned naming ISO-8859-13, not ISO-8859-13 `“ürii`", async () => {
  // why: on main it was answered iso-8859-13 (0.43), warned naming iso-8859-15
  const d = (await sniffEncoding(chunked(fixture("iso-8859-15-estonian-list-z-caron-opening-a-word.csv")))).decision;
  assert.equal(d.name, "iso-8859-15", JSON.stringify(d));
  assert.ok(d.uncertain, JSON.stringify(d));
  assert.equal(d.alternative, "iso-8859-13", JSON.stringify(d));
});

test("near misses keep main's answer: ISO-8859-13 quotes closed, an ISO-8859-13 quote cut short that no page reads as a capital, an English windows-1252 quote cut short", async () => {
  const cases: [string, string, boolean][] = [
    ["iso-8859-13-latvian-list-quotes-closed.csv", "iso-8859-13", false],
    ["iso-8859-13-latvian-list-opening-quote-cut.csv", "iso-8859-13", true],
    ["1252-english-notes-opening-quotes-cut.csv", "windows-1252", false],
  ];
  for (const [name, page, uncertain] of cases) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.equal(d.uncertain, uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
