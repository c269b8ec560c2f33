// codesThenNames and the maxFields reading: codes of varying length, then names holding spaces, read as two columns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codesThenNames } from "../../src/dialect/codes-then-names.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { tokenize } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import type { Report } from "../../src/types.js";

const PROVINCES = "fixtures/dialect/province-codes-of-varying-length-then-names-with-spaces.txt";
const INDUSTRIES = "fixtures/dialect/industry-codes-then-names-under-code-name-header.txt";

test("codesThenNames: province codes of 2 and 3 letters, then names of 1 to 3 words, read as a code and the rest", () => {
  const r = runCli([PROVINCES, "--format", "json"]);
  const report: unknown = JSON.parse(r.stdout);
  // why the whole report: dialect.maxFields and the trailer-skipped defect are report fields the schema must admit
  assertReport(report);
  const f = report.files[0];
  assert.equal(f.dialect!.delimiter, " ");
  assert.equal(f.dialect!.maxFields, 2);
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 14);
  assert.deepEqual(f.defects.map((d) => d.code), []);
  assert.equal(r.code, 0);
  const out = join(mkdtempSync(join(tmpdir(), "codes-")), "clean.csv");
  runCli([PROVINCES, "--clean", out, "--quiet"]);
  const clean = readFileSync(out, "utf8").split("\n");
  assert.ok(clean.includes("NWT,Northwest Territories") && clean.includes("PE,Prince Edward Island"), clean.join("|"));
});

test("codesThenNames: a given schema of three fields outranks the reading (no joining; its short rows stay loud)", () => {
  const text = readFileSync(PROVINCES, "utf8");
  assert.equal(sniffDialect(text, true, { fields: 2 }).maxFields, 2);
  assert.equal(sniffDialect(text, true, { fields: 3 }).maxFields, undefined);
  const dir = mkdtempSync(join(tmpdir(), "codes-"));
  const schema = join(dir, "three.json");
  writeFileSync(schema, JSON.stringify({ fields: ["code", "name", "more"].map((name) => ({ name, type: "string" })) }));
  const f = (JSON.parse(runCli([PROVINCES, "--schema", schema, "--no-header", "--format", "json"]).stdout) as Report).files[0];
  assert.equal(f.dialect!.maxFields, undefined);
  assert.ok(f.errors > 0);
});

test("codesThenNames: a `code name` header names the two columns; each name keeps its spaces", () => {
  const text = readFileSync(INDUSTRIES, "utf8");
  const d = sniffDialect(text, true);
  assert.equal(d.maxFields, 2);
  assert.equal(d.header, true);
  const recs = tokenize(text, { delimiter: d.delimiter, quote: d.quote, escape: d.escape, maxFields: d.maxFields });
  assert.deepEqual(recs.map((r) => r.cells), [["code", "name"], ["0101", "Dairy cattle farming"], ["0102", "Beef cattle farming"],
    ["0103", "Sheep"], ["01131", "Cotton growing and ginning"], ["0112", "Rice"], ["0111", "Grain growing"]]);
});

test("codesThenNames: near misses keep the split at every space (a table, or a ragged one that stays loud)", () => {
  const codes = ["AB", "BC", "MB", "NWT", "ON", "PE"];
  const list = (rest: string[]) => codes.map((c, i) => `${c} ${rest[i]}`).join("\n");
  assert.equal(codesThenNames(list(["Alberta", "British Columbia", "Manitoba", "Northwest Territories", "Ontario", "Prince Edward Island"])), true);
  // one width on every line: a table the split reads right
  assert.equal(codesThenNames(list(["Big Red", "Small Blue", "Big Green", "Tall Red", "Small Red", "Big Blue"])), false);
  // lower-case values after the code: columns of words, one missing
  assert.equal(codesThenNames(list(["red big", "blue", "green small", "red tall", "blue big", "red"])), false);
  // a last number: a value column after names
  assert.equal(codesThenNames(list(["Alberta 4", "British Columbia 5", "Manitoba 1", "Northwest Territories 0", "Ontario 14", "Prince Edward Island 0"])), false);
  // a first word that recurs: log levels, not codes
  assert.equal(codesThenNames(["INFO Starting up", "WARN Disk low", "INFO Ready", "ERROR Lost it all", "INFO Bye", "WARN Late"].join("\n")), false);
  // a header of three names: a table of three columns
  assert.equal(codesThenNames("code name status\n" + list(["Alberta", "British Columbia", "Manitoba", "Northwest Territories", "Ontario", "Prince Edward Island"])), false);
  // too few lines
  assert.equal(codesThenNames(list(["Alberta", "British Columbia", "Manitoba", "Northwest Territories", "Ontario", "Prince Edward Island"]).split("\n").slice(0, 4).join("\n")), false);
  // three columns with a capitalised last one, one row short; a value column of yes/no; a header in capitals (wqa18b)
  const cities = ["P1 Paris France", "L2 London England", "NY3 New York USA", "B4 Berlin", "M5 Madrid Spain", "R6 Rome Italy", "T7 Tokyo Japan"];
  assert.equal(codesThenNames(cities.join("\n")), false);
  const varied = ["P1 Paris France", "NY3 New York Usa", "B4 Berlin", "SP5 Sao Paulo Brazil", "BA6 Buenos Aires Argentina", "M7 Mexico City Mexico", "L8 Lima Peru"];
  assert.equal(codesThenNames(varied.join("\n")), false);
  assert.equal(codesThenNames(["ID CITY COUNTRY", ...cities.slice(0, 6)].join("\n")), false);
  assert.equal(codesThenNames(list(["Alberta yes", "British Columbia no", "Manitoba", "Northwest Territories yes", "Ontario no", "Prince Edward Island yes"])), false);
  const ragged = sniffDialect(list(["Big Red", "Small Blue Sky", "Big Green", "Tall Red", "Small Red", "Big"]) + "\n", true);
  assert.equal(ragged.maxFields, undefined);
});

test("parser maxFields: a one-line unquoted record keeps its text after the first delimiter whole; quoted and short ones are as read", () => {
  const text = 'NWT Northwest  Territories \nAB\n"PE" Prince Edward Island\n';
  for (const sizes of [[], [3, 5]]) {
    const recs = tokenize(text, { delimiter: " ", quote: null, maxFields: 2 }, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["NWT", "Northwest  Territories "], ["AB"], ["PE", "Prince", "Edward", "Island"]]);
  }
});
