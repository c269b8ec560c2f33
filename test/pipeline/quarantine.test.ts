// The --clean / --rejects writer (src/pipeline/quarantine.ts): the QA repros of 2026-12-01 (items 2, 10, 16) on the built CLI.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { csvLine, rejectsCells, rejectsHeader } from "../../src/pipeline/quarantine.js";
import { runCli } from "../helpers/cli.js";

const tmp = mkdtempSync(join(tmpdir(), "ic-quarantine-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Runs the CLI on a fixture of fixtures/quarantine with --clean and --rejects; returns both files' text. */
function quarantine(fixture: string, extra: string[] = []): { clean: string; rejects: string; code: number } {
  const clean = join(tmp, `${++n}.clean.csv`);
  const rejects = join(tmp, `${n}.rejects.csv`);
  const r = runCli([`fixtures/quarantine/${fixture}`, "--clean", clean, "--rejects", rejects, "-q", "-f", "json", ...extra]);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  return { clean: readFileSync(clean, "utf8"), rejects: readFileSync(rejects, "utf8"), code: r.code };
}

/** Loads a CSV the way a DataFrame loader does: header row as names, every row the header's width (csv-parse throws otherwise). */
const load = (text: string): Record<string, string>[] => parse(text, { columns: true }) as Record<string, string>[];

describe("quarantine: --rejects keeps _line and _codes under their names (QA item 2)", () => {
  it("short rows are padded, long rows keep their extra cells in _extra: the file loads with every row the header's width", () => {
    const { rejects } = quarantine("ragged-short-and-long.csv");
    assert.deepEqual(load(rejects), [
      { a: "4", b: "5", c: "", _line: "3", _codes: "row-missing-cells", _extra: "", _cells: "2" },
      { a: "6", b: "7", c: "8", _line: "4", _codes: "row-extra-cells", _extra: "9", _cells: "4" },
    ]);
  });

  it("a short last line without a line break is padded too", () => {
    const { rejects } = quarantine("short-last-line-no-newline.csv");
    assert.deepEqual(load(rejects), [{ a: "3", b: "", c: "", _line: "3", _codes: "row-missing-cells", _extra: "", _cells: "1" }]);
  });

  it("extra cells holding the delimiter survive in _extra as CSV text, read back cell for cell", () => {
    const { rejects } = quarantine("long-row-quoted-extra-cells.csv");
    const rows = load(rejects);
    assert.equal(rows.length, 1);
    assert.deepEqual([rows[0].a, rows[0].b, rows[0]._line], ["3", "4", "3"]);
    assert.deepEqual(parse(rows[0]._extra), [["x,y", ""]]);
  });

  it("an input with its own _line and _codes columns gets __line and __codes, never the same name twice", () => {
    const { rejects } = quarantine("has-line-and-codes-columns.csv");
    const header = (parse(rejects) as string[][])[0];
    assert.deepEqual(header, ["_line", "_codes", "x", "__line", "__codes", "_extra", "_cells"]);
    assert.deepEqual(load(rejects), [{ _line: "1", _codes: "2", x: "", __line: "2", __codes: "row-missing-cells", _extra: "", _cells: "2" }]);
  });

  it("a short record ending in an empty cell and one without it stay apart: _cells gives each record back as it came (wqa10)", () => {
    const fixture = "short-rows-empty-last-cell-vs-missing.csv";
    const { rejects } = quarantine(fixture);
    const input = (parse(readFileSync(`fixtures/quarantine/${fixture}`, "utf8"), { relax_column_count: true }) as string[][]).slice(1);
    const rows = parse(rejects, { columns: true }) as Record<string, string>[];
    const back = rows.map((r) => {
      const own = [r.id, r.a, r.b, r.c].slice(0, Number(r._cells));
      return r._extra === "" ? own : [...own, ...(parse(r._extra) as string[][])[0]];
    });
    assert.deepEqual(back, input.filter((rec) => rec.length !== 4));
    assert.deepEqual(back.slice(0, 2), [["698876", "288161", ""], ["698876", "288161"]]);
  });

  it("rejectsHeader and rejectsCells: names made unique, cells padded or cut at the header's width", () => {
    assert.deepEqual(rejectsHeader(["_line", "__line", "_extra"]), ["_line", "__line", "_extra", "___line", "_codes", "__extra", "_cells"]);
    assert.deepEqual(rejectsCells(["1"], 3, 7, ["a", "b", "a"]), ["1", "", "", "7", "a b", "", "1"]);
    assert.deepEqual(rejectsCells(["1", "2", "3", "4", ""], 2, 9, ["x"]), ["1", "2", "9", "x", "3,4,", "5"]);
    assert.deepEqual(rejectsCells([], 2, 5, ["row-too-large"], true), ["", "", "5", "row-too-large", "", ""]);
  });
});

describe("quarantine: --clean writes the input's records as they were (QA items 10, 16)", () => {
  it("a one-column record that is one empty value is written as \"\", not a blank line that readers skip", () => {
    const { clean, code } = quarantine("one-column-explicit-empty.csv");
    assert.equal(code, 0);
    assert.equal(clean, 'name\nann\n""\nbob\n');
    assert.equal(csvLine([""]), '""\n');
    assert.equal(csvLine(["", ""]), ",\n", "two empty cells are already a non-blank line");
  });

  it("a headerless input gets no field1,field2 header in --clean; --rejects names the columns it adds", () => {
    const { clean, rejects } = quarantine("headerless-numbers.csv");
    assert.equal(clean, readFileSync("fixtures/quarantine/headerless-numbers.csv", "utf8"));
    assert.equal(rejects, "field1,field2,_line,_codes,_extra,_cells\n");
  });

  it("--no-header on a file with a header line: the line is a record of --clean, and no header is added", () => {
    const { clean } = quarantine("ragged-short-and-long.csv", ["--no-header", "--rule", "row-missing-cells=off", "--rule", "row-extra-cells=off"]);
    assert.equal(clean, readFileSync("fixtures/quarantine/ragged-short-and-long.csv", "utf8"));
  });
});

describe("quarantine: an input whose read fails leaves no partial --clean/--rejects (found beside QA item 1)", () => {
  it("a truncated .gz: exit 2, and --clean/--rejects keep their previous content instead of a prefix of the records", () => {
    // why 600,000 rows of pseudo-random numbers: the cut must come after the first MiB of text (the sniffing sample)
    let x = 1;
    const rows = Array.from({ length: 600_000 }, (_, i) => { x = (x * 48271) % 2147483647; return `${i},${x}\n`; }).join("");
    const gz = gzipSync("id,v\n" + rows);
    const input = join(tmp, "cut.csv.gz");
    writeFileSync(input, gz.subarray(0, Math.floor(gz.length * 0.9)));
    const clean = join(tmp, "cut.clean.csv");
    const rejects = join(tmp, "cut.rejects.csv");
    writeFileSync(clean, "previous clean\n");
    writeFileSync(rejects, "previous rejects\n");
    const r = runCli([input, "--clean", clean, "--rejects", rejects, "-q", "-f", "json"]);
    assert.equal(r.code, 2, r.stderr);
    const f = (JSON.parse(r.stdout) as { files: { rows: { total: number }; byCode: Record<string, number> }[] }).files[0];
    assert.equal(f.byCode["source-error"], 1);
    assert.ok(f.rows.total > 0, "records were read before the stream failed (else this test shows nothing)");
    assert.equal(readFileSync(clean, "utf8"), "previous clean\n");
    assert.equal(readFileSync(rejects, "utf8"), "previous rejects\n");
  });
});

describe("quarantine: the outputs get the header the rows were checked against (QA 2026-12-02)", () => {
  it("a header read as a record type (record-types): the clean file is the input, not its header line twice", () => {
    const input = readFileSync("fixtures/quarantine/record-types-header-narrower.csv", "utf8");
    const { clean, rejects } = quarantine("record-types-header-narrower.csv");
    assert.equal(clean, input);
    // the records are 3 cells wide, so the rejects file's columns are too
    assert.equal(rejects, "field1,field2,field3,_line,_codes,_extra,_cells\n");
  });
});
