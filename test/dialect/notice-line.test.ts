// noticeLine (src/dialect/notice-line.ts): a copyright or licence notice above a short table is a preamble, no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { noticeLine, noticeRows } from "../../src/dialect/notice-line.js";

const NAME = "fixtures/dialect/copyright-notice-above-short-tab-table.txt";

test("noticeLine: `Copyright (c) 2019, … All rights reserved.` above 8 TAB rows is a preamble, no one-cell header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, "\t");
  assert.equal(d.header, false);
  // the notice and the blank line under it: the first record is line 3
  assert.equal(d.skipRows, 2);
});

test("noticeLine: a notice wider than a space table (8 words above 3 columns) is a preamble, not a header of 8 names", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/copyright-notice-wider-than-space-table.txt", "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 2);
});

test("noticeLine reads notices of 4 words or more", () => {
  assert.equal(noticeLine(["Copyright (c) 2019 Example Labs"]), true);
  assert.equal(noticeLine(["© 1998", " Acme Corp", " Berlin"]), true);
  assert.equal(noticeLine(["Acme Corp. All rights reserved."]), true);
  assert.equal(noticeLine(["Licensed under the MIT License"]), true);
  assert.equal(noticeLine(["SPDX-License-Identifier: GPL-2.0 or later"]), true);
});

test("noticeLine refuses: a bare name, a mark without a year or reservation, fewer than 4 words", () => {
  assert.equal(noticeLine(["Copyright"]), false);
  assert.equal(noticeLine(["License"]), false);
  assert.equal(noticeLine(["(c) 2019 Acme"]), false);
  assert.equal(noticeLine(["copyright holder of each file"]), false);
  assert.equal(noticeLine(["license type of each package"]), false);
  assert.equal(noticeLine(["name", "license", "copyright year", "url"]), false);
});

test("noticeLine refuses in the sniffer: a lone line that is no notice above a short table keeps the old reading", () => {
  const text = readFileSync(NAME, "utf8").replace(/^.*\n/, "Translation status of each catalogue\n");
  const d = sniffDialect(text, true);
  assert.equal(d.skipRows, 0);
  assert.equal(d.header, true);
});

test("noticeRows refuses: a headerless credits list with a copyright notice on every row keeps all its records", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/headerless-photo-credits-copyright-every-row.csv", "utf8"), true);
  assert.equal(d.delimiter, ";");
  assert.equal(d.skipRows, 0);
  assert.equal(d.header, false);
});

test("noticeRows: notices above rows that hold none, not above rows that hold notices too", () => {
  const table = [["a", "1"], ["b", "2"], ["c", "3"]];
  const notice = ["Copyright (c) 2019 Example Labs"];
  assert.deepEqual(noticeRows([notice, ...table]), [true, false, false, false]);
  assert.deepEqual(noticeRows([notice, ...table, ["d", "Copyright 2020 Acme Corp"]]), [false, false, false, false, false]);
  assert.deepEqual(noticeRows([notice, ["a", "1"]]), [false, false]);
});
