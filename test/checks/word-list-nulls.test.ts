// listSpellings: in a one-column word list, `nan`, `none`, `null`, `undefined` met once each are words, not null-mixed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/sql-keywords-list-with-null-words.txt";
const check = (args: string[], stdin?: string) => (JSON.parse(runCli([...args, "--format", "json"], { stdin }).stdout) as Report).files[0];
const mixed = (f: Report["files"][0]) => f.defects.filter((d) => d.code === "null-mixed").map((d) => d.column);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);

test("the built CLI: a list of 252 SQL keywords holding nan, none, null, undefined once each has no null-mixed warning", () => {
  const f = check([FIXTURE]);
  assert.deepEqual([f.rows.total, f.columns.length, f.warnings, mixed(f)], [252, 1, 0, []]);
});

test("near miss: a real column of a wider table with `NA` here and `NULL` there keeps its null-mixed warning", () => {
  const rows = words(150).map((w, i) => `${i},${i === 40 ? "NA" : i === 90 ? "NULL" : w}`);
  assert.deepEqual(mixed(check(["-"], ["id,name", ...rows].join("\n") + "\n")), ["name"]);
});

test("near miss: a one-column list where `NA` and `NULL` recur (3 and 2 times) keeps its null-mixed warning", () => {
  const list = words(150).map((w, i) => ([10, 50, 70].includes(i) ? "NA" : [30, 110].includes(i) ? "NULL" : w));
  assert.deepEqual(mixed(check(["-"], ["name", ...list].join("\n") + "\n")), ["name"]);
});

// a `username` column of 120 values (audit repros): a plain missing marker beside `NULL` keeps the warning
const users = (marks: Record<number, string>) => ["username", ...Array.from({ length: 120 }, (_, i) => marks[i] ?? `user${1000 + i * 7}`)].join("\n") + "\n";

test("near miss: a one-column list of 120 usernames with one `NULL` and one `-` keeps its null-mixed warning", () => {
  assert.deepEqual(mixed(check(["-"], users({ 10: "NULL", 50: "-" }))), ["username"]);
});

test("near miss: one `NA` and one `NULL`, `N/A` twice and `NULL` once, three `\"\"` and one `NULL`: each keeps null-mixed", () => {
  for (const marks of [{ 10: "NA", 50: "NULL" }, { 10: "N/A", 30: "N/A", 50: "NULL" }, { 5: '""', 10: '""', 20: '""', 50: "NULL" }]) {
    assert.deepEqual(mixed(check(["-"], users(marks))), ["username"], JSON.stringify(marks));
  }
});

test("the built CLI: a word list in capitals holding NA, NAN, NIL, NONE, NULL, UNDEFINED once each has no null-mixed warning", () => {
  const f = check(["fixtures/scrabble-words-in-capitals-with-null-words.txt"]);
  assert.deepEqual([f.rows.total, f.columns.length, f.dialect.header, mixed(f)], [110, 1, false, []]);
});

test("a lower-case list holding nan, nat, nil, none once each (`nat` is a word too) has no null-mixed warning", () => {
  const list = words(150).map((w, i) => ({ 10: "nan", 20: "nat", 30: "nil", 40: "none" } as Record<number, string>)[i] ?? w);
  assert.deepEqual(mixed(check(["-"], [...list].join("\n") + "\n")), []);
});

test("a capitals list of 12,000 words whose NA, NAN, NIL, NONE, NULL stand past the inference sample has no null-mixed", () => {
  const late: Record<number, string> = { 10500: "NA", 10600: "NAN", 11000: "NIL", 11200: "NONE", 11400: "NULL" };
  const list = words(12000).map((w, i) => late[i] ?? w.toUpperCase());
  const f = check(["-"], list.join("\n") + "\n");
  assert.deepEqual([f.rows.total, mixed(f)], [12000, []]);
});

test("near miss: a one-column answers list ending in NA, none, nil, NULL (mixed case: people's ways of no answer) keeps null-mixed", () => {
  const answers = ["allergies", ...Array.from({ length: 116 }, (_, i) => ["peanuts", "shellfish", "penicillin", "cat hair"][i % 4]), "NA", "none", "nil", "NULL"];
  // why the count only: the one column is named `allergies` or `field1` as the header is read (not this rule's business)
  assert.equal(mixed(check(["-"], answers.join("\n") + "\n")).length, 1);
});

test("near miss: three capital words once each (`NA`, `NONE`, `NULL`), or four with one met twice, keep null-mixed", () => {
  assert.deepEqual(mixed(check(["-"], users({ 10: "NA", 50: "NONE", 90: "NULL" }))), ["username"]);
  assert.deepEqual(mixed(check(["-"], users({ 10: "NA", 30: "NAN", 50: "NONE", 70: "NULL", 90: "NULL" }))), ["username"]);
});

test("near miss: four capital words once each beside an `N/A` or a quoted empty cell, or in a wider table, keep null-mixed", () => {
  assert.deepEqual(mixed(check(["-"], users({ 10: "NA", 30: "NAN", 50: "NONE", 70: "NULL", 90: "N/A" }))), ["username"]);
  assert.deepEqual(mixed(check(["-"], users({ 10: "NA", 30: "NAN", 50: "NONE", 70: "NULL", 90: "\"\"" }))), ["username"]);
  const rows = words(150).map((w, i) => `${i},${({ 10: "NA", 30: "NAN", 50: "NONE", 70: "NULL" } as Record<number, string>)[i] ?? w}`);
  assert.deepEqual(mixed(check(["-"], ["id,name", ...rows].join("\n") + "\n")), ["name"]);
});

test("near miss: `null` once beside a `?`, and `NULL` with `NONE` (capitals: a database's markers) keep null-mixed", () => {
  assert.deepEqual(mixed(check(["-"], users({ 10: "null", 50: "?" }))), ["username"]);
  assert.deepEqual(mixed(check(["-"], users({ 10: "NULL", 50: "NONE" }))), ["username"]);
});

// audit F1c of round 26: an upper-case export of answers repeats them; a word list holds each word once (ListHead)
const capitalAnswers = (nulls: string[]) =>
  ["ALLERGIES", ...Array.from({ length: 116 }, (_, i) => ["PEANUTS", "SHELLFISH", "PENICILLIN", "CAT HAIR"][i % 4]), ...nulls].join("\n") + "\n";

test("an all-capitals answers column holding NA, NONE, NIL, NULL once each among repeated answers keeps null-mixed", () => {
  const f = check(["-"], capitalAnswers(["NA", "NONE", "NIL", "NULL"]));
  assert.equal(mixed(f).length, 1);
});

test("a lower-case answers column holding none and null once each among repeated answers keeps null-mixed", () => {
  const answers = ["answer", ...Array.from({ length: 116 }, (_, i) => ["yes", "no", "maybe"][i % 3]), "none", "null"];
  assert.equal(mixed(check(["-"], answers.join("\n") + "\n")).length, 1);
});

test("near miss: the same capitals column with every answer written once (a word list) still drops the four words", () => {
  const list = words(116).map((w) => w.toUpperCase());
  assert.deepEqual(mixed(check(["-"], ["WORDS", ...list, "NA", "NONE", "NIL", "NULL"].join("\n") + "\n")), []);
});

test("near miss: a word list whose first repeated word stands past its first 1,000 cells is read as a list", () => {
  const list = words(1200).map((w) => w.toUpperCase());
  list[1100] = list[3];
  const f = check(["-"], [...list, "NA", "NONE", "NIL", "NULL"].join("\n") + "\n");
  assert.deepEqual(mixed(f), []);
});
