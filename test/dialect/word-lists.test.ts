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
