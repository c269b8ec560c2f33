// Comment sniffing (dialect/comment.ts): `#`/`;` lines that do not fit the table are comments; a header starting with `#` stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { sniffComment, lineWidth } from "../../src/dialect/comment.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const rel = (name: string): string => join("fixtures", "dialect", name);
const fixture = (name: string): string => readFileSync(join(here, "..", "..", rel(name)), "utf8");
const sniff = (name: string, comment?: string) => sniffDialect(fixture(name), true, comment === undefined ? {} : { comment });

test("a ';' block above headerless numbers is sniffed as comments, and the data has no header", () => {
  const d = sniff("comment-block-before-headerless-data.csv");
  assert.equal(d.comment, ";");
  assert.equal(d.delimiter, ",");
  assert.equal(d.header, false);
});

test("'#' lines under the header (one of them between records) are comments; the header stays", () => {
  const d = sniff("comment-lines-after-header.csv");
  assert.equal(d.comment, "#");
  assert.equal(d.header, true);
  assert.equal(d.skipRows, 0);
});

test("a '#' note above a header that starts with '#' is skipped as a block, so the header is kept", () => {
  const d = sniff("comment-block-above-hash-header.tsv");
  assert.equal(d.comment, null);
  assert.equal(d.skipRows, 1);
  assert.equal(d.header, true);
  assert.equal(d.delimiter, "\t");
});

test("a '#' block above ragged tab rows (3 cells, 4 when a note follows) is sniffed as comments", () => {
  const d = sniff("comment-block-above-ragged-tab-rows.tab");
  assert.equal(d.comment, "#");
  assert.equal(d.delimiter, "\t");
});

test("'#' lines are not guessed as comments when the table's own rows vary from one cell up", () => {
  const lines = ["# a", "# b", "x", "y\tz", "w", "v\tu\tt"];
  assert.equal(sniffComment(lines, () => ({ delimiter: "\t", quote: "", escape: "" })).comment, null);
});

test("a header whose first name starts with '#' is no comment", () => {
  const d = sniff("hash-starts-first-header-name.csv");
  assert.equal(d.comment, null);
  assert.equal(d.skipRows, 0);
  assert.equal(d.header, true);
});

test("--comment '' turns sniffing off; a forced comment character wins", () => {
  assert.equal(sniff("comment-lines-after-header.csv", "").comment, null);
  assert.equal(sniff("comment-block-before-headerless-data.csv", "#").comment, "#");
});

test("sniffComment ignores lines that fit a ragged-free table and candidates equal to the delimiter", () => {
  const csv = { delimiter: ",", quote: '"', escape: "" };
  // every ';'-line has the table's width: rows with a blank first cell of a ';' file, not comments
  assert.deepEqual(sniffComment(["a;b;c", ";2;3", "4;5;6", ";8;9"], () => ({ delimiter: ";", quote: "", escape: "" })), { comment: null, skipRows: 0 });
  assert.deepEqual(sniffComment(["# note", "a,b", "1,2", "3,4"], () => csv), { comment: "#", skipRows: 0 });
  assert.equal(lineWidth('"x,y",z', csv), 2);
  assert.equal(lineWidth("  1   2  3 ", { delimiter: " ", quote: "", escape: "" }), 3);
});

test("the CLI reports the sniffed comment character and reads no comment line as a record", () => {
  const r = runCli([rel("comment-lines-after-header.csv"), "--format", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(r.code, 0, r.stdout);
  assert.equal(report.files[0].dialect?.comment, "#");
  assert.equal(report.files[0].rows.total, 4);
  assert.equal(report.files[0].errors, 0);
  // --comment '' reads the '#' lines as (short) records; three characters are refused with exit 2
  const off = JSON.parse(runCli([rel("comment-lines-after-header.csv"), "--comment", "", "--format", "json"]).stdout) as Report;
  assert.equal(off.files[0].dialect?.comment, undefined);
  assert.equal(off.files[0].rows.total, 8);
  assert.equal(runCli([rel("comment-lines-after-header.csv"), "--comment", "abc"]).code, 2);
});

test("trailing '<TAB># note' comments (holding commas) are sniffed as inline comments and dropped from the rows", () => {
  const d = sniff("inline-comments-after-tabs.csv");
  assert.equal(d.comment, "#");
  assert.equal(d.inlineComment, true);
  const r = runCli([rel("inline-comments-after-tabs.csv"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect?.inlineComment, true);
  assert.equal(f.rows.total, 5);
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
  // whole-line comments only: no inline comments
  assert.equal(sniff("comment-lines-after-header.csv").inlineComment, undefined);
});

test("with a forced quote other than '\"', lines are joined into records by that quote: a '#' row of the table's width is data", () => {
  const rel = join("fixtures", "dialect", "hash-row-inside-forced-quote-records.csv");
  // three records of one quoted line break each, then `#||`: by `"` the lines would look ragged and `#||` a comment
  const r = runCli([rel, "--no-header", "--delimiter", "|", "--quote", "'", "-q", "-f", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect?.comment, undefined);
  assert.deepEqual(f.rows, { total: 4, valid: 4, invalid: 0 });
});

test("';' notes between the rows (not only at the top) make ';' the comment, though commented-out rows outnumber live ones", () => {
  const d = sniff("semicolon-notes-between-rows-with-commented-rows.tsv");
  assert.equal(d.comment, ";");
  assert.equal(d.delimiter, "\t");
  const r = runCli([rel("semicolon-notes-between-rows-with-commented-rows.tsv"), "--format", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.files[0].errors, 0, r.stdout);
  assert.equal(report.files[0].rows.total, 5);
  // the commented-out rows are said once
  assert.equal(report.files[0].byCode["comment-data-like"], 1);
});

test("rows that start with '#' above the first plain row keep '#' from being the comment, even with '# notes' between rows", () => {
  const d = sniff("hash-rows-with-notes.tsv");
  assert.equal(d.comment, null);
  const r = JSON.parse(runCli([rel("hash-rows-with-notes.tsv"), "--format", "json"]).stdout) as Report;
  assert.equal(r.files[0].rows.total, 7);
});

test("inline '# notes' holding spaces in an aligned file are cut before the delimiter is chosen: whitespace, not '#'", () => {
  const d = sniff("inline-notes-aligned-with-indented-notes.txt");
  assert.equal(d.delimiter, " ");
  assert.equal(d.comment, "#");
  assert.equal(d.inlineComment, true);
  assert.equal(d.columns, undefined); // fixed-width columns would keep the notes in the last cell
  assert.equal(d.header, false);
  const f = (JSON.parse(runCli([rel("inline-notes-aligned-with-indented-notes.txt"), "--format", "json"]).stdout) as Report).files[0];
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
  assert.equal(f.columns?.length, 2);
});

test("TSV notes after a run of TABs ('IP<TAB><TAB># note') end the row: every row has its 3 cells", () => {
  const f = (JSON.parse(runCli([rel("inline-notes-after-tab-runs.tsv"), "--format", "json"]).stdout) as Report).files[0];
  assert.equal(f.dialect?.delimiter, "\t");
  assert.equal(f.columns?.length, 3);
  assert.equal(f.rows.total, 7);
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
});

test("an empty cell before an inline note ('0x23<TAB><TAB># <unassigned>' among 2-cell rows) is kept: no row-missing-cells", () => {
  assert.equal(sniff("empty-cell-before-inline-comment.tsv").inlineWidth, 2);
  const f = (JSON.parse(runCli([rel("empty-cell-before-inline-comment.tsv"), "--format", "json"]).stdout) as Report).files[0];
  assert.equal(f.columns?.length, 2);
  assert.equal(f.rows.total, 10);
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
  // the aligning run of TABs in a 3-cell table still adds no cell (the test above): the width is the rows'
  assert.equal(sniff("inline-notes-after-tab-runs.tsv").inlineWidth, 3);
});

test("`//` notes above and between rows are comments; rows starting with one `/` (paths) stay data", () => {
  const d = sniff("double-slash-notes-between-rows.tsv");
  assert.deepEqual([d.comment, d.delimiter, d.header], ["//", "\t", false]);
  const r = runCli(["fixtures/dialect/double-slash-notes-between-rows.tsv", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, 6);
  assert.deepEqual(f.lines, { comments: 7, preamble: 0 });
});

test("--comment takes a two-character prefix; a longer one is a usage error (exit 2)", () => {
  const r = runCli(["fixtures/dialect/double-slash-notes-between-rows.tsv", "--comment", "//", "--format", "json"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as Report).files[0].rows.total, 6);
  const bad = runCli(["fixtures/dialect/double-slash-notes-between-rows.tsv", "--comment", "///"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--comment must be one or two characters/);
});

test("a `#key:word` directive row right under the header (QIIME 2's `#q2:types`) is a comment: the counts stay numbers, no warning", () => {
  assert.equal(sniff("type-directive-under-header.tsv").comment, "#");
  // a `#` row of values under the header is no directive: it holds digits past its first cell
  assert.equal(sniffComment(["id\tn\tm", "#3\t4\t5", "a\t1\t2", "b\t3\t4"], () => ({ delimiter: "\t", quote: "", escape: "" })).comment, null);
  const r = runCli([rel("type-directive-under-header.tsv"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0, r.stdout);
  assert.equal(f.rows.total, 5);
  assert.equal(f.warnings, 0);
  assert.deepEqual(f.stats!.map((s) => s.type), ["string", "integer", "integer", "number"]);
});

test("a `#` note holding a number above the rows (`# STAR 118`, `# updated may 3, 2021`) is a comment, though it splits to the table's width", () => {
  const d = sniff("numbered-title-note-above-numbers.dat");
  assert.deepEqual([d.delimiter, d.comment, d.header], [" ", "#", false]);
  const rows = "ZK1,Ann 12\nZL2,Bob 7\nZM3,Cy 40\nZN4,Di 3\n";
  assert.equal(sniffDialect("# updated may 3, 2021\n" + rows, true).comment, "#");
  // a `#` line of names only may be a commented header: not taken as a comment by this rule
  assert.equal(sniffDialect("# name, count\n" + rows, true).comment, null);
  const r = runCli([rel("numbered-title-note-above-numbers.dat"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.rows.total, 6);
  assert.deepEqual(f.stats!.map((s) => s.type), ["integer", "number", "integer"]);
});

test("a commented header holding a number among its names (`# pair<TAB>1<TAB>L1<TAB>a1`) stays the header under its notes", () => {
  const text = "# notes on the data\n# tab delimited\n# pair\t1\tL1\ta1\n1\t1\t50.0\t2.67\n2\t1\t50.0\t3.15\n3\t1\t50.0\t2.83\n";
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.skipRows, d.header], [null, 2, true]);
});

test("an indented `#` note between rows (`   # the SHA family follows`) is a comment line, for the sniffer and the parser", () => {
  const d = sniff("indented-hash-note-between-rows.csv");
  assert.deepEqual([d.comment, d.delimiter, d.header], ["#", ",", true]);
  const f = (JSON.parse(runCli([rel("indented-hash-note-between-rows.csv"), "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.rows.invalid, f.lines.comments, f.errors], [9, 0, 1, 0]);
  // a space then text is a record (its cells are reported), and under a space delimiter a leading space is an empty cell
  assert.equal(sniffDialect(fixture("indented-hash-note-between-rows.csv").replace("   # the SHA", "   x the SHA"), true).comment, null);
});

test("commented-out rows and a note at the end of a table (`# 2021,A1,,`) are comments, said once as comment-data-like if row-shaped", () => {
  const d = sniff("commented-rows-after-the-data.csv");
  assert.equal(d.comment, "#");
  const f = (JSON.parse(runCli([rel("commented-rows-after-the-data.csv"), "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.lines.comments], [6, 0, 3]);
  assert.equal(f.stats![0].type, "integer");
  // written without a blank (`#2021,A1,,`) they are still commented-out rows under rows that start with a year
  assert.equal(sniffDialect(fixture("commented-rows-after-the-data.csv").replace(/^# (20)/gm, "#$1").replace(/^# rows.*\n/m, ""), true).comment, "#");
  // the same lines above the last row are rows of their own (a first cell `# 2021` among years): no comment sniffed
  const lines = fixture("commented-rows-after-the-data.csv").trimEnd().split("\n");
  const moved = [...lines.slice(0, 6), ...lines.slice(7, 9), lines[6], lines[9]].join("\n") + "\n";
  assert.equal(sniffDialect(moved, true).comment, null);
});

test("sniffComment: a quote a `#` note opens (`#UD in \"International tables`) joins no lines; the notes of a SPEC file are comments", () => {
  const d = sniff("spec-file-hash-notes-with-open-quotes.dat");
  assert.equal(d.comment, "#");
  assert.equal(d.delimiter, " ");
  assert.equal(d.header, false);
  const r = runCli([rel("spec-file-hash-notes-with-open-quotes.dat"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0, r.stdout);
  assert.equal(f.rows.total, 3);
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "number", "number", "number"]);
});

test("sniffComment: a note that splits to the table's width by chance (`(;)`) above ten times as many commented-out rows below is no header", () => {
  const d = sniff("notes-above-rows-and-commented-out-rows-below.txt");
  assert.equal(d.comment, "#");
  assert.equal(d.delimiter, ";");
  assert.equal(d.header, false);
});

test("a '#' header on the first line, '#' notes under it: the notes are comments and the header names the columns", () => {
  for (const [name, delimiter, names] of [["hash-header-then-hash-notes.txt", " ", ["station", "depth", "temp"]], ["hash-header-then-hash-notes.csv", ",", ["code", "city", "population"]]] as const) {
    const d = sniff(name);
    assert.deepEqual([d.delimiter, d.comment, d.header, d.commentNames], [delimiter, "#", false, { names, line: 1 }], name);
    const f = (JSON.parse(runCli([rel(name), "--format", "json"]).stdout) as Report).files[0];
    assert.deepEqual([f.columns, f.rows.total, f.errors], [names, 4, 0], name);
  }
  // a title above the names (`# zero-line horizon` over `# azimuth altitude`) leaves the columns unnamed: either may be the header
  const titled = `# buoy log\n${fixture("hash-header-then-hash-notes.txt").replace("# A reading", "# station depth temp\n# A reading")}`.replace("# buoy log\n", "# buoy seven log\n");
  assert.equal(sniffDialect(titled, true).commentNames, undefined);
  // prose of the table's width (`# A comment line`) is no header
  assert.equal(sniffDialect("# A reading line\n# more\n1 0.5 14.2\n2 1.0 13.9\n3 2.0 13.1\n", true).commentNames, undefined);
});

test("a '#' header above a note and rows of text only: the comment names the columns and the first row is data", () => {
  const name = "hash-header-then-note-above-text-rows.txt";
  const d = sniff(name);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.commentNames?.names], [":", "#", false, ["Country", "Capital", "Language"]]);
  const f = (JSON.parse(runCli([rel(name), "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["Country", "Capital", "Language"], 6, 0]);
  // a header line that repeats the commented names under them stays the header
  const repeated = fixture(name).replace("France:", "Country:Capital:Language\nFrance:");
  assert.deepEqual([sniffDialect(repeated, true).header, sniffDialect(repeated, true).commentNames], [true, undefined]);
});

test("notes after one space on most rows (`; 2 # Lu  [26] …`) are inline comments: the last cell holds the value only", () => {
  const d = sniff("range-property-one-space-hash-notes.txt");
  assert.deepEqual([d.delimiter, d.comment, d.header, d.inlineComment, d.inlineSpace], [";", "#", false, true, true]);
  const schema = JSON.parse(runCli(["infer", rel("range-property-one-space-hash-notes.txt")]).stdout) as { fields: Array<{ name: string; type: string }> };
  assert.deepEqual(schema.fields.map((f) => f.type), ["string", "integer"]);
  // one ` # ` among many rows is text (`Apt # 5`), not the file's layout
  assert.equal(sniffDialect("# list\n# of flats\na;Apt # 5\nb;Flat 2\nc;Flat 3\nd;Flat 4\ne;Flat 6\n", true).inlineSpace, undefined);
});

test("sniffComment: in a one-column table `#` notes (the character, a blank, words) are comments, not the header and a value", () => {
  const d = sniff("hash-notes-above-one-column-numbers.txt");
  assert.equal(d.comment, "#");
  assert.equal(d.header, false);
  const r = runCli([rel("hash-notes-above-one-column-numbers.txt"), "--format", "json", "-q"]);
  assert.equal(r.code, 0);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.schema?.fields[0].type, "number");
  assert.equal(f.rows.total, 8);
});

test("sniffComment: one-column values that start with `#` and no blank (`#ff0000`) stay data", () => {
  assert.equal(sniff("hash-values-one-column.txt").comment, null);
  assert.equal(sniffComment(["# note", "#ff0000", "#00ff00", "#0000ff", "red", "blue"], () => ({ delimiter: "", quote: "", escape: "" })).comment, null);
});

test("parser: in a single-space list an indented `#` note (` # the archives follow`) is a comment line, as the sniffer reads it", () => {
  const r = runCli([rel("indented-hash-note-in-single-space-list.txt"), "--format", "json", "-q"]);
  assert.equal(r.code, 0);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect?.comment, "#");
  assert.equal(f.rows.total, 4);
  assert.equal(f.errors, 0);
});

test("the rule lines of a printed listing (`-----` under the header and below the rows) are skipped, not read as rows", () => {
  const d = sniff("listing-rule-lines-around-rows.txt");
  assert.deepEqual([d.delimiter, d.comment, d.skipRows, d.header], [" ", "---", 2, true]);
  const r = runCli([rel("listing-rule-lines-around-rows.txt"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.rows.total, f.columns], [0, 4, ["Station", "N", "Mean", "Std Dev", "Maximum"]]);
  // a line that starts with dashes and holds a cell is a row: then `---` marks no rule
  const withCell = fixture("listing-rule-lines-around-rows.txt").replace("west   ", "-----  ");
  assert.equal(sniffDialect(withCell, true).comment, null);
  // `---` as a value (a missing mark) is no rule
  assert.equal(sniffDialect("name,score\nann,3\n---,---\nbo,5\ncy,2\n", true).comment, null);
});
