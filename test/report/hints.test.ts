// hintsFor: each common reading mistake gives one hint naming the option to try, and a file read right gives none.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { check, hintsFor, type FileReport } from "../../src/index.js";
import { quoteChar } from "../../src/report/hints.js";
import { assertReport } from "../helpers/report.js";

async function fileOf(path: string, options: Parameters<typeof check>[1] = {}): Promise<FileReport> {
  const report = await check([path], { jobs: 1, ...options });
  assertReport(report);
  return report.files[0];
}

const kinds = (f: FileReport) => hintsFor(f).map((h) => [h.kind, h.option]);

describe("hintsFor", () => {
  // why past line 2000: comment lines within the dialect sniffer's first 2,000 lines are found and skipped by it
  it("comment lines: short records starting with # suggest --comment '#'", async () => {
    const f = await fileOf("fixtures/hints/comment-lines-hash-after-line-2000.csv");
    assert.deepEqual(kinds(f), [["comment-lines", "--comment '#'"]]);
    assert.match(hintsFor(f)[0].message, /^3 short records start with "#"/);
  });

  it("comment lines: the option it names makes the hint go away", async () => {
    assert.deepEqual(kinds(await fileOf("fixtures/hints/comment-lines-hash-after-line-2000.csv", { comment: "#" })), []);
  });

  it("a title line above the header suggests --skip-rows with the number of lines to skip", async () => {
    const f = await fileOf("fixtures/hints/title-line-before-header.csv");
    assert.deepEqual(kinds(f), [["title-line", "--skip-rows 1"]]);
    assert.deepEqual(kinds(await fileOf("fixtures/hints/title-line-before-header.csv", { skipRows: 1 })), []);
  });

  it("two title lines: --skip-rows 2", async () => {
    const f = await fileOf("fixtures/hints/title-line-before-header.csv");
    // the same file with a second one-cell title line: the first failing record is on line 3
    const shifted = { ...f, defects: f.defects.map((d) => ({ ...d, row: d.row! + 1, line: d.line! + 1 })), rows: { ...f.rows, total: f.rows.total + 1, valid: f.rows.valid + 1 } };
    assert.deepEqual(kinds(shifted), [["title-line", "--skip-rows 2"]]);
  });

  it("an uncertain encoding suggests every rival the warning names, closest first", async () => {
    const f = await fileOf("fixtures/hints/short-spanish-1252-close-to-1250.csv");
    const warning = f.defects.find((d) => d.code === "encoding-uncertain");
    // (every page of "…; windows-1250 or iso-8859-4 was close", the closest first)
    const rivals = /; (\S+(?: or \S+)*) was close/.exec(warning?.message ?? "")?.[1].split(" or ") ?? [];
    assert.ok(rivals.length > 1 && !rivals.includes(f.encoding!.name), `the warning names rivals: ${warning?.message}`);
    const want = `--encoding ${rivals[0]} (or ${rivals.slice(1).map((r) => `--encoding ${r}`).join(", ")}).`;
    assert.ok(hintsFor(f)[0].message.endsWith(want), hintsFor(f)[0].message);
  });

  it("an uncertain encoding suggests --encoding", async () => {
    const f = await fileOf("fixtures/encoding/utf8-then-1252-tail.csv");
    assert.deepEqual(kinds(f), [["encoding", "--encoding"]]);
    assert.match(hintsFor(f)[0].message, /--encoding windows-1252/);
  });

  it("an uncertain dialect suggests --delimiter and --quote", async () => {
    const f = await fileOf("fixtures/ambiguous-pipe-or-semicolon.csv");
    assert.deepEqual(kinds(f), [["dialect", "--delimiter"]]);
    assert.match(hintsFor(f)[0].message, /--delimiter \(and --quote\)/);
  });

  it("more than half the rows failing the same structural check: the reading is probably wrong", async () => {
    const f = await fileOf("fixtures/hints/most-rows-extra-cells.csv");
    assert.deepEqual(kinds(f), [["structure", "--delimiter"]]);
    assert.match(hintsFor(f)[0].message, /^most rows fail row-extra-cells: .*delimiter ",".*Try --delimiter/);
  });

  it("half the rows or fewer: no structural hint (never cry wolf)", async () => {
    const f = await fileOf("fixtures/hints/most-rows-extra-cells.csv");
    const half = { ...f, rows: { ...f.rows, total: 6 }, byCode: { "row-extra-cells": 3 } };
    assert.deepEqual(kinds(half), []);
  });

  it("most rows failing on quotes suggests --quote", () => {
    const f: FileReport = {
      source: "x.csv", bytes: 1, sha256: null, encoding: null, columns: ["a", "b"], durationMs: 0,
      dialect: { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, how: "sniffed" },
      rows: { total: 3, valid: 1, invalid: 2 }, byCode: { "quote-stray": 2 }, errors: 2, warnings: 0, defects: [], defectsTruncated: true,
    };
    assert.deepEqual(kinds(f), [["structure", "--quote"]]);
    assert.match(hintsFor(f)[0].message, /quote '"'/);
  });

  it("files read as expected get no hint, defects or not", async () => {
    assert.deepEqual(kinds(await fileOf("fixtures/clean.csv")), []);
    assert.deepEqual(kinds(await fileOf("fixtures/people-defects.csv", { schema: "fixtures/people.schema.json" })), []);
    assert.deepEqual(kinds(await fileOf("fixtures/ragged-rows.csv")), []);
  });
});

describe("quoteChar", () => {
  it("sets a single character apart, and names the invisible ones", () => {
    assert.deepEqual([",", ";", "\t", " ", '"', "'", "|"].map(quoteChar), ['","', '";"', "tab", "space", `'"'`, `"'"`, '"|"']);
  });
});
