// stemAmongVariants (src/dialect/variant-list.ts), asked by body-like-row.ts's firstRowLikeBody: a stem above a list of words and their variants is an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { stemAmongVariants } from "../../src/dialect/variant-list.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/password-variants-without-header.txt";
const header = (lines: string[]): boolean => sniffDialect(lines.join("\n") + "\n", true).header;
const ENTRIES = readFileSync(NAME, "utf8").trim().split("\n").slice(1);

test("stemAmongVariants: a list of words and their variants has no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], ["", false, 0]);
});

test("stemAmongVariants: near misses keep the header (a stem of every id, a name no entry varies, short lists)", () => {
  assert.equal(stemAmongVariants("guest", ENTRIES), true);
  const ids = ["sample1", "sample2", "sample3", "sample10", "sample11", "sample12", "sample20", "sample21"];
  assert.equal(stemAmongVariants("sample", ids), false, "the stem of numbered ids, no other stem");
  assert.equal(stemAmongVariants("password", ENTRIES), false, "no entry opens with the name");
  assert.equal(stemAmongVariants("Guest", ENTRIES), false, "another case: no entry opens with it");
  assert.equal(stemAmongVariants("guest", ENTRIES.slice(0, 6)), false, "fewer than 8 entries");
  assert.equal(stemAmongVariants("guest", ["guest1", "guest2", "alpha", "beta", "gamma", "delta", "omega", "sigma"]), false, "no other stems");
  for (const name of ["password", "Password", "PASSWORD", "name", "word"]) assert.equal(header([name, ...ENTRIES]), true, name);
  assert.equal(header(["sample", ...ids]), true);
});

test("stemAmongVariants: the name of a password or user list is a header, though entries open with it", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/password-list-under-password-header.txt", "utf8"), true);
  assert.deepEqual([d.header, d.delimiter], [true, ""]);
  const users = ["admin", "admin1", "root", "root1", "user1", "username1", "username2", "test", "test1", "guest"];
  assert.equal(stemAmongVariants("username", users), false, "a user list's name");
  assert.equal(header(["username", ...users]), true);
  assert.equal(stemAmongVariants("admin", users.slice(1).concat("admin12", "guest1")), true, "a password that is no list's name");
});
