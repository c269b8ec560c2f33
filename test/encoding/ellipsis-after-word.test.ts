// ellipsis-after-word.ts: an ellipsis closing a word mid-sentence, where a close rival reads a letter that closes words in its file's language (cp850 Italian `proprietà` read in windows-1252 as `propriet…`), pays what an unknown letter pays; the rival it makes lead answers, warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { ELLIPSIS_AS_LETTER_COST, ellipsesForWordEnds, wordEndLetterRival } from "../../src/encoding/ellipsis-after-word.js";
import { closesWordsShare } from "../../src/encoding/language.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;
const always = () => true;

test("closesWordsShare: Italian closes words with `à` after a letter (`città`); French and Portuguese write `à` as a word of its own", () => {
  assert.ok(closesWordsShare("à", "ita") > 0.9);
  assert.ok(closesWordsShare("à", "fra") < 0.1);
  assert.ok(closesWordsShare("à", "por") < 0.1);
  assert.equal(closesWordsShare("à", "deu"), 0);
});

test("ellipsesForWordEnds: an ellipsis closing a lower-case word that the rival reads as a letter closing words in its language", () => {
  assert.equal(ellipsesForWordEnds({ words: ["propriet…"], lang: "fra" }, { words: ["proprietà"], lang: "ita" }, always), 1);
  assert.equal(ellipsesForWordEnds({ words: ["tonalit…", "citt…"], lang: "lav" }, { words: ["tonalità", "città"], lang: "ita" }, always), 2);
});

test("ellipsesForWordEnds refuses a letter the rival's language does not close words with, a capital before, other letters, a cell's end", () => {
  // French and Portuguese write `à` alone: `Chargementà` is no French word
  assert.equal(ellipsesForWordEnds({ words: ["chargement…"], lang: "fra" }, { words: ["chargementà"], lang: "fra" }, always), 0);
  assert.equal(ellipsesForWordEnds({ words: ["Enviar…"], lang: "por" }, { words: ["Enviarà"], lang: "por" }, always), 0);
  // after a capital (`OK…`), a sign alone, a capital rival letter, a reading that changes other letters
  assert.equal(ellipsesForWordEnds({ words: ["OK…"], lang: "ita" }, { words: ["OKà"], lang: "ita" }, always), 0);
  assert.equal(ellipsesForWordEnds({ words: ["…"], lang: "ita" }, { words: ["à"], lang: "ita" }, always), 0);
  assert.equal(ellipsesForWordEnds({ words: ["citt…"], lang: "ita" }, { words: ["censÖ"], lang: "ita" }, always), 0);
  assert.equal(ellipsesForWordEnds({ words: ["citt…"], lang: "ita" }, { words: ["cittÀ"], lang: "ita" }, always), 0);
  // not mid-sentence: a menu label or a truncated cell (`Descripti…;`)
  assert.equal(ellipsesForWordEnds({ words: ["propriet…"], lang: "ita" }, { words: ["proprietà"], lang: "ita" }, () => false), 0);
});

test("wordEndLetterRival: the rival leads once each such ellipsis pays an unknown letter's cost; a wider lead stands", () => {
  const best = { words: ["propriet…"], lang: "fra" };
  const rival = { words: ["proprietà"], lang: "ita" };
  const ev = Buffer.from("propriet\x85", "latin1");
  const sample = Buffer.from("1;Ripristina le propriet\x85 dei campi\n", "latin1");
  assert.equal(wordEndLetterRival(best, [rival], ev, sample, () => 3.4), rival);
  assert.equal(wordEndLetterRival(best, [rival], ev, sample, () => -ELLIPSIS_AS_LETTER_COST + 0.1), null);
  assert.equal(wordEndLetterRival(best, [rival], ev, Buffer.from("1;Le propriet\x85\n", "latin1"), () => 3.4), null);
});

test("sniffEncoding on a cp850 Italian list whose only accent closes `proprietà` mid-sentence: cp850, warned naming windows-1252", async () => {
  // why: main answered windows-1252 `propriet…` (0.25, warned): `…` glued to a word costs a common sign, and the
  // letter model finds `propriet` as likely a word as `proprietà`
  const d = await decide("cp850-italian-settings-word-ending-a-grave-mid-sentence.csv");
  assert.equal(d.name, "cp850", JSON.stringify(d));
  assert.equal(d.uncertain, true);
  assert.ok(d.alternatives?.includes("windows-1252"), JSON.stringify(d));
});

test("refused: windows-1252 English UI text with `Open…`, `Save As…`, `Loading… please`, `etc… and`, `Descripti…` stays windows-1252", async () => {
  const d = await decide("1252-english-ui-ellipsis-after-words-mid-sentence.csv");
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  for (const name of ["1252-ellipsis-after-words.csv", "1252-ellipsis-after-capitalised-short-words.csv", "1252-portuguese-menu-short-word-ellipsis-ending-labels.csv"]) {
    const e = await decide(name);
    assert.deepEqual([e.name, e.uncertain], ["windows-1252", false], `${name}: ${JSON.stringify(e)}`);
  }
});
