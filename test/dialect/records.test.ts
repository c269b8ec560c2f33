// Sniffing by records, not physical lines (dialect/choose.ts multiLineRecords, index.ts cutAtRecordEnd), and spaces that pad a delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const rel = (name: string): string => join("fixtures", "dialect", name);
const sniff = (name: string) => sniffDialect(readFileSync(join(here, "..", "..", rel(name)), "utf8"), true, {});

test("a ticket export whose multi-line quoted fields hold most lines (some starting with '#' or ';') reads by records", () => {
  const d = sniff("multiline-fields-hash-lines-long.csv");
  assert.deepEqual([d.delimiter, d.quote, d.comment], [",", '"', null]);
  const r = runCli([rel("multiline-fields-hash-lines-long.csv"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.columns.length, 4);
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, f.rows.valid);
});

test("short multi-line exports: doubled quotes, and backslash-escaped HTML", () => {
  assert.deepEqual([sniff("multiline-ticket-export.csv").delimiter, sniff("multiline-ticket-export.csv").quote], [",", '"']);
  const db = sniff("multiline-backslash-escaped-html.csv");
  assert.deepEqual([db.delimiter, db.quote, db.escape], [",", '"', "\\"]);
});

test("spaces that pad a comma are not the delimiter: `3836 ,4084 ,` and `N, text`", () => {
  for (const name of ["spaces-before-commas.csv", "number-comma-space-text.csv"]) {
    const d = sniff(name);
    assert.equal(d.delimiter, ",", name);
    // the space reading is not even a rival
    assert.equal(d.uncertain, false, name);
  }
});
