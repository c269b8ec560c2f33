// Header and preamble detection (src/dialect/header.ts) on small files shaped like real exports: numbered names, id lists, preambles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { detectHeader } from "../../src/dialect/header.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const sniff = (name: string) => sniffDialect(readFileSync(`fixtures/realworld-kinds/${name}`, "utf8"), true);

test("a header of years after two names is a header (World Bank layout)", () => {
  const d = sniff("header-years.csv");
  assert.equal(d.header, true);
  assert.equal(d.skipRows, 0);
});

test("quoted numbers as names above unquoted numbers are a header (R quotes names)", () => {
  assert.equal(sniff("header-quoted-numbers.csv").header, true);
  // the same file unquoted gives no quoting evidence and no run of numbers: a first row like the rest is data
  const plain = readFileSync("fixtures/realworld-kinds/header-quoted-numbers.csv", "utf8").replace(/"/g, "");
  assert.equal(sniffDialect(plain.replace(/^species,/, "x1,"), true).header, false);
});

test("R write.table: quoted numeric names one short of the rows are a header", () => {
  const d = sniff("row-names-write-table.tsv");
  assert.equal(d.delimiter, "\t");
  assert.equal(d.header, true);
  assert.equal(d.skipRows, 0);
});

test("R write.table with quote = FALSE: numeric names one short of labelled rows are a header", () => {
  const text = readFileSync("fixtures/realworld-kinds/row-names-write-table.tsv", "utf8").replace(/"/g, "");
  assert.equal(sniffDialect(text, true).header, true);
  // the same rows with numbers as their first cells: a first record one cell short, not a header
  const numeric = text.split("\n").map((l, i) => (i === 0 ? l : l.replace(/^[^\t]+/, String(i * 7)))).join("\n");
  assert.equal(sniffDialect(numeric, true).header, false);
});

test("a headerless list of fixed-shape ids does not take its first id as a name", () => {
  assert.equal(sniff("headerless-id-list.tsv").header, false);
  // UUIDs: letters and digits vary, the hyphens sit at the same places
  const uuids = ["3f2b9c1e-8a4d-4c2e-9b7f-1d2e3f4a5b6c", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "0f9e8d7c-6b5a-4f3e-2d1c-0b9a8f7e6d5c", "9c8b7a6f-5e4d-4c3b-2a19-f8e7d6c5b4a3"];
  assert.equal(sniffDialect(`${uuids.join("\n")}\n`, true).header, false);
  // a name above the ids is still a header
  assert.equal(sniffDialect(`barcode\n${readFileSync("fixtures/realworld-kinds/headerless-id-list.tsv", "utf8")}`, true).header, true);
});

test("signed fixed-width positions in the first row are data: '+' and '-' count as one sign", () => {
  const text = readFileSync("fixtures/dialect/signed-positions-no-header.tsv", "utf8");
  assert.equal(sniffDialect(text, true).header, false);
  assert.equal(sniffDialect(`code\tposition\tzone\n${text}`, true).header, true);
});

test("a placeholder code ('.') as the first cell of a text column is a value, not a name", () => {
  const text = readFileSync("fixtures/dialect/placeholder-code-first-row.csv", "utf8");
  assert.equal(sniffDialect(text, true).header, false);
  assert.equal(sniffDialect(`code;meaning\n${text}`, true).header, true);
});

test("a file of one record holding a date is data; one record of names is a header", () => {
  assert.equal(sniffDialect(readFileSync("fixtures/dialect/one-line-log-record.csv", "utf8"), true).header, false);
  assert.equal(sniffDialect("time,user,count\n", true).header, true);
});

test("looksLikeHeader: a file of one record holding a bare number is data (a name and its size); numbered names stay a header", () => {
  const f = cliFile("one-line-name-and-size.tsv");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 1);
  assert.equal(sniffDialect("country,2019,2020,2021\n", true).header, true);
});

test("looksLikeHeader: a file of one record holding a web or e-mail address is data; a line of names stays a header", () => {
  const f = cliFile("lone-record-with-web-address.tsv");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 1);
  assert.equal(sniffDialect("Grace Hopper,grace@example.org\n", true).header, false);
  assert.equal(sniffDialect("name\thomepage\n", true).header, true);
});

test("a metadata line of counts above a headerless numeric table is a preamble", () => {
  const d = sniff("preamble-counts-line.csv");
  assert.deepEqual([d.skipRows, d.header, d.delimiter], [1, false, ","]);
});

test("ten lines of title and filters above a header are a preamble", () => {
  const d = sniff("preamble-title-and-filters.csv");
  assert.deepEqual([d.skipRows, d.header], [10, true]);
});

test("a short header of names above longer records stays the header (not a preamble)", () => {
  const rows = Array.from({ length: 12 }, (_, i) => `r${i},${i},${i * 2},x`);
  const d = sniffDialect(`name,value\n${rows.join("\n")}\n`, true);
  assert.deepEqual([d.skipRows, d.header], [0, true]);
});

test("a numeric grid whose every row is a run of integers has no header", () => {
  const rows = Array.from({ length: 10 }, (_, i) => [i, i + 1, i + 2, i + 3].join(","));
  assert.equal(sniffDialect(`${rows.join("\n")}\n`, true).header, false);
});

test("a World Bank export: four lines of source and date above a header of years", () => {
  const d = sniff("preamble-world-bank-export.csv");
  assert.deepEqual([d.skipRows, d.header], [4, true]);
});

test("filter lines padded to the table's width (\"geo\",\"Belgium\",,,) are a preamble", () => {
  const d = sniff("preamble-padded-filters.csv");
  assert.deepEqual([d.skipRows, d.header], [7, true]);
});

test("a first cell framed like every value below it (\":grinning:\" above \":smiley:\") is data", () => {
  const rows = ["grinning", "smiley", "smile", "grin", "laughing", "sweat_smile"].map((n) => `":${n}:",${n.replace("_", " ")} face`);
  assert.equal(sniffDialect(`${rows.join("\n")}\n`, true).header, false);
  // a plain name above the framed values is a header
  assert.equal(sniffDialect(`"code",n\n${rows.join("\n")}\n`, true).header, true);
});

test("blank lines between a comment block and the table are not the row judged as a header", () => {
  // with the comment character given, the blank line is the first line left; the first record below it is judged
  const text = readFileSync("fixtures/dialect/hex-codes-after-comment-block.txt", "utf8");
  assert.equal(sniffDialect(text, true, { comment: "#" }).header, false);
  assert.equal(sniffDialect(text.replace("\n\n", "\n\ncode;glyph;name\n"), true, { comment: "#" }).header, true);
});

test("an all-digit code above codes of its shape ('0391' above '039A') is data, not a name", () => {
  const text = readFileSync("fixtures/dialect/hash-notes-above-headerless-codes.tsv", "utf8");
  const d = sniffDialect(text, true);
  assert.equal(d.header, false);
  assert.equal(d.comment, "#");
  // with no comment character, the `#` notes above the codes are a preamble (they were the reason to keep the
  // first code as a header before)
  const tab = { delimiter: "\t", quote: "", escape: "" };
  assert.deepEqual(detectHeader(text, true, tab, { comment: null, skipRows: null, header: null }), { header: false, skipRows: 6 });
  assert.equal(sniffDialect(text.replace("\n\nIPv4", "\n\nname\ttype\taliases\nIPv4"), true).header, true);
});

test("a hex colour without a digit ('ffffff') above hex colours is data; a name above them is a header", () => {
  const text = readFileSync("fixtures/dialect/hex-colours-tab-aligned.txt", "utf8");
  const d = sniffDialect(text, true);
  assert.equal(d.whitespace, true);
  assert.equal(d.header, false);
  assert.equal(sniffDialect(`colour\trgb\n${text}`, true).header, true);
});

test("a block of `@key value` lines above a whitespace table is a preamble, not the header (nor a row)", () => {
  const d = sniff("at-key-preamble-above-whitespace-table.dat");
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 5);
  // at the table's own width too (`@radius 12.5` above `5600 0`)
  const same = sniff("at-key-preamble-same-width.dat");
  assert.equal(same.skipRows, 2);
  assert.equal(same.header, false);
});

test("`@key value` lines with no table below are no preamble; one `@name` header row stays the header", () => {
  assert.equal(sniff("at-key-lines-only.txt").skipRows, 0);
  const h = sniff("at-sign-header.csv");
  assert.equal(h.skipRows, 0);
  assert.equal(h.header, true);
});

test("the CLI reads the `@key value` file with its preamble skipped and reported, and no error", () => {
  const r = runCli(["fixtures/realworld-kinds/at-key-preamble-above-whitespace-table.dat", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.errors, 0, r.stdout);
  assert.equal(f.rows.total, 6);
  assert.equal(f.byCode["preamble-skipped"], 1);
  assert.equal(r.code, 0);
});

test("a `4<TAB>4` dimensions line above a space-aligned matrix is a preamble: tabs read as spaces, as the parser reads them", () => {
  const d = sniff("dimensions-line-above-aligned-matrix.dat");
  assert.equal(d.whitespace, true);
  assert.equal(d.skipRows, 1);
  assert.equal(d.header, false);
  const r = runCli(["fixtures/realworld-kinds/dimensions-line-above-aligned-matrix.dat", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.errors, 0, r.stdout);
  assert.equal(f.rows.total, 4);
});

test("an all-text `;` list whose first row holds a file name and a URL like every row below is headerless", () => {
  const d = sniff("url-and-file-list-no-header.txt");
  assert.equal(d.delimiter, ";");
  assert.equal(d.header, false);
  // the same rows under a row of names keep that row as the header
  assert.equal(sniff("url-and-file-list-with-header.txt").header, true);
});

test("SAM `@SQ<TAB>SN:…<TAB>LN:…` lines above a smaller table are a preamble; the table's header follows", () => {
  const d = sniff("sam-header-lines-above-table.tsv");
  assert.equal(d.delimiter, "\t");
  assert.equal(d.skipRows, 14);
  assert.equal(d.header, true);
});

test("a lone count line (`16`) above a 2-column table is a preamble, not a one-name R header", () => {
  const d = sniff("count-line-above-two-column-table.tsv");
  assert.equal(d.skipRows, 1);
  assert.equal(d.header, false);
});

const sniffDialectFixture = (name: string) => sniffDialect(readFileSync(`fixtures/dialect/${name}`, "utf8"), true);

/** The built CLI's JSON report on one fixture of fixtures/dialect: its one file. */
const cliFile = (name: string) => (JSON.parse(runCli([`fixtures/dialect/${name}`, "--format", "json"]).stdout) as Report).files[0];

test("a first row of codes sorting right before the sorted codes below it is data (a code table with no header)", () => {
  for (const name of ["sorted-two-letter-codes-no-header.tsv", "sorted-lowercase-codes-no-header.tsv"]) {
    const d = sniffDialectFixture(name);
    assert.equal(d.delimiter, "\t", name);
    assert.equal(d.header, false, name);
  }
  // a name above the same codes sorts after them (`Code` above `BE`): still a header
  assert.equal(sniffDialectFixture("codes-under-a-code-header.tsv").header, true);
  // the codes out of order: the first row is still written just like the rows below it (see firstRowLikeBody)
  const shuffled = "FI\tFinland\nBG\tBulgaria\nCH\tSwitzerland\nCY\tCyprus\nCZ\tCzech Republic\nDE\tGermany\nDK\tDenmark\n";
  assert.equal(sniffDialect(shuffled, true).header, false);
});

test("firstRowLikeBody: a first row written just like the rows below it is data (unsorted code/name pairs, a word list)", () => {
  const pairs = cliFile("code-name-pairs-unsorted-no-header.txt");
  assert.equal(pairs.dialect!.header, false);
  assert.equal(pairs.rows.total, 10);
  const words = cliFile("one-word-list-no-header.txt");
  assert.equal(words.dialect!.header, false);
  assert.equal(words.rows.total, 25);
  const pairText = readFileSync("fixtures/dialect/code-name-pairs-unsorted-no-header.txt", "utf8").split("\n").slice(2).join("\n");
  const wordText = readFileSync("fixtures/dialect/one-word-list-no-header.txt", "utf8");
  // names written unlike the values, or generic column nouns, stay a header
  assert.equal(sniffDialect("ISO:Country\n" + pairText, true).header, true);
  assert.equal(sniffDialect("code:name\n" + pairText, true).header, true);
  assert.equal(sniffDialect("Word\n" + wordText, true).header, true);
  assert.equal(sniffDialect("stopword\n" + wordText, true).header, true);
  // two columns of names of any length (no column of short codes) tell nothing: the default (header) stays
  assert.equal(sniffDialect("Country,Capital\nFrance,Paris\nSpain,Madrid\nItaly,Rome\nPeru,Lima\n", true).header, true);
});

test("firstRowLikeBody: codes of one length but a few longer ones (`NWT` among `ON`, `QC`) above names: the first row is data", () => {
  const f = cliFile("province-codes-some-longer-then-names-no-header.txt");
  assert.deepEqual([f.dialect!.header, f.columns.length, f.rows.total, f.errors], [false, 2, 12, 0]);
  // a generic noun or a name written unlike the codes stays a header
  const body = readFileSync("fixtures/dialect/province-codes-some-longer-then-names-no-header.txt", "utf8");
  assert.equal(sniffDialect("Code  Province\n" + body, true).header, true);
  assert.equal(sniffDialect("Abbr  Province\n" + body, true).header, true);
});

test("title-case names above text rows none of which is title-case are a header, even with a `Null` among them", () => {
  const d = sniffDialectFixture("title-case-names-above-text-rows.csv");
  assert.equal(d.header, true);
  const r = runCli(["fixtures/dialect/title-case-names-above-text-rows.csv", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.stats!.map((s) => s.name), ["Column", "Kind", "Null", "Index", "Fallback"]);
  assert.equal(f.rows.total, 3);
  assert.equal(f.errors, 0);
  // a title-case word beside a number is a value of a headerless table (`000<TAB>Depots` above `008<TAB>RDP`)
  const codes = "000\tDepots\t\n008\tRDP\tRiver depot\n009\tKDP\tKiln depot\n010\tTDP\tTown depot\n011\tSDP\tStation depot\n";
  assert.equal(sniffDialect(codes, true).header, false);
});

test("lines of one cell above a long table of two columns or more are titles (a preamble), not its header", () => {
  const d = sniffDialectFixture("title-lines-above-long-table.txt");
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [";", 2, false]);
  const r = runCli(["fixtures/dialect/title-lines-above-long-table.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, 30);
  assert.deepEqual(f.defects.map((x) => x.code), ["preamble-skipped"]);
  // above a few records only, the line of one cell may be their header with its delimiters lost: no preamble
  const short = readFileSync("fixtures/dialect/title-lines-above-long-table.txt", "utf8").split("\n").slice(1, 8).join("\n") + "\n";
  assert.equal(sniffDialect(short, true).skipRows, 0);
  // a line of as many words as the table has columns is its header with the delimiters lost: reported, not skipped
  const lost = "call sign number\n" + readFileSync("fixtures/dialect/title-lines-above-long-table.txt", "utf8").split("\n").slice(2).map((l) => `${l};x`).join("\n");
  assert.equal(sniffDialect(lost, true).skipRows, 0);
});

test("a key table's first record is no header: sorted dashed codes, DNA pairs, one-character keys, a bare number above words", () => {
  // `BK-1` sorts right before `BK-12`, `BK-2`, … (upper-case codes with digits and dashes)
  assert.equal(sniffDialectFixture("sorted-dashed-codes-no-header.tab").header, false);
  // two sequences over the letters A, C, G, T: no name is written so
  assert.equal(sniffDialectFixture("sequence-pairs-no-header.tsv").header, false);
  // one character above one-character keys, one symbol above symbols
  const keys = sniffDialectFixture("one-character-keys-no-header.txt");
  assert.deepEqual([keys.delimiter, keys.header], [" ", false]);
  // `8` above `b`, `c`, `l8r`: a name is no bare number
  assert.equal(sniffDialectFixture("digit-abbreviation-first-row.tsv").header, false);
  // names above the same rows stay a header
  assert.equal(sniffDialect("Code|Name\n" + readFileSync("fixtures/dialect/sorted-dashed-codes-no-header.tab", "utf8"), true).header, true);
  assert.equal(sniffDialect("sequence\tmate\n" + readFileSync("fixtures/dialect/sequence-pairs-no-header.tsv", "utf8"), true).header, true);
  assert.equal(sniffDialect("short\tlong\n" + readFileSync("fixtures/dialect/digit-abbreviation-first-row.tsv", "utf8"), true).header, true);
  // `KX0101` above `KX0102`, `Site 1` above `Site 2`: numbered in the series of the values below
  assert.equal(sniffDialectFixture("numbered-ids-no-header.tsv").header, false);
  assert.equal(sniffDialect("site\tlabel\n" + readFileSync("fixtures/dialect/numbered-ids-no-header.tsv", "utf8"), true).header, true);
  // numbered names above one-letter genotypes (R/qtl) stay a header
  assert.equal(sniffDialect("id,1,2,3\nr1,A,B,H\nr2,B,H,A\nr3,H,A,B\nr4,A,A,B\n", true).header, true);
  // unsorted codes tell nothing: the default (header) stays
  assert.equal(sniffDialect("N4|North four\nBK-1|Baker one\nHILL|Hill top\nBK-12|Baker twelve\nCRN|Corner\nDX7|Delta\nMARSH|Marsh\nBK-2|Baker two\nCRN-W|Corner west\n", true).header, true);
  const f = cliFile("sorted-dashed-codes-no-header.tab");
  assert.equal(f.rows.total, 10);
  assert.equal(f.errors, 0);
});

test("a block of `Key words: value` lines and a blank line above a TAB table is a preamble (keys of several words)", () => {
  const d = sniffDialectFixture("key-value-lines-above-tab-pairs.txt");
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 8, false]);
  const f = cliFile("key-value-lines-above-tab-pairs.txt");
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, 24);
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "number"]);
  // one `Key: value` line alone is no block: left as it was read
  const one = readFileSync("fixtures/dialect/key-value-lines-above-tab-pairs.txt", "utf8").split("\n").slice(6).join("\n");
  assert.equal(sniffDialect(one, true).skipRows, 0);
});

test("a quoted one-cell title above a header that ends in a delimiter is a preamble; the header's empty last cell names no column", () => {
  const d = sniffDialectFixture("quoted-title-above-header-with-trailing-comma.csv");
  assert.deepEqual([d.skipRows, d.header], [1, true]);
  const f = cliFile("quoted-title-above-header-with-trailing-comma.csv");
  assert.deepEqual(f.columns, ["Region", "Orders", "Share"]);
  assert.deepEqual(f.defects.map((x) => x.code), ["preamble-skipped"]);
  assert.equal(f.rows.total, 4);
});

test("a first line that counts the rows below it (`6 grains ` above six rows) is a preamble, not a header", () => {
  const d = sniffDialectFixture("count-line-above-rows.dat");
  assert.deepEqual([d.skipRows, d.header], [1, false]);
  // a count that does not match the rows is no count line: left to the other rules
  const off = readFileSync("fixtures/dialect/count-line-above-rows.dat", "utf8").replace(/^6 grains/, "9 grains");
  assert.equal(sniffDialect(off, true).skipRows, 0);
  // an incomplete sample cannot tell how many rows follow
  assert.equal(sniffDialect(readFileSync("fixtures/dialect/count-line-above-rows.dat", "utf8"), false).skipRows, 0);
});

test("a lower-case `key = value` list's first pair, written like the pairs below it, is data, not a header", () => {
  const d = sniffDialectFixture("lowercase-assignments-no-header.txt");
  assert.deepEqual([d.delimiter, d.header], ["=", false]);
  const f = cliFile("lowercase-assignments-no-header.txt");
  assert.deepEqual(f.columns, ["field1", "field2"]);
  assert.equal(f.rows.total, 5);
  // names written in another case than the pairs below (`Alias = Command`) stay a header
  assert.equal(sniffDialect("Alias = Command\nls = list_files\ncp = copy_file\nmv = move_file\nrm = remove_file\n", true).header, true);
  // the rule is the `=` list's: a `,` table of lower-case names above lower-case values keeps its header
  assert.equal(sniffDialect("name,city\nann,paris\nbo,rome\ncy,oslo\ndee,bern\n", true).header, true);
});

test("a 2-column mapping's first pair shaped like the pairs below (`key: value`, a TAB modalias map, an alias list) is data", () => {
  const cases: Array<[string, string]> = [["lowercase-colon-pairs-no-header.txt", ":"], ["modalias-to-module-pairs-no-header.tsv", "\t"], ["alias-pairs-two-spellings-no-header.txt", " "]];
  for (const [name, delimiter] of cases) {
    const d = sniffDialectFixture(name);
    assert.deepEqual([d.delimiter, d.header], [delimiter, false], name);
    const f = cliFile(name);
    assert.deepEqual([f.columns, f.errors], [["field1", "field2"], 0], name);
    assert.equal(f.rows.total, readFileSync(`fixtures/dialect/${name}`, "utf8").trim().split("\n").length, name);
  }
  // the same pairs under a header of words keep it: `modalias<TAB>module`, `Key: Value`, `from to`
  const under = (head: string, name: string) => sniffDialect(`${head}\n${readFileSync(`fixtures/dialect/${name}`, "utf8")}`, true).header;
  assert.deepEqual([under("modalias\tmodule", cases[1][0]), under("Key: Value", cases[0][0]), under("from to", cases[2][0])], [true, true, true]);
  // a lower-case TSV of words is no assignment list: its first row stays the header
  assert.equal(sniffDialect("name\tcity\nann\tparis\nbo\trome\ncy\toslo\ndee\tbern\n", true).header, true);
});

test("a title above a header whose last name stands past the end of every row (`… r    end`): the title is a preamble, the name heads no column", () => {
  const d = sniffDialectFixture("title-above-header-with-end-word.dat");
  assert.deepEqual([d.delimiter, d.skipRows, d.header, d.comment, d.extraName], [" ", 3, true, "!", true]);
  const f = cliFile("title-above-header-with-end-word.dat");
  assert.deepEqual(f.columns, ["name", "atom", "q", "r"]);
  assert.deepEqual(Object.keys(f.byCode), ["preamble-skipped"]);
  assert.deepEqual([f.rows.total, f.rows.invalid], [25, 0]);
  // a last name that stands above the rows' last values names them: the rows are then short, and said so
  const above = readFileSync("fixtures/dialect/title-above-header-with-end-word.dat", "utf8").replace("r    end", "r end");
  assert.equal(sniffDialect(above, true).extraName, undefined);
});

test("banner lines keyed `:Word:` (`:Issued: 2026 Mar 04 0600 UTC`) above a `#` block are a preamble, not a header of words", () => {
  const d = sniffDialectFixture("colon-key-banner-above-comments.txt");
  assert.deepEqual([d.skipRows, d.header, d.comment], [7, false, "#"]);
  const f = cliFile("colon-key-banner-above-comments.txt");
  assert.deepEqual(Object.keys(f.byCode), ["preamble-skipped"]);
  assert.deepEqual([f.rows.total, f.rows.invalid, f.columns.length], [12, 0, 5]);
  // one such line alone may be a header: no block, no preamble
  const one = readFileSync("fixtures/dialect/colon-key-banner-above-comments.txt", "utf8").replace(/^:Issued:.*\n/m, "");
  assert.equal(sniffDialect(one, true).skipRows, 0);
});

test("a count, a name and a wider line of numbers (an extent) above 2-column points are a preamble", () => {
  const d = sniffDialectFixture("count-name-extent-above-points.dat");
  assert.deepEqual([d.skipRows, d.header], [3, false]);
  const f = cliFile("count-name-extent-above-points.dat");
  assert.deepEqual(Object.keys(f.byCode), ["preamble-skipped"]);
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "number"]);
  // a wider line of names above the points may be their header with an extra name: the preamble stops above it
  const names = readFileSync("fixtures/dialect/count-name-extent-above-points.dat", "utf8").replace("0 50 0 50 1", "x y w h scale");
  assert.equal(sniffDialect(names, true).skipRows, 2);
});

test("an S-PLUS point file's name of two words (`Swedish Pines`) between its count and its extent is a preamble, not a header", () => {
  const d = sniffDialectFixture("count-two-word-name-extent-above-points.dat");
  assert.deepEqual([d.skipRows, d.header], [3, false]);
  const f = cliFile("count-two-word-name-extent-above-points.dat");
  assert.deepEqual([Object.keys(f.byCode), f.rows.total, f.stats!.map((s) => s.type)], [["preamble-skipped"], 30, ["integer", "integer"]]);
  // without the count line above it, the two words may be the points' header: the reading is left as it was
  const noCount = readFileSync("fixtures/dialect/count-two-word-name-extent-above-points.dat", "utf8").replace(/^30\n/, "");
  assert.equal(sniffDialect(noCount, true).header, true);
});

test("a row of group titles (merged cells: `\"Site\",,,\"Readings\",,`) above a full row of names is a preamble", () => {
  const d = sniffDialectFixture("group-titles-above-header.csv");
  assert.deepEqual([d.skipRows, d.header], [1, true]);
  const f = cliFile("group-titles-above-header.csv");
  assert.deepEqual(f.columns, ["station", "region", "kind", "morning", "noon", "evening"]);
  assert.deepEqual(Object.keys(f.byCode), ["preamble-skipped"]);
  // a sparse first row above records (no row of names under it) stays the header, its blank names reported
  const noNames = readFileSync("fixtures/dialect/group-titles-above-header.csv", "utf8").replace(/^"station".*\n/m, "");
  assert.equal(sniffDialect(noNames, true).skipRows, 0);
});

test("group titles over names that repeat (`,Sales,,Costs,` over `region,Q1,Q2,Q1,Q2`) are joined to them: one header, no duplicate", () => {
  const d = sniffDialectFixture("group-titles-above-repeated-names.csv");
  assert.deepEqual([d.skipRows, d.header, d.groupTitles], [1, true, ["", "Sales", "Sales", "Costs", "Costs"]]);
  const f = cliFile("group-titles-above-repeated-names.csv");
  assert.deepEqual(f.columns, ["region", "Sales Q1", "Sales Q2", "Costs Q1", "Costs Q2"]);
  assert.deepEqual(Object.keys(f.byCode), ["preamble-skipped"]);
  assert.deepEqual(f.stats!.map((s) => s.type), ["string", "integer", "integer", "integer", "integer"]);
  // titles that leave two names alike (`Sales` twice) join nothing: the title row stays the header
  const one = readFileSync("fixtures/dialect/group-titles-above-repeated-names.csv", "utf8").replace(",Costs,", ",Sales,");
  assert.equal(sniffDialect(one, true).groupTitles, undefined);
  // distinct names under the titles keep their names (the titles are a preamble only)
  assert.equal(sniffDialectFixture("group-titles-above-header.csv").groupTitles, undefined);
});

test("R's write.table header spaced above TAB rows (one name short: no name above the row names) is the header", () => {
  const d = sniffDialectFixture("spaced-header-above-tabbed-row-names.txt");
  assert.deepEqual([d.delimiter, d.whitespace, d.header, d.skipRows], [" ", true, true, 0]);
  const f = cliFile("spaced-header-above-tabbed-row-names.txt");
  assert.deepEqual(f.columns, ["row.names", "left", "right", "centre"]);
  assert.deepEqual(Object.keys(f.byCode), ["row-names-column"]);
  // a spaced first line as wide as the rows is left to the rule for whole alignment; one two short is no such header
  const short = readFileSync("fixtures/dialect/spaced-header-above-tabbed-row-names.txt", "utf8").replace(" centre", "");
  assert.equal(sniffDialect(short, true).delimiter, "\t");
});

test("a list of aligned names and numbers glued before `; notes` is headerless: its first row has the words of every row", () => {
  const d = sniffDialectFixture("aligned-mass-list-semicolon-notes-no-header.txt");
  assert.deepEqual([d.delimiter, d.header], [";", false]);
  const f = cliFile("aligned-mass-list-semicolon-notes-no-header.txt");
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 8, 0]);
  // under a header of words the same rows keep it
  const under = readFileSync("fixtures/dialect/aligned-mass-list-semicolon-notes-no-header.txt", "utf8");
  assert.equal(sniffDialect(`type  mass ; description\n${under}`, true).header, true);
});

test("a first row naming one thing two ways in two of its columns, as every row below does, is data (a list of spellings)", () => {
  const d = sniffDialectFixture("names-with-spellings-no-header.txt");
  assert.deepEqual([d.delimiter, d.header], [" ", false]);
  const f = cliFile("names-with-spellings-no-header.txt");
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [3, 5, 0]);
  // a header of two different names above the same rows stays a header
  const rows = readFileSync("fixtures/dialect/names-with-spellings-no-header.txt", "utf8");
  assert.equal(sniffDialect(`name     label     description\n${rows}`, true).header, true);
});

test("a code point above code points and ranges (`1CF7` above `0363..036F`) is the first record of a Unicode-style property list", () => {
  const d = sniffDialectFixture("code-point-first-row-no-header.txt");
  assert.deepEqual([d.delimiter, d.comment, d.header], [";", "#", false]);
  const f = cliFile("code-point-first-row-no-header.txt");
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 7, 0]);
  // a name above the same codes stays a header
  const rows = readFileSync("fixtures/dialect/code-point-first-row-no-header.txt", "utf8").replace("\n\n", "\nCode ; Scripts\n");
  assert.equal(sniffDialect(rows, true).header, true);
});

test("a sentence split at its commas above wider numeric records is a title (preamble), not a short header", () => {
  const d = sniffDialectFixture("prose-title-with-commas-above-numbers.csv");
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [",", 1, false]);
  const f = cliFile("prose-title-with-commas-above-numbers.csv");
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, Object.keys(f.byCode)], [5, 6, 0, ["preamble-skipped"]]);
  // short names above the same records (one per value column) stay a short header: the rows are then one cell long
  const named = readFileSync("fixtures/dialect/prose-title-with-commas-above-numbers.csv", "utf8").replace(/^.*\n/, "North,South,East,West\n");
  assert.equal(sniffDialect(named, true).skipRows, 0);
});

/** detectHeader's header for text read with `delimiter` (none: one column). */
const headerWith = (delimiter: string, text: string): boolean => detectHeader(text, true, { delimiter, quote: "", escape: "" }, { comment: null, skipRows: null, header: null }).header;
const oneColumnHeader = (text: string): boolean => headerWith("", text);

test("detectHeader: a one-column first line led by a number and a blank (`3187.743    HeI`) above lines that all are is data", () => {
  const text = readFileSync("fixtures/dialect/number-led-lines-one-column-no-header.txt", "utf8");
  assert.equal(oneColumnHeader(text), false);
  // a name above such lines stays the header
  assert.equal(oneColumnHeader("wavelength and ion\n" + text), true);
});

test("detectHeader: a one-column first line of fixed length (`1021MARTIN    CLAIRE   31950 …`) above lines of that length is data", () => {
  const text = readFileSync("fixtures/dialect/fixed-length-records-glued-fields-no-header.txt", "utf8");
  assert.equal(oneColumnHeader(text), false);
  // names above such records, not padded to their fields, stay the header
  assert.equal(oneColumnHeader("ID  NAME  FIRST NAME  CODES\r\n" + text), true);
});

test("detectHeader: a first path under the stem every key below shares (`Menu|Build|Add_Atoms` above `Menu|View|…`) is data", () => {
  const text = readFileSync("fixtures/dialect/menu-paths-under-one-stem-no-header.tsv", "utf8");
  assert.equal(headerWith("\t", text), false);
  // names above the same list stay the header
  assert.equal(headerWith("\t", "action\tkey\n" + text), true);
});

test("capital letters as names above columns of small letters are a header (`A,B` above `é,ß`); a key table in one case is not", () => {
  assert.equal(sniffDialectFixture("capital-letter-names-above-small-letters.csv").header, true);
  // the same keys with a small first key stay a key table
  const keys = readFileSync("fixtures/dialect/capital-letter-names-above-small-letters.csv", "utf8").split("\n").slice(1).join("\n");
  assert.equal(sniffDialect(keys, true).header, false);
  // a capital above capitals is a key table's first record (`Q` above `W`, `A`)
  assert.equal(sniffDialect("Q,x\nW,y\nA,z\nS,w\n", true).header, false);
});

test("a missing-value marker (`\\N`, `NA`) among numbers leaves a column of numbers: a word above it names it", () => {
  const d = sniffDialectFixture("sql-null-marker-under-names.txt");
  assert.deepEqual([d.delimiter, d.header], ["|", true]);
  assert.equal(sniffDialect("k,v\n1,x\n2,y\nNA,z\n3,w\n", true).header, true);
  // without the names the first record stays data
  assert.equal(sniffDialect(readFileSync("fixtures/dialect/sql-null-marker-under-names.txt", "utf8").split("\n").slice(1).join("\n"), true).header, false);
  const f = cliFile("sql-null-marker-under-names.txt");
  assert.deepEqual([f.errors, f.rows.total], [0, 5]);
});
