// Inference: conservative types, detected missing values, never constraints; clean corpus files give no defects.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { INFER_CONFIDENCE, INFER_SAMPLE_ROWS } from "../../src/schema/index.js";
import { brief, check } from "../checks/harness.js";
import { runCli } from "../helpers/cli.js";
import { CORPUS, corpusSkip } from "../helpers/shared.js";

const types = (csv: string): string[] => check(csv, null).schema.descriptor.fields.map((f) => String(f.type));

describe("inferSchema", () => {
  it("documents its sample size and confidence", () => {
    assert.equal(INFER_SAMPLE_ROWS, 10_000);
    assert.equal(INFER_CONFIDENCE, 0.999);
  });
  it("infers integer, number, boolean, date, datetime, time and string", () => {
    assert.deepEqual(types("i,n,b,d,dt,t,s\n1,1.5,true,2023-01-05,2023-01-05T10:00:00Z,10:00:00,x\n-2,3,FALSE,2024-02-29,2023-01-05T10:00,23:59:59,y\n"),
      ["integer", "number", "boolean", "date", "datetime", "time", "string"]);
  });
  it("stays a string when unsure: leading zeros, non-ISO dates, yes/no, 1/0 is integer, a plus sign", () => {
    assert.deepEqual(types("zip,d,yn,flag,phone\n02134,2023-1-5,yes,1,+4420\n10001,2023-01-06,no,0,+4421\n"), ["string", "string", "string", "integer", "string"]);
  });
  it("a datetime written with a space for `T` (`2020-01-01 12:00:00`, `2020-01-01 12:00`) is a datetime with that format", () => {
    const r = check(readFileSync("fixtures/schema/datetimes-with-a-space.csv", "utf8"), null);
    assert.deepEqual(r.schema.descriptor.fields.slice(1, 3).map((f) => [f.type, f.format]), [["datetime", "%Y-%m-%d %H:%M:%S"], ["datetime", "%Y-%m-%d %H:%M"]]);
    assert.deepEqual(r.defects, []);
    // a day the month lacks, or two spellings mixed, keep the column text; past the sample a bad value is a type-error
    assert.deepEqual(types("t\n2020-02-30 10:00\n2020-01-01 10:00\n"), ["string"]);
    assert.deepEqual(types("t\n2020-01-01 10:00\n2020-01-01 10:00:00\n"), ["string"]);
    const rows = Array.from({ length: INFER_SAMPLE_ROWS + 20 }, (_, i) => `2020-01-01 ${String(i % 24).padStart(2, "0")}:00`);
    rows[INFER_SAMPLE_ROWS + 5] = "2020-13-01 10:00";
    assert.deepEqual(brief(check(`t\n${rows.join("\n")}\n`, null).defects).map((d) => [d[0], d[1]]), [["type-error", INFER_SAMPLE_ROWS + 6]]);
  });
  it("a number may end or start with its point (`4710.`, `0.`, `.975`): Fortran-style columns are numbers", () => {
    const aligned = check(readFileSync("fixtures/realworld-kinds/trailing-point-numbers.txt", "utf8"), null, { delimiter: " " });
    assert.deepEqual(aligned.schema.descriptor.fields.map((f) => f.type), ["number", "number", "number"]);
    assert.deepEqual(aligned.defects, []);
    assert.deepEqual(types("rate\n0.\n1\n0.25\n"), ["number"]);
    // a lone point is a null-like token, not a number; a section number with two points is text
    assert.deepEqual(types("v,s\n.,1.2.1\n3.,1.3\n4.,2.\n"), ["number", "string"]);
  });
  it("a `+` sign reads as a number in a signed column (a negative beside it) or with a fraction; `+digits` alone stays text", () => {
    const csv = readFileSync("fixtures/realworld-kinds/signed-offsets-and-declinations.csv", "utf8");
    assert.deepEqual(types(csv), ["string", "integer", "number", "number"]);
    assert.deepEqual(check(csv, null).defects, []);
    assert.deepEqual(types("phone,gain\n+4420,+1.5\n+4421,+2.25\n"), ["string", "number"]);
    // the sign is a number's only: a signed sexagesimal declination is text, not a time of day
    assert.deepEqual(types("dec\n+18:53:03.71\n-05:01:12.5\n"), ["string"]);
  });
  it("the built CLI reads trailing-point and signed columns as numbers, with no defect", () => {
    for (const f of ["trailing-point-numbers.txt", "signed-offsets-and-declinations.csv"]) {
      const r = runCli([join("fixtures/realworld-kinds", f), "--format", "json", "-q"]);
      assert.equal(r.code, 0, r.stdout);
      const types = JSON.parse(r.stdout).files[0].stats.map((s: { type: string }) => s.type);
      assert.ok(types.filter((t: string) => t === "number").length >= 2, `${f}: ${types.join(",")}`);
    }
  });
  it("numbers padded with spaces (`, 21.5`, right-aligned ` 492`) are numbers read with bareNumber: false; padded text stays text", () => {
    const csv = readFileSync("fixtures/realworld-kinds/padded-numbers-after-delimiter.csv", "utf8");
    const r = check(csv, null);
    assert.deepEqual(r.schema.descriptor.fields.map((f) => [f.type, f.bareNumber]),
      [["integer", undefined], ["number", false], ["number", false], ["integer", false], ["string", undefined]]);
    assert.deepEqual(r.defects, []);
    const tsv = check(readFileSync("fixtures/realworld-kinds/right-aligned-scores.tsv", "utf8"), null, { delimiter: "\t" });
    assert.deepEqual(tsv.schema.descriptor.fields.map((f) => f.type), ["string", "number", "number"]);
    // past the sample, padded text in a padded number column is still a type-error
    const rows = Array.from({ length: INFER_SAMPLE_ROWS + 20 }, (_, i) => `${i}, ${i * 2}.5`);
    rows[INFER_SAMPLE_ROWS + 5] = "1, abc";
    assert.deepEqual(brief(check(`a,b\n${rows.join("\n")}\n`, null).defects).map((d) => [d[0], d[1]]), [["type-error", INFER_SAMPLE_ROWS + 6]]);
    // a padded NaN, a cell of spaces alone or a padded date keep the column text (no reading would accept them)
    assert.deepEqual(types("a,b,c\n1, NaN,x\n2, 3.5,y\n"), ["integer", "string", "string"]);
    assert.deepEqual(types("a,b\n1,  \n2, 3.5\n"), ["integer", "string"]);
    assert.deepEqual(types("a,b\n1, 2023-01-05\n2, 2023-01-06\n"), ["integer", "string"]);
  });
  it("one hand-aligned value (`  4.987`) in a column of 1,200 plain numbers is a number too, read with bareNumber: false", () => {
    const r = check(readFileSync("fixtures/schema/number-column-one-hand-aligned-value.csv", "utf8"), null);
    assert.deepEqual(r.schema.descriptor.fields.map((f) => [f.type, f.bareNumber]),
      [["string", undefined], ["number", undefined], ["number", undefined], ["number", false], ["number", undefined]]);
    assert.deepEqual(r.defects, []);
    // a padded value that is no number once stripped is still a type-error in that column
    const rows = Array.from({ length: 1200 }, (_, i) => `${i},${i}.5`);
    rows[7] = "7, 7.5";
    rows[900] = "900, n/a";
    assert.deepEqual(brief(check(`a,b\n${rows.join("\n")}\n`, null).defects).map((d) => [d[0], d[1]]), [["type-error", 901]]);
  });
  it("one or two digit typos (`5.1O`, `1l.5`) among 20+ numbers keep the column a number; the typo is a type-error", () => {
    const txt = readFileSync("fixtures/realworld-kinds/digit-typo-among-numbers.txt", "utf8");
    const r = check(txt, null, { delimiter: " " });
    assert.deepEqual(r.schema.descriptor.fields.map((f) => f.type), ["number", "number", "number"]);
    assert.deepEqual(brief(r.defects), [["type-error", 18, "measured", 'measured is "5.1O", which is not a number']]);
    const col = (odd: string[], n = 25): string => `v\n${[...Array.from({ length: n - odd.length }, (_, i) => String(i + 1)), ...odd].join("\n")}\n`;
    assert.deepEqual(types(col(["1O", "2l"])), ["integer"]);
    // any other letter, three odd cells, or a short column: text, as before
    assert.deepEqual(types(col(["12a"])), ["string"]);
    assert.deepEqual(types(col(["1O", "2l", "3O"])), ["string"]);
    assert.deepEqual(types(col(["1O"], 10)), ["string"]);
    assert.deepEqual(types(col(["IO"])), ["string"]);
  });
  it("a few whole numbers written with a stray leading zero (`07` among `5`, `9`, `12`) keep an integer column; fixed-width codes stay text", () => {
    const tsv = readFileSync("fixtures/realworld-kinds/stray-leading-zero-counts.tsv", "utf8");
    const r = check(tsv, null, { delimiter: "\t" });
    assert.deepEqual(r.schema.descriptor.fields.map((f) => f.type), ["string", "integer", "integer", "string"]);
    assert.deepEqual(r.defects, []);
    const col = (odd: string[], n = 25): string => `v\n${[...Array.from({ length: n - odd.length }, (_, i) => String(i + 1)), ...odd].join("\n")}\n`;
    assert.deepEqual(types(col(["09"])), ["integer"]);
    // three strays in a small column, a short column, a zero-led value no shorter value stands beside, or text: as before
    assert.deepEqual(types(col(["07", "08", "09"])), ["string"]);
    assert.deepEqual(types(col(["09"], 10)), ["string"]);
    assert.deepEqual(types(`zip\n${[...Array.from({ length: 24 }, (_, i) => String(10001 + i * 37)), "02134"].join("\n")}\n`), ["string"]);
    assert.deepEqual(types(col(["09", "x"])), ["string"]);
  });
  it("`N/K` (not known) is a null-like token: a column of numbers that uses it is a number column with it as a missing value", () => {
    const r = check(readFileSync("fixtures/realworld-kinds/not-known-counts.csv", "utf8"), null);
    assert.deepEqual(r.schema.descriptor.fields.map((f) => f.type), ["string", "string", "integer", "number"]);
    assert.deepEqual(r.schema.descriptor.missingValues, ["", "N/K"]);
    assert.deepEqual(r.defects, []);
    // once in 2000 integers it is ambiguous, as N/A is
    const rows = Array.from({ length: 2000 }, (_, i) => String(i));
    rows[7] = "N/K";
    assert.deepEqual(brief(check(`n\n${rows.join("\n")}\n`, null).defects).map((d) => d[0]), ["ambiguous-null"]);
  });
  it("the built CLI reads padded numbers, stray leading zeros and N/K with no defect and flags a digit typo (exit 1)", () => {
    const ok = runCli([join("fixtures/realworld-kinds", "padded-numbers-after-delimiter.csv"), "--format", "json", "-q"]);
    assert.equal(ok.code, 0, ok.stdout);
    assert.deepEqual(JSON.parse(ok.stdout).files[0].stats.map((s: { type: string }) => s.type), ["integer", "number", "number", "integer", "string"]);
    for (const [file, want] of [["stray-leading-zero-counts.tsv", ["string", "integer", "integer", "string"]], ["not-known-counts.csv", ["string", "string", "integer", "number"]]] as const) {
      const res = runCli([join("fixtures/realworld-kinds", file), "--format", "json", "-q"]);
      assert.equal(res.code, 0, res.stdout);
      assert.deepEqual(JSON.parse(res.stdout).files[0].stats.map((s: { type: string }) => s.type), want);
    }
    const typo = runCli([join("fixtures/realworld-kinds", "digit-typo-among-numbers.txt"), "--format", "json", "-q"]);
    assert.equal(typo.code, 1, typo.stdout);
    assert.deepEqual(JSON.parse(typo.stdout).files[0].defects.map((d: { code: string; line: number }) => [d.code, d.line]), [["type-error", 19]]);
  });
  it("a column that is 99.9 % integers is integer; its odd value is a type-error, N/A an ambiguous-null", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => String(i));
    rows[500] = "abc";
    rows[900] = "N/A";
    const r = check(`n\n${rows.join("\n")}\n`, null);
    assert.equal(r.schema.descriptor.fields[0].type, "integer");
    assert.deepEqual(brief(r.defects), [
      ["type-error", 501, "n", 'n is "abc", which is not a number'],
      ["ambiguous-null", 901, "n", 'n is "N/A", which looks like a missing value but is not declared as one for this field'],
    ]);
  });
  it("a decimal among whole numbers makes a number column, in the sample or past it; text there is still a type-error", () => {
    const r = check(readFileSync("fixtures/realworld-kinds/decimal-among-whole-numbers.csv", "utf8"), null);
    assert.deepEqual(types(readFileSync("fixtures/realworld-kinds/decimal-among-whole-numbers.csv", "utf8")), ["string", "number", "number"]);
    assert.deepEqual(r.defects, []);
    // past the sample: the column is inferred integer from 10 000 whole numbers, then takes "32.2" as a value, not "abc"
    const rows = Array.from({ length: INFER_SAMPLE_ROWS + 50 }, (_, i) => String(i * 3));
    rows[INFER_SAMPLE_ROWS + 10] = "32.2";
    rows[INFER_SAMPLE_ROWS + 20] = "abc";
    const sampled = check(`volume\n${rows.slice(0, INFER_SAMPLE_ROWS).join("\n")}\n`, null).schema;
    const late = check(`volume\n${rows.join("\n")}\n`, sampled);
    // the schema written out says what the check accepted (number); the stats say what the sample showed
    assert.equal(late.schema.descriptor.fields[0].type, "number");
    assert.equal(late.stats[0].type, "integer");
    // whole numbers only past the sample: the schema stays integer
    const whole = check(`volume\n${rows.slice(0, INFER_SAMPLE_ROWS + 5).join("\n")}\n`, check(`volume\n${rows.slice(0, INFER_SAMPLE_ROWS).join("\n")}\n`, null).schema);
    assert.equal(whole.schema.descriptor.fields[0].type, "integer");
    assert.deepEqual(brief(late.defects), [["type-error", INFER_SAMPLE_ROWS + 21, "volume", 'volume is "abc", which is not a number']]);
  });
  it("the built CLI: a decimal past the sample of whole numbers is no error, text is one (exit 1)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ic-infer-"));
    try {
      const rows = Array.from({ length: INFER_SAMPLE_ROWS + 50 }, (_, i) => `S${i},${i * 7}`);
      rows[INFER_SAMPLE_ROWS + 10] = "late,32.2";
      writeFileSync(join(dir, "volumes.csv"), `symbol,volume\n${rows.join("\n")}\n`);
      const ok = runCli([join(dir, "volumes.csv"), "--format", "json", "-q"]);
      assert.equal(ok.code, 0, ok.stdout);
      // `infer` prints the type the check accepted: a schema saved from it does not flag the late decimal
      const inferred = runCli(["infer", join(dir, "volumes.csv")]);
      assert.equal(inferred.code, 0, inferred.stderr);
      assert.deepEqual(JSON.parse(inferred.stdout).fields.map((f: { type: string }) => f.type), ["string", "number"]);
      writeFileSync(join(dir, "volumes.schema.json"), inferred.stdout);
      const withSchema = runCli([join(dir, "volumes.csv"), "--schema", join(dir, "volumes.schema.json"), "--format", "json", "-q"]);
      assert.equal(withSchema.code, 0, withSchema.stdout);
      rows[INFER_SAMPLE_ROWS + 20] = "text,12 units";
      writeFileSync(join(dir, "volumes.csv"), `symbol,volume\n${rows.join("\n")}\n`);
      const bad = runCli([join(dir, "volumes.csv"), "--format", "json", "-q"]);
      assert.equal(bad.code, 1);
      const f = JSON.parse(bad.stdout).files[0];
      assert.deepEqual(f.defects.map((d: { code: string; line: number }) => [d.code, d.line]), [["type-error", INFER_SAMPLE_ROWS + 22]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("a null-like token used often is declared a missing value of that column", () => {
    const r = check("n,s\n1,a\n-,-\n3,c\n", null);
    assert.deepEqual(r.schema.descriptor, { fields: [{ name: "n", type: "integer", missingValues: ["", "-"] }, { name: "s", type: "string", missingValues: ["", "-"] }], missingValues: [""] });
    assert.deepEqual(r.defects, []);
  });
  it("the file's own missing marker (R's NA) is learned file-wide and named in the schema's missingValues", () => {
    const text = readFileSync("fixtures/realworld-kinds/na-token-r-export.csv", "utf8");
    const r = check(text, null);
    assert.deepEqual(r.schema.descriptor.missingValues, ["", "NA"]);
    assert.equal(r.schema.descriptor.fields[2].type, "number");
    assert.deepEqual(r.defects.filter((d) => d.code === "ambiguous-null"), []);
  });
  it("R's NA is learned however rare; a rare N/A is not", () => {
    const rows = Array.from({ length: 500 }, (_, i) => String(i));
    rows[250] = "NA";
    assert.deepEqual(check(`n\n${rows.join("\n")}\n`, null).defects, []);
    rows[250] = "N/A";
    assert.deepEqual(check(`n\n${rows.join("\n")}\n`, null).defects.map((d) => d.code), ["ambiguous-null"]);
  });
  it("R's NA or a dump's \\N first seen past the sample is missing when the sample held no null-like word; N/A there stays ambiguous", () => {
    const rows = Array.from({ length: INFER_SAMPLE_ROWS + 40 }, (_, i) => `${i},${i / 4}`);
    const sampled = check(`n,x\n${rows.slice(0, INFER_SAMPLE_ROWS).join("\n")}\n`, null).schema;
    for (let i = INFER_SAMPLE_ROWS; i < INFER_SAMPLE_ROWS + 30; i++) rows[i] = i % 2 ? `${i},NA` : `\\N,${i}`;
    rows[INFER_SAMPLE_ROWS + 35] = `${INFER_SAMPLE_ROWS + 35},N/A`;
    const late = check(`n,x\n${rows.join("\n")}\n`, sampled);
    assert.deepEqual(late.schema.descriptor.missingValues, [""]);
    assert.deepEqual(brief(late.defects).map(([code, row]) => [code, row]), [["ambiguous-null", INFER_SAMPLE_ROWS + 36], ["null-mixed", null]]);
    // a sample that shows another spelling keeps NA strict past it
    rows[5] = "5,NULL";
    rows[6] = "6,NULL";
    const strict = check(`n,x\n${rows.join("\n")}\n`, check(`n,x\n${rows.slice(0, INFER_SAMPLE_ROWS).join("\n")}\n`, null).schema);
    assert.equal(strict.defects.filter((d) => d.code === "ambiguous-null" && d.value === "NA").length, 15);
  });
  it("NaN next to NA does not stop NA being learned (NaN is a number's value, not a missing spelling)", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i % 40 === 3 ? "NA" : i / 7},${i % 20 === 0 ? "NA" : `w${i}`}`);
    rows[11] = "NaN,w11";
    const r = check(`x,s\n${rows.join("\n")}\n`, null);
    assert.deepEqual(r.schema.descriptor.missingValues, ["", "NA"]);
    assert.equal(r.defects.some((d) => d.code === "ambiguous-null"), false);
  });
  it("NaN standing in a column of whole numbers is the file's missing marker, in its number columns too", () => {
    const r = check(readFileSync("fixtures/realworld-kinds/nan-marker-in-integer-column.csv", "utf8"), null);
    assert.deepEqual(r.schema.descriptor.missingValues, ["", "NaN"]);
    assert.equal(r.schema.descriptor.fields[3].type, "integer");
    assert.deepEqual(r.defects, []);
  });
  it("NaN only among decimals stays a number's value (non-finite), no marker learned", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i / 4},${i}`);
    rows[9] = "NaN,9";
    const r = check(`x,n\n${rows.join("\n")}\n`, null);
    assert.deepEqual(r.schema.descriptor.missingValues, [""]);
    assert.deepEqual(r.defects.map((d) => d.code), ["non-finite"]);
  });
  it("NA among two-letter country codes is a code (Namibia), not the file's missing marker", () => {
    const r = check(readFileSync("fixtures/realworld-kinds/country-codes-with-na.tsv", "utf8"), null);
    assert.deepEqual(r.schema.descriptor.missingValues, [""]);
    // the same column in an R export with NA among numbers is still the marker
    const rows = Array.from({ length: 300 }, (_, i) => `${i === 40 ? "NA" : i * 3},w${i}`);
    assert.deepEqual(check(`n,s\n${rows.join("\n")}\n`, null).schema.descriptor.missingValues, ["", "NA"]);
  });
  it("two null-like spellings in one file stay ambiguous: no marker is learned", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i},${i % 50 === 0 ? "NA" : `w${i}`}`);
    rows[7] = "NULL,w7";
    const r = check(`n,s\n${rows.join("\n")}\n`, null);
    assert.deepEqual(r.schema.descriptor.missingValues, [""]);
    assert.deepEqual(r.defects.map((d) => d.code), ["ambiguous-null"]);
  });
  it("never flags null-like tokens in inferred string columns, never adds constraints", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `w${i}`);
    rows[3] = "NULL";
    const r = check(`s\n${rows.join("\n")}\n`, null);
    assert.deepEqual(r.defects, []);
    assert.deepEqual(Object.keys(r.schema.descriptor.fields[0]).sort(), ["name", "type"]);
    assert.equal(r.schema.inferred, true);
  });
  it("blank and repeated header names get unique descriptor names; binding is by position", () => {
    const r = check("a,,a\n1,x,y\n", null);
    assert.deepEqual(r.schema.descriptor.fields.map((f) => f.name), ["a", "field2", "a_3"]);
    assert.deepEqual(r.stats.map((s) => [s.name, s.index, s.type]), [["a", 1, "integer"], ["", 2, "string"], ["a", 3, "string"]]);
  });

  // The clean files of the shared corpus and of fixtures/ (UTF-8 ones; the others need the encoding stage).
  const roots = [join(CORPUS, "csv-spectrum/csvs"), "fixtures"];
  // fixtures that hold defects on purpose (by name); every other CSV there is meant to be clean
  const intentional = /hints\/|defect|bad|blank|empty|nul-|quote-stray|quote-unclosed|ragged|header-|binary|png|tail|schema\/events/;
  it("finds the clean files of the shared corpus", { skip: corpusSkip("csv-spectrum/csvs") }, () => {
    assert.ok(readdirSync(roots[0]).some((f) => f.endsWith(".csv")));
  });
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const rel of readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith(".csv")).sort()) {
      const path = join(root, rel);
      if (intentional.test(path)) continue;
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, "");
      } catch {
        continue;
      }
      it(`gives no defects on clean ${path}`, () => {
        assert.deepEqual(check(text, null).defects, []);
      });
    }
  }
});
