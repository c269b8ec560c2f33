// Dialect sniffer: named fixtures (each one a shape the sniffer once got wrong or must keep right), options, limits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect, normalizeDelimiter, paddedQuotes } from "../../src/dialect/index.js";
import { IngestError } from "../../src/defects/errors.js";
import { delimiterCandidates } from "../../src/dialect/consistency.js";
import { isKnownType } from "../../src/dialect/cell-types.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(join(here, "..", "..", "fixtures", "dialect", name), "utf8");

interface Want {
  delimiter: string;
  quote: string | null;
  escape: string | null;
  lineTerminator: string | null;
  header: boolean;
  skipRows: number;
}

const CASES: [string, Want][] = [
  ["semicolon-decimal-comma.csv", { delimiter: ";", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  ["tab-separated.tsv", { delimiter: "\t", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  ["pipe-delimited.csv", { delimiter: "|", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  ["single-quote-quoted.csv", { delimiter: ",", quote: "'", escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  ["backslash-escape.csv", { delimiter: ",", quote: '"', escape: "\\", lineTerminator: "\n", header: true, skipRows: 0 }],
  ["preamble-two-lines.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 2 }],
  ["no-header-numbers.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: false, skipRows: 0 }],
  ["single-column.csv", { delimiter: "", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  ["cr-line-endings.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\r", header: true, skipRows: 0 }],
  // Corpus shapes that were wrong once (CleverCSV corpus files named in the comments).
  // 07588a0d: the colons of times and the space before them are parts of values, not delimiters.
  ["single-column-datetimes.csv", { delimiter: "", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // 782c00ca, 838191cf: `_`, `-` and `/` inside identifiers are never delimiters.
  ["single-column-identifiers.csv", { delimiter: "", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // f47c68dc, cfa8bf39: one quoted text per line, spaces inside.
  ["single-column-quoted-text.csv", { delimiter: "", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // 155d71ce: apostrophes inside fields do not make `'` the quote.
  ["apostrophe-in-text-not-quote.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // f5b15c8b, 2c9c4c64: `"` in the middle of fields (HTML, JSON) is text.
  ["html-double-quotes-mid-field.csv", { delimiter: "|", quote: "", escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // 12c817be: a backslash escapes the delimiter in unquoted fields.
  ["backslash-escaped-delimiter.csv", { delimiter: ",", quote: null, escape: "\\", lineTerminator: "\n", header: true, skipRows: 0 }],
  // a first row mapping a word to itself (`面對面<TAB>面對面`) above more such rows is a record, not duplicate names.
  ["hash-notes-above-identity-mapping.tsv", { delimiter: "\t", quote: null, escape: null, lineTerminator: "\n", header: false, skipRows: 0 }],
  // a cell that ends in a backslash (`:-\`) before a TAB is text: the line already has the table's width, so no escape.
  ["tab-cells-ending-in-backslash.tsv", { delimiter: "\t", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // a folder path ends in a backslash on most lines (`C:\Users\Public\,12`): every line has the header's width, so no escape
  ["folder-paths-ending-in-backslash.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // the same under a header padded with an empty name, or beside a line without a folder: the backslashes before
  // letters (`\U`, `\P`) are a path's, so the one before the delimiter ends a folder and escapes nothing
  ["folder-paths-under-padded-header.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  ["folder-paths-and-a-line-without-one.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // a time opens each line under a name (`10:30` under `time`): its colon is the value's, not a delimiter
  ["times-one-column-under-header.txt", { delimiter: "", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // 01bd8030: `"` wraps names; `''` empty fields do not make `'` the quote.
  ["double-quote-over-empty-single-quotes.tsv", { delimiter: "\t", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // b7f51375, 2d194478: columns aligned with runs of spaces.
  ["space-aligned-columns.txt", { delimiter: " ", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // QA 2026-12-01 item 18: a value in Markdown backticks is text; read as a quote its backticks were stripped (`x` → x).
  ["backtick-markdown-value-not-quote.csv", { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // 849753d3, e81e9d3d: a quote-all writer that wraps every field, the header too, in backticks.
  ["backtick-quote-all.csv", { delimiter: ",", quote: "`", escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
  // a backtick that wraps a field holding the delimiter is a quote that is needed.
  ["backtick-wraps-a-delimiter.csv", { delimiter: ",", quote: "`", escape: null, lineTerminator: "\n", header: true, skipRows: 0 }],
];

for (const [name, want] of CASES) {
  test(`sniffs ${name}`, () => {
    const d = sniffDialect(fixture(name), true);
    assert.deepEqual(
      { delimiter: d.delimiter, quote: d.quote, escape: d.escape, lineTerminator: d.lineTerminator, header: d.header, skipRows: d.skipRows },
      want,
    );
    assert.equal(d.how, "sniffed");
    assert.equal(d.uncertain, false);
  });
}

test("a quote seen only past the scoring window still counts (23019208)", () => {
  // why: the costly scoring reads the first 64 KiB; the quote check reads the whole sample.
  const rows = ["word;pos;freq"];
  for (let i = 0; rows.join("\n").length < 80_000; i++) rows.push(`w${i};Det;${1000 - (i % 900)}`);
  rows.push('"&times;";Prep;16');
  const d = sniffDialect(rows.join("\n") + "\n", true);
  assert.equal(d.delimiter, ";");
  assert.equal(d.quote, '"');
});

test("an empty sample gets the default dialect", () => {
  assert.deepEqual(sniffDialect("", true), {
    delimiter: ",", quote: '"', escape: null, lineTerminator: null, header: true,
    skipRows: 0, comment: null, how: "default", uncertain: false,
  });
});

test("forced options win, and how is forced when all are given", () => {
  const d = sniffDialect("a;b\n1;2\n", true, { delimiter: "tab", quote: "'", header: false, skipRows: 0 });
  assert.equal(d.delimiter, "\t");
  assert.equal(d.quote, "'");
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 0);
  assert.equal(d.how, "forced");
});

test("a forced delimiter alone is used and the rest is sniffed", () => {
  const d = sniffDialect('a,b;c\n"1,5";2\n"2,5";3\n', true, { delimiter: ";" });
  assert.equal(d.delimiter, ";");
  assert.equal(d.quote, '"');
  assert.equal(d.how, "sniffed");
});

test("--skip-rows and --comment are applied before sniffing", () => {
  const d = sniffDialect("junk line; with; semicolons\n# note\nx|y\n1|2\n3|4\n", true, { skipRows: 1, comment: "#" });
  assert.equal(d.delimiter, "|");
  assert.equal(d.skipRows, 1);
  assert.equal(d.comment, "#");
});

test("--no-header is kept", () => {
  assert.equal(sniffDialect("name,age\nann,3\nbob,4\n", true, { header: false }).header, false);
});

test("an incomplete sample ignores its cut last line", () => {
  const text = "a,b,c\n1,2,3\n4,5,6\n7,8";
  const d = sniffDialect(text, false);
  assert.equal(d.delimiter, ",");
  assert.equal(d.lineTerminator, "\n");
});

test("CRLF files report CRLF", () => {
  assert.equal(sniffDialect("a,b\r\n1,2\r\n", true).lineTerminator, "\r\n");
});

// why no time limit here: timings drift on a shared machine; sniff time is measured by scripts/corpus/dialect.mjs
test("a 1 MiB sample of quoted rows is sniffed right", () => {
  const rows: string[] = [];
  let len = 0;
  for (let i = 0; len < 1024 * 1024; i++) {
    const r = `${i},"name ${i}, jr",${(i * 1.37).toFixed(2)},2024-01-${String(1 + (i % 28)).padStart(2, "0")}`;
    rows.push(r);
    len += r.length + 1;
  }
  const text = rows.join("\n");
  const d = sniffDialect(text, false);
  assert.equal(d.delimiter, ",");
  assert.equal(d.quote, '"');
  assert.equal(d.header, false);
});

test("normalizeDelimiter accepts spelled forms", () => {
  assert.equal(normalizeDelimiter("\\t"), "\t");
  assert.equal(normalizeDelimiter("tab"), "\t");
  assert.equal(normalizeDelimiter("TAB"), "\t");
  assert.equal(normalizeDelimiter("\t"), "\t");
  assert.equal(normalizeDelimiter(";"), ";");
});

test("normalizeDelimiter rejects more than one character with a usage error", () => {
  assert.throws(() => normalizeDelimiter(",,"), (e: unknown) => e instanceof IngestError && e.code === "usage" && e.exitCode === 2);
  assert.throws(() => normalizeDelimiter(""), (e: unknown) => e instanceof IngestError && e.code === "usage");
});

test("TABs on every line, the header's included, beat a `;` always followed by a space (`id<TAB>Animalia; Chordata; …`)", () => {
  const text = fixture("tab-pairs-with-semicolon-lineages.tsv");
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows, d.uncertain], ["\t", true, 0, false]);
  // a `;` written without a space after it is a delimiter of its own: the rule leaves such a file to the scores
  assert.equal(sniffDialect(text.replace(/; /g, ";"), true).delimiter, ";");
  // a line without its TAB: no TAB table, the rule does not apply
  assert.equal(sniffDialect(text.replace("5513\t", "5513 "), true).delimiter, ";");
});

test("cells padded after every delimiter, or right-aligned to one width, are sniffed as paddedCells (the padding is layout)", () => {
  assert.equal(sniffDialect(fixture("padded-values-after-semicolons.csv"), true).paddedCells, true);
  assert.equal(sniffDialect(fixture("right-aligned-tab-numbers.tsv"), true).paddedCells, true);
  // a space after a delimiter on a few lines only is text: no paddedCells
  assert.equal(sniffDialect("id,name\n1,ann\n2, bob\n3,cy\n4,dee\n5,eve\n", true).paddedCells, undefined);
  // plain cells, and space-separated files, have none
  assert.equal(sniffDialect("a;b\n1;2\n3;4\n5;6\n", true).paddedCells, undefined);
  assert.equal(sniffDialect("a  b\n1  2\n3  4\n5  6\n", true).paddedCells, undefined);
});

test("a `|` that joins the parts of one space-separated field (`acc|X12345|ver|2|`) is no delimiter: the spaces split the table", () => {
  const text = fixture("pipes-inside-one-space-field.txt");
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.uncertain], [" ", false, false]);
  // a `|` table whose text holds spaces reads more numbers at `|`: it stays a `|` table
  assert.equal(sniffDialect("John Smith|42|New York\nAnn Lee|37|Los Angeles\nBo Ek|51|San Jose\n", true).delimiter, "|");
  // a `|` header above rows whose cells hold spaces: lines of other widths at spaces, a `|` table
  assert.equal(sniffDialect("id|name|score\n1|ann b|3 4\n2|bo c|5 6\n3|cy d|7 8\n", true).delimiter, "|");
});

test("paddedQuotes: a whole quoted field between spaces and its delimiters is padding; one with text beside it is not", () => {
  assert.equal(paddedQuotes('a, b\n1, "x y"\n', ",", '"'), true);
  assert.equal(paddedQuotes('a,b\n"x" ,1\n', ",", '"'), true);
  assert.equal(paddedQuotes("a|b\n1|  'Source 82'  \n", "|", "'"), true);
  assert.equal(paddedQuotes('a,b\n1,"x y"\n', ",", '"'), false);
  assert.equal(paddedQuotes('a,b\n1, "x" y\n', ",", '"'), false);
  assert.equal(paddedQuotes('a,b\n1, "x"\n', ",", null), false);
});

test("paddedQuotes and paddedCells: a delimiter or space inside a quoted field, or rows of empty cells, show no padding", () => {
  // `", "` then `","`: read as a pattern, the comma inside the first field opened a padded `","`
  assert.equal(paddedQuotes('",",","\n', ",", '"'), false);
  assert.equal(paddedQuotes('", ",",",\n', ",", '"'), false);
  // a field the sample cuts tells nothing
  assert.equal(paddedQuotes('a,b\n1, "x y', ",", '"'), false);
  // blank rows and one `, x` cell: no padding (a cell holding a TAB came back empty in --clean)
  assert.equal(sniffDialect(",,\n,,\n,\t,\n,,\n,,\n, x,\n", true).paddedCells, undefined);
  assert.equal(sniffDialect("a, b, c\n1, 2, 3\n4, 5, 6\n7, 8, 9\n", true).paddedCells, true);
});

test("delimiterCandidates: a character that only ever opens its line (`#F`, `#L a1`) is no delimiter; one between cells is", () => {
  assert.deepEqual(delimiterCandidates("#F name\n#L a b\n 1 2\n").includes("#"), false);
  assert.deepEqual(delimiterCandidates("  #x\n1#2\n").includes("#"), true);
});

test("a space-separated file with a trailing space on a few lines is read at runs of spaces: no extra empty cell", () => {
  const d = sniffDialect(fixture("space-separated-trailing-space-on-one-line.txt"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.whitespace, true);
  // a single-space file whose every line reads at one width stays single-space: an empty cell there is a cell
  assert.equal(sniffDialect("a b c\n1 2 3\n4 5 6\n7 8 9\n", true).whitespace, undefined);
});

test("the colons of IPv6 addresses between commas are no delimiter (`2001:200::,2001:200:ffff:…,JP`); a `:` table with empty cells stays `:`", () => {
  const d = sniffDialect(fixture("ipv6-address-ranges.csv"), true);
  assert.equal(d.delimiter, ",");
  assert.equal(d.header, false);
  const colon = "AAL:Aalborg:DK::Aalborg\nAAR:Aarhus:DK::Aarhus\nABD:Abadan:IR::Abadan\nABJ:Abidjan:CI::Abidjan\n";
  assert.equal(sniffDialect(colon, true).delimiter, ":");
});

test("year:month periods parted by spaces (gretl's `1923:06 1924:07`) are read at the spaces, not cut at the colons", () => {
  const d = sniffDialect(fixture("year-month-periods-space-separated.txt"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header], [" ", "#", false]);
  assert.equal(isKnownType("1950:1", false), true);
  // whole numbers parted by a space are no word; grouped digits and a spaced date still are values
  assert.deepEqual(["06 1924", "1 234 567", "01 02 2024", "Route 66"].map((c) => isKnownType(c, false)), [false, true, true, true]);
  // a `:` table of words keeps its colons
  assert.equal(sniffDialect("a:b:c\nx:y:z\nu:v:w\nq:r:s\n", true).delimiter, ":");
});
