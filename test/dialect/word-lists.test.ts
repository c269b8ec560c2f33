// firstRowLikeBody on one-column lists: a first entry written like the entries below it is data, not a header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const cliFile = (name: string) => (JSON.parse(runCli([`fixtures/dialect/${name}`, "--format", "json"]).stdout) as Report).files[0];
const body = (name: string) => readFileSync(`fixtures/dialect/${name}`, "utf8").split("\n").slice(1).join("\n");

test("firstRowLikeBody: a list whose entries are of one or two words takes its two-word first entry as data", () => {
  const f = cliFile("city-list-opening-with-a-two-word-name.txt");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 12);
  // a head of more words than any entry (`City Name` above one-word names) is still a header
  const oneWord = body("city-list-opening-with-a-two-word-name.txt").split("\n").filter((l) => !l.includes(" ")).join("\n");
  assert.equal(sniffDialect("Town Name\n" + oneWord, true).header, true);
});

test("firstRowLikeBody: a one-letter first word sorting before the capitalized words below it is data", () => {
  const f = cliFile("word-list-opening-with-one-capital-letter.txt");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 12);
  // one letter that sorts after the list (`Z` above `Abbey`, `Abel`) heads it
  assert.equal(sniffDialect("Z\n" + body("word-list-opening-with-one-capital-letter.txt"), true).header, true);
});

test("firstRowLikeBody: a list of words in a script without letter case (Thai, with its marks; CJK) is data", () => {
  const f = cliFile("caseless-script-word-list.txt");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 12);
  assert.equal(sniffDialect("人裡\n份為\n份工\n卡裡\n隻是\n天後\n明裡\n", true).header, false);
});

test("firstRowLikeBody: a short list whose entries all have one dotted shape (`.mailhub.org`) takes its first as data", () => {
  const f = cliFile("short-domain-list-no-header.txt");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 4);
  // a name above the domains is written unlike them, and stays a header
  assert.equal(sniffDialect("blocked_suffix\n" + readFileSync("fixtures/dialect/short-domain-list-no-header.txt", "utf8"), true).header, true);
});

test("firstRowLikeBody: a dictionary sorted by code point (`$id`, `Helm`, `YAML`, `kubectl`) takes its first term as data", () => {
  const f = cliFile("sorted-term-dictionary-after-note-no-header.txt");
  assert.deepEqual([f.dialect!.header, f.dialect!.comment, f.columns, f.errors], [false, "#", ["field1"], 0]);
  const terms = readFileSync("fixtures/dialect/sorted-term-dictionary-after-note-no-header.txt", "utf8").split("\n").slice(4).filter((l) => l);
  // a name sorting before the terms by code point but with another initial (`Spelling` above `kubectl`) heads them
  assert.equal(sniffDialect("Spelling\n" + terms.slice(7).join("\n") + "\nzone\n", true).header, true);
  // the same terms out of order: no order to open, the first stays a header
  assert.equal(sniffDialect([terms[0], ...terms.slice(1).reverse()].join("\n") + "\n", true).header, true);
});

test("firstRowLikeBody: a sorted domain list opening with a digit (`0-mail.com` above `0815.ru`) takes its first as data", () => {
  const f = cliFile("sorted-domain-list-opening-with-digits.txt");
  assert.deepEqual([f.dialect!.header, f.rows.total, f.errors], [false, 12, 0]);
  // a name above the domains sorts before them by code point, but opens with a letter they do not: a header
  assert.equal(sniffDialect("Domain\n" + readFileSync("fixtures/dialect/sorted-domain-list-opening-with-digits.txt", "utf8"), true).header, true);
});

test("firstRowLikeBody: a one-column word list opening with `to` (Czech's commonest word) takes it as data", () => {
  const f = cliFile("frequency-word-list-opening-with-to.txt");
  assert.deepEqual([f.dialect!.header, f.rows.total, f.errors], [false, 12, 0]);
  // `to` above values written unlike it (e-mail addresses) names them; beside `from` it names one end of a pair
  assert.equal(sniffDialect("To\nanna@example.com\nbob@example.org\ncarl@example.net\ndora@example.com\neve@example.com\n", true).header, true);
  assert.equal(sniffDialect("from,to\nse,je\nna,co\nsi,tak\nale,jak\nby,ten\n", true).header, true);
});

test("firstRowLikeBody: a case-kept frequency list opening with a capitalised word whose lower case follows (`Ich` above `ich`) takes it as data", () => {
  const f = cliFile("case-kept-frequency-list-opening-capitalised.txt");
  assert.deepEqual([f.dialect!.header, f.rows.total, f.errors], [false, 20, 0]);
  const words = readFileSync("fixtures/dialect/case-kept-frequency-list-opening-capitalised.txt", "utf8").split("\n").slice(1).join("\n");
  // a name whose lower case is no entry (`Wort`) heads the same words
  assert.equal(sniffDialect("Wort\n" + words, true).header, true);
  // the head's twin below but no 3 more pairs: nothing shows a list that keeps case, the head stays a name
  assert.equal(sniffDialect("Ich\nist\nich\nnicht\nsie\ndu\nwas\nes\n", true).header, true);
});

test("firstRowLikeBody: a capitalised name above a sorted list of lower-case entries (`Animal` above `aardvark`) is its header", () => {
  const f = cliFile("capitalised-name-above-lower-case-sorted-list.txt");
  // by code point `Animal` sorts before `aardvark` as any capital does; it was read as the list's first entry
  assert.deepEqual([f.dialect!.header, f.columns, f.rows.total, f.errors], [true, ["Animal"], 8, 0]);
  // a list that keeps case, with capitals among its entries, still opens with its first entry (`API` above `AWS`)
  assert.equal(sniffDialect("API\nAWS\nBash\nHelm\nkubectl\nnamespace\nsidecar\n", true).header, false);
});

test("firstRowLikeBody: a name of words opening with a digit (`2FA app`) above a sorted list is its header", () => {
  const f = cliFile("digit-led-name-above-sorted-list.txt");
  // digits sort before every letter, so the digit clause took any such name as the list's first entry
  assert.deepEqual([f.dialect!.header, f.columns, f.rows.total], [true, ["2FA app"], 7]);
  // one token opening with a digit (`1INCH` above `AAVE`) is still the list's first entry
  assert.equal(sniffDialect("1INCH\nAAVE\nADA\nALGO\nATOM\nAVAX\nBNB\n", true).header, false);
});

test("firstRowLikeBody: a sorted list of phrases opening with a longer phrase (`1 in a million` above `10k run`) takes it as data", () => {
  const f = cliFile("sorted-phrase-list-opening-with-longer-phrase.txt");
  assert.deepEqual([f.dialect!.header, f.columns, f.rows.total, f.errors], [false, ["field1"], 12, 0]);
  // a phrase above one-word entries is longer than all of them: a name, sorted or not
  assert.equal(sniffDialect("all blocked words\nalpha\nbeta\ndelta\nepsilon\ngamma\nzeta\n", true).header, true);
  // the same phrases out of order: no order to open, the longer first phrase stays a header
  const rows = body("sorted-phrase-list-opening-with-longer-phrase.txt").split("\n").filter((l) => l);
  assert.equal(sniffDialect(["1 in a million", ...rows.reverse()].join("\n") + "\n", true).header, true);
});

test("firstRowLikeBody: a title opening with the article `A` above an A-list of places (`Abu Dhabi`, `Accra`) stays the header", () => {
  const f = cliFile("city-list-under-a-title-opening-with-article.txt");
  assert.deepEqual([f.dialect!.header, f.columns, f.rows.total], [true, ["A list of capital cities"], 9]);
  // without the article the title's connective words (`list`, `of`), which no entry uses, still mark it a title
  const rows = body("city-list-under-a-title-opening-with-article.txt");
  assert.equal(sniffDialect("Ab list of capital cities\n" + rows, true).header, true);
  // a one-letter word alone sorts before the list (`B ` before `Baby`), joining words or none: a name
  assert.equal(sniffDialect("B side rock tracks\nBaby Love\nBack in Black\nBad Moon Rising\nBang Bang\nBe My Baby\nBeat It\n", true).header, true);
});
