// End-to-end tests of the BUILT command line: whole JSON reports against fixtures/expected, exit codes, formats, inputs and outputs.
//
// Regenerate the expected reports with `UPDATE_EXPECTED=1 node scripts/run-tests.mjs test/cli` (after `npm run build`),
// then review every changed file by hand against SPEC.md: the expected values must be right, not merely what the tool prints.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { check } from "../../src/index.js";
import type { Report } from "../../src/types.js";
import { assertReport, normalise, FIXTURES, ROOT } from "../helpers/report.js";
import { runCli } from "../helpers/cli.js";

const EXPECTED = join(FIXTURES, "expected");
const UPDATE = process.env.UPDATE_EXPECTED === "1";
const tmp = mkdtempSync(join(tmpdir(), "ic-e2e-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI with --format json and returns the checked report. */
function jsonRun(args: string[], stdin?: string) {
  const r = runCli([...args, "--format", "json"], { stdin });
  let report: Report;
  try { report = JSON.parse(r.stdout) as Report; } catch { assert.fail(`stdout is not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} ${r.stderr}`); }
  assertReport(report);
  assert.equal(report.ok, r.code === 0, "the report's ok is true exactly when the exit code is 0");
  return { ...r, report };
}

// name of the expected file → CLI arguments (paths relative to the repository root, so `source` is stable)
const CASES: Record<string, string[]> = {
  "clean": ["fixtures/clean.csv"],
  "ragged-rows": ["fixtures/ragged-rows.csv"],
  "quoted-newline": ["fixtures/quoted-newline.csv"],
  "crlf-and-lone-cr": ["fixtures/crlf-and-lone-cr.csv"],
  "quote-unclosed-mid-file": ["fixtures/quote-unclosed-mid-file.csv"],
  "quote-stray": ["fixtures/quote-stray.csv"],
  "blank-lines": ["fixtures/blank-lines.csv"],
  "header-blank-and-duplicate": ["fixtures/header-blank-and-duplicate.csv"],
  "nul-in-cell": ["fixtures/nul-in-cell.csv"],
  "empty-0-bytes": ["fixtures/empty-0-bytes.csv"],
  "gzipped": ["fixtures/gzipped.csv.gz"],
  "headerless-no-header": ["fixtures/headerless.csv", "--no-header"],
  "semicolon-delimiter": ["fixtures/semicolon.csv", "--delimiter", ";"],
  "missing-and-clean": ["fixtures/clean.csv", "fixtures/no-such-file.csv"],
  "iso-2022-jp-detected": ["fixtures/encoding/iso-2022-jp-city-names.csv"],
  "iso-2022-kr-unsupported": ["fixtures/encoding/iso-2022-kr-city-names.csv"],
};

describe("cli: whole JSON reports", () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(`${name}: ${args.join(" ")}`, () => {
      const { report } = jsonRun(args);
      const got = normalise(report);
      const file = join(EXPECTED, `${name}.json`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) assert.fail(`${file} is missing: run UPDATE_EXPECTED=1 node scripts/run-tests.mjs test/cli and review it`);
        writeFileSync(file, JSON.stringify(got, null, 2) + "\n");
      }
      assert.deepEqual(got, JSON.parse(readFileSync(file, "utf8")));
    });
  }
});

describe("cli: exit codes", () => {
  it("0 when no defect reaches --fail-on", () => {
    const r = jsonRun(["fixtures/clean.csv"]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, "");
  });

  it("1 on data errors", () => {
    assert.equal(jsonRun(["fixtures/ragged-rows.csv"]).code, 1);
  });

  it("2 on a missing input, with a one-line message naming the path; the other inputs are still validated", () => {
    const r = jsonRun(["fixtures/ragged-rows.csv", "fixtures/no-such-file.csv", "fixtures/clean.csv"]);
    assert.equal(r.code, 2);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^ingest-check: fixtures\/no-such-file\.csv: /);
    assert.deepEqual(r.report.files.map((f) => [f.source, f.rows.total, Object.keys(f.byCode)]), [
      ["fixtures/ragged-rows.csv", 5, ["row-missing-cells", "row-extra-cells"]],
      ["fixtures/no-such-file.csv", 0, ["source-error"]],
      ["fixtures/clean.csv", 3, []],
    ]);
  });

  it("2 on a source-error whatever --fail-on says", () => {
    assert.equal(jsonRun(["fixtures/no-such-file.csv", "--fail-on", "none"]).code, 2);
  });

  it("2 on a truncated .gz input, never a shorter success", () => {
    const path = join(tmp, "cut.csv.gz");
    const gz = readFileSync(join(FIXTURES, "gzipped.csv.gz"));
    writeFileSync(path, gz.subarray(0, gz.length - 12));
    const r = jsonRun([path]);
    assert.equal(r.code, 2);
    assert.equal(r.report.files[0].byCode["source-error"], 1);
    assert.match(r.stderr, /cut\.csv\.gz/);
  });

  for (const [what, args, pattern] of [
    ["a bad option value", ["--max-defects", "abc"], /--max-defects/],
    ["an unknown format", ["--format", "yaml"], /format/],
    ["an unknown option", ["--no-such-option"], /unknown option/],
    ["an unknown rule code", ["--rule", "no-such-code=off"], /no-such-code/],
    ["a bad rule level", ["--rule", "row-blank=fatal"], /code=level/],
  ] as const) {
    it(`2 on ${what}: one line on stderr, no stack trace, nothing on stdout`, () => {
      const r = runCli(["fixtures/clean.csv", ...args]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      const lines = r.stderr.trim().split("\n");
      assert.ok(lines.length <= 2, r.stderr);
      assert.match(lines[0], /^ingest-check: /);
      assert.match(r.stderr, pattern);
      assert.doesNotMatch(r.stderr, /^\s+at /m, "no stack trace");
    });
  }

  it("--fail-on warning makes warnings fail; --fail-on none passes errors", () => {
    const warnOnly = jsonRun(["fixtures/blank-lines.csv"]);
    assert.equal(warnOnly.code, 0, "row-blank is a warning");
    assert.equal(warnOnly.report.summary.warnings, 3);
    const failWarn = jsonRun(["fixtures/blank-lines.csv", "--fail-on", "warning"]);
    assert.equal(failWarn.code, 1);
    assert.equal(failWarn.report.run.failOn, "warning");
    const none = jsonRun(["fixtures/ragged-rows.csv", "--fail-on", "none"]);
    assert.equal(none.code, 0);
    assert.equal(none.report.summary.errors, 4, "counts are unchanged");
  });

  it("--rule code=off drops a code; --rule code=warning lowers it and leaves rows valid", () => {
    const off = jsonRun(["fixtures/blank-lines.csv", "--rule", "row-blank=off", "--fail-on", "warning"]);
    assert.equal(off.code, 0);
    assert.deepEqual(off.report.files[0].defects, []);
    assert.deepEqual(off.report.run.rules, { "row-blank": "off" });
    const warn = jsonRun(["fixtures/ragged-rows.csv", "--rule", "row-missing-cells=warning", "--rule", "row-extra-cells=warning"]);
    assert.equal(warn.code, 0);
    assert.deepEqual(warn.report.files[0].defects.map((d) => d.severity), ["warning", "warning", "warning", "warning"]);
    assert.deepEqual(warn.report.files[0].rows, { total: 5, valid: 5, invalid: 0 });
  });

  it("--max-defects caps the list, not the counts, and sets defectsTruncated", () => {
    const r = jsonRun(["fixtures/ragged-rows.csv", "--max-defects", "1"]);
    const f = r.report.files[0];
    assert.equal(r.code, 1);
    assert.deepEqual(f.defects.map((d) => [d.code, d.row]), [["row-missing-cells", 2]], "the first defect in input order is kept");
    assert.deepEqual(f.byCode, { "row-missing-cells": 2, "row-extra-cells": 2 });
    assert.equal(f.defectsTruncated, true);
    assert.deepEqual(f.rows, { total: 5, valid: 1, invalid: 4 });
    assert.equal(r.report.run.maxDefects, 1);
    // file-level defects are always kept
    const h = jsonRun(["fixtures/header-blank-and-duplicate.csv", "--max-defects", "0"]).report.files[0];
    assert.equal(h.defects.length, 3);
    assert.equal(h.defectsTruncated, false);
  });
});

describe("cli: formats and outputs", () => {
  it("--format ndjson: one defect per line, never capped, then one summary line", () => {
    const r = runCli(["fixtures/ragged-rows.csv", "--format", "ndjson", "--max-defects", "1"]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.type), ["defect", "defect", "defect", "defect", "summary"]);
    assert.deepEqual(lines.slice(0, 4).map((l) => [l.source, l.code, l.row, l.line, l.columnIndex]), [
      ["fixtures/ragged-rows.csv", "row-missing-cells", 2, 3, 3],
      ["fixtures/ragged-rows.csv", "row-extra-cells", 3, 4, 4],
      ["fixtures/ragged-rows.csv", "row-missing-cells", 4, 5, 2],
      ["fixtures/ragged-rows.csv", "row-extra-cells", 5, 6, 4],
    ]);
    const summary = lines[4];
    assert.equal(summary.ok, false);
    assert.deepEqual(summary.summary.byCode, { "row-missing-cells": 2, "row-extra-cells": 2 });
  });

  it("--report FILE writes the same JSON report as --format json prints", () => {
    const out = join(tmp, "report.json");
    const r = jsonRun(["fixtures/quoted-newline.csv", "--report", out]);
    assert.ok(existsSync(out));
    const written = JSON.parse(readFileSync(out, "utf8")) as Report;
    assertReport(written);
    assert.deepEqual(written, r.report);
  });

  it("reads standard input for -", () => {
    const r = jsonRun(["-"], readFileSync(join(FIXTURES, "ragged-rows.csv"), "utf8"));
    assert.equal(r.report.files[0].source, "-");
    assert.deepEqual(r.report.files[0].rows, { total: 5, valid: 1, invalid: 4 });
    assert.deepEqual(r.report.files[0].byCode, { "row-missing-cells": 2, "row-extra-cells": 2 });
  });

  it("a folder expands to its .csv/.tsv/.txt files in sorted path order; other files are ignored", () => {
    const r = jsonRun(["fixtures/folder"]);
    assert.deepEqual(r.report.files.map((f) => f.source), ["fixtures/folder/a.csv", "fixtures/folder/b.csv", "fixtures/folder/sub/c.csv"]);
    assert.deepEqual(r.report.files.map((f) => f.rows.total), [2, 1, 1]);
    assert.equal(r.code, 1, "a.csv has a missing cell");
  });

  it("a glob expands in sorted order", () => {
    const r = jsonRun(["fixtures/folder/*.csv"]);
    assert.deepEqual(r.report.files.map((f) => f.source), ["fixtures/folder/a.csv", "fixtures/folder/b.csv"]);
  });

  it("a glob or folder matching nothing is exit code 2", () => {
    assert.equal(runCli(["fixtures/folder/*.nothing"]).code, 2);
  });

  it("--encoding skips detection", () => {
    const r = jsonRun(["fixtures/encoding/latin1-no-bom.csv", "--encoding", "windows-1252"]);
    const enc = r.report.files[0].encoding!;
    assert.deepEqual([enc.name, enc.bom, enc.how], ["windows-1252", false, "forced"]);
    assert.deepEqual(r.report.files[0].byCode, {}, "no encoding-error when the right encoding is forced");
    const wrong = jsonRun(["fixtures/encoding/latin1-no-bom.csv", "--encoding", "utf-8"]);
    assert.ok((wrong.report.files[0].byCode["encoding-error"] ?? 0) > 0, "forcing UTF-8 on windows-1252 bytes gives encoding-error");
  });

  it("encoding-error tells a U+FFFD written in valid UTF-8 (a character lost upstream) from invalid bytes, exit 1 for both", () => {
    const written = jsonRun(["fixtures/encoding/utf8-replacement-character-written.csv"]);
    assert.equal(written.code, 1);
    assert.deepEqual(written.report.files[0].defects.map((d) => [d.code, d.row, d.line, d.byteOffset, d.column, d.message]), [
      ["encoding-error", 1, 2, 27, "surname", "surname holds a U+FFFD replacement character written in the file (a character was lost before this file was written; its bytes are valid utf-8)"],
      ["encoding-error", 3, 4, null, "surname", "surname holds a U+FFFD replacement character written in the file (a character was lost before this file was written; its bytes are valid utf-8)"],
    ]);
    const bad = jsonRun(["fixtures/encoding/utf8-three-bad-bytes.csv"]);
    assert.equal(bad.code, 1);
    const msgs = bad.report.files[0].defects.filter((d) => d.code === "encoding-error").map((d) => [d.line, d.message]);
    assert.deepEqual(msgs, [6, 7, 8].map((line) => [line, "note holds bytes that are not valid utf-8 (they may be windows-1252 text in a UTF-8 file)"]));
  });

  it("--encoding the bytes clearly contradict: read as told, one encoding-mismatch naming the page and the line, exit 1", () => {
    const r = jsonRun(["fixtures/encoding/czech-names-1250.csv", "--encoding", "windows-1252"]);
    const f = r.report.files[0];
    assert.equal(r.code, 1);
    assert.equal(f.encoding!.name, "windows-1252");
    assert.deepEqual(f.byCode, { "encoding-mismatch": 1 });
    const d = f.defects[0];
    assert.equal(d.line, 2);
    assert.match(d.message, /^the bytes read as windows-1250 \("Š\\x9dastný" \(windows-1252\) for "Šťastný" \(windows-1250\)\); the file was read as --encoding windows-1252 told$/);
    const warned = jsonRun(["fixtures/encoding/czech-names-1250.csv", "--encoding", "windows-1252", "--rule", "encoding-mismatch=warning"]);
    assert.equal(warned.code, 0, "--rule encoding-mismatch=warning keeps the forced reading green");
  });

  it("--encoding the bytes agree with stays quiet: windows-1252 on € ’ “ only, iso-8859-1 on Latin-1, any page on ASCII", () => {
    for (const [file, enc] of [["1252-only-euro-and-quotes.csv", "windows-1252"], ["latin1-no-bom.csv", "iso-8859-1"], ["ascii-only.csv", "windows-1250"]]) {
      const r = jsonRun([`fixtures/encoding/${file}`, "--encoding", enc]);
      assert.deepEqual([r.code, r.report.files[0].byCode], [0, {}], `${file} as ${enc}`);
    }
  });

  it("--clean and --rejects together hold every record exactly once; rejects carry _line and _codes", () => {
    const clean = join(tmp, "clean.csv");
    const rejects = join(tmp, "rejects.csv");
    const r = jsonRun(["fixtures/quote-unclosed-mid-file.csv", "--clean", clean, "--rejects", rejects]);
    const c = parse(readFileSync(clean, "utf8")) as string[][];
    const j = parse(readFileSync(rejects, "utf8"), { relax_column_count: true }) as string[][];
    assert.deepEqual(c, [["id", "name", "note"], ["1", "alice", "ok"], ["4", "dave", "also fine"]]);
    assert.deepEqual(j, [
      ["id", "name", "note", "_line", "_codes", "_extra", "_cells"],
      ["2", "bob", "never closed", "3", "quote-unclosed", "", "3"],
      ["3", "carol", "fine", "4", "row-extra-cells", "extra", "4"],
    ]);
    assert.equal(c.length - 1 + j.length - 1, r.report.files[0].rows.total);
  });

  it("--version prints the package version", () => {
    const r = runCli(["--version"]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("--help shows an example for each use: local, CI and cron", () => {
    const r = runCli(["--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Locally[^\n]*\n\s+\$ ingest-check /);
    assert.match(r.stdout, /CI[^\n]*\n\s+\$ ingest-check [^\n]*--format (github|junit)/);
    assert.match(r.stdout, /cron[^\n]*\n\s+\$ ingest-check [^\n]*--report /);
  });
});

describe("library and CLI agree", () => {
  for (const name of ["ragged-rows.csv", "quoted-newline.csv", "header-blank-and-duplicate.csv", "encoding/utf8-three-bad-bytes.csv"]) {
    it(`check() returns the CLI's --format json report for ${name}`, async () => {
      const source = `fixtures/${name}`;
      const cli = jsonRun([source]).report;
      const cwd = process.cwd();
      process.chdir(ROOT);
      try {
        const lib = await check([source]);
        assertReport(lib);
        assert.deepEqual(normalise(JSON.parse(JSON.stringify(lib))), normalise(cli));
      } finally {
        process.chdir(cwd);
      }
    });
  }
});
