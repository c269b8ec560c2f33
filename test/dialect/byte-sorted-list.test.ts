// opensByteSortedList (src/dialect/byte-sorted-list.ts): a word list sorted by code point, capitals apart, has no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { opensByteSortedList } from "../../src/dialect/byte-sorted-list.js";

const FIXTURE = "fixtures/dialect/keep-case-identifier-list-sorted-by-code-point.txt";

test("opensByteSortedList: a keep-case identifier list keeps its first entry", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.equal(d.delimiter, "");
  assert.equal(d.header, false);
});

test("opensByteSortedList: near misses keep their header", () => {
  const entries = readFileSync(FIXTURE, "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
  // a capitalised name that sorts after the first capital entry (`Runtime` above `Promise`)
  assert.equal(sniffDialect(["Runtime", ...entries.slice(1)].join("\n") + "\n", true).header, true);
  const values = entries.slice(1);
  assert.equal(opensByteSortedList(entries[0], values), true);
  // one case only: a capitalised name sorts before every small entry by code point
  const smalls = values.filter((v) => v === v.toLowerCase());
  assert.equal(opensByteSortedList("Animal", [...smalls, "valueOf", "zip", "zoom"]), false);
  // fewer than 20 entries
  assert.equal(opensByteSortedList(entries[0], values.slice(0, 15)), false);
  // one entry out of order
  assert.equal(opensByteSortedList(entries[0], [...values.slice(0, 8), "Zeta", ...values.slice(8)]), false);
});

// Audit wqa21 F7: a capitalised name sorting before the capital entries of a list whose capitals are most of it
// (user names, JS globals) is that list's name; these keep their header.
const USERS = ["Bob", "Carol", "Dave", "Eve", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj", "Olivia",
  "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "alice_w", "bob99", "charlie", "dan.k", "erin"];
const GLOBALS = ["BigInt", "Boolean", "Date", "Error", "Float32Array", "Function", "Infinity", "Intl", "JSON", "Map", "Math",
  "NaN", "Number", "Object", "Promise", "Proxy", "Reflect", "RegExp", "Set", "String", "Symbol", "WeakMap", "console",
  "decodeURI", "encodeURI", "eval", "globalThis", "isFinite", "isNaN", "parseFloat", "parseInt", "undefined"];

test("opensByteSortedList: a name above a code-point-sorted list mostly of capitals stays a header", () => {
  assert.equal(sniffDialect(["Account", ...USERS].join("\n") + "\n", true).header, true);
  assert.equal(sniffDialect(["Allowed", ...GLOBALS].join("\n") + "\n", true).header, true);
});

test("opensByteSortedList: capitals as many as small entries refuse", () => {
  assert.equal(opensByteSortedList("Account", USERS), false);
  assert.equal(opensByteSortedList("Allowed", GLOBALS), false);
});
