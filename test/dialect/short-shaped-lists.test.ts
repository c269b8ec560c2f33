// One-column lists whose first entry is no header: a short list of addresses (formedLikeBody), a list of column nouns (firstRowLikeBody).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const text = (name: string) => readFileSync(`fixtures/dialect/${name}`, "utf8");
const cliFile = (name: string) => (JSON.parse(runCli([`fixtures/dialect/${name}`, "--format", "json"]).stdout) as Report).files[0];

test("formedLikeBody: three e-mail addresses are three records, the first no header", () => {
  assert.equal(sniffDialect(text("three-email-addresses-no-header.txt"), true).header, false);
  const f = cliFile("three-email-addresses-no-header.txt");
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 3, 0]);
  // two addresses, and two URLs, are two records; a name above addresses stays the header
  assert.equal(sniffDialect("alice@example.org\nbob@example.org\n", true).header, false);
  assert.equal(sniffDialect("https://example.org/a\nhttps://example.org/b\n", true).header, false);
  assert.equal(sniffDialect("email\nalice@example.org\nbob@example.org\n", true).header, true);
});

test("firstRowLikeBody: a list of column names opening with `id` (`name`, `type`, `code` among them) is data", () => {
  assert.equal(sniffDialect(text("column-name-list-opening-with-id.txt"), true).header, false);
  const f = cliFile("column-name-list-opening-with-id.txt");
  assert.deepEqual([f.rows.total, f.errors], [12, 0]);
  // a generic noun above words of another kind (fruits) stays a header, and so does one above stopwords
  assert.equal(sniffDialect("name\napple\nbanana\ncherry\ndate\nelder\nfig\n", true).header, true);
  assert.equal(sniffDialect("word\na\nabout\nfrom\nto\nfirst\nlast\nthe\n", true).header, true);
});
