// Notes after TAB padding: a quote inside the note (comment.ts quoteKeepsLine), notes on a few rows (tab-notes.ts),
// and a services list's first record (tagged-number.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { cutInlineComments, inlineComments } from "../../src/dialect/comment.js";
import { fewTabNotes } from "../../src/dialect/tab-notes.js";
import { tabRunsAlign } from "../../src/dialect/tab-runs.js";
import { taggedNumberLikeBody } from "../../src/dialect/tagged-number.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (file: string): { name: string; text: string } => {
  const name = join("fixtures", "dialect", file);
  return { name, text: readFileSync(join(here, "..", "..", name), "utf8") };
};
const services = fixture("tab-padded-names-notes-holding-quotes.txt");
const ccddb = fixture("tab-aligned-keys-notes-on-few-rows.dat");
const read = (name: string): Report["files"][number] => (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];

test("cutInlineComments: a quote inside the note is the note's text; one before the mark keeps the line whole", () => {
  assert.equal(cutInlineComments('login\t513/tcp\t# which identify "domains"', "#"), "login\t513/tcp");
  assert.equal(cutInlineComments('a\t"x\t# y"\tz', "#"), 'a\t"x\t# y"\tz');
});

test("quoteKeepsLine: a quoted field after the mark (`Main St  # corner,\"Paris, FR\"`) keeps the line whole; the notes stay text", () => {
  assert.equal(cutInlineComments('1,Main St  # corner,"Paris, FR"', "#"), '1,Main St  # corner,"Paris, FR"');
  const q = '# addresses\nid,street,city\n1,Main St  # corner,"Paris, FR"\n2,High St,"Rome, IT"\n3,Low St  # back,"Oslo, NO"\n4,Elm St,"Bern, CH"\n5,Oak St,"Lima, PE"\n';
  assert.notEqual(sniffDialect(q, true).inlineComment, true);
});

test("sniffDialect: TAB-padded names whose notes hold quotes read with `#` as the comment character, no header", () => {
  const d = sniffDialect(services.text, true);
  assert.deepEqual([d.comment, d.inlineComment, d.header], ["#", true, false]);
});

test("the built CLI reads the services list as 2 columns of 14 records, with no error", () => {
  const f = read(services.name);
  assert.deepEqual([f.errors, f.columns.length, f.rows.total], [0, 2, 14]);
});

test("taggedNumberLikeBody: `1/tcp/udp` above ports is a record; a name, or values that are not all ports, is not", () => {
  assert.equal(taggedNumberLikeBody("1/tcp/udp", ["2/tcp/udp", "5/tcp", "7/udp/sctp"]), true);
  assert.equal(taggedNumberLikeBody("port", ["2/tcp/udp", "5/tcp", "7/udp/sctp"]), false);
  assert.equal(taggedNumberLikeBody("1/tcp", ["2/tcp", "n/a", "7/udp"]), false);
});

test("fewTabNotes: notes on 2 rows of 15 that make those rows wider are notes; the runs of TABs align the keys", () => {
  const lines = ccddb.text.replace(/\t{2,}/g, "\t").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  assert.equal(fewTabNotes(lines, "#"), true);
  assert.equal(inlineComments(lines.join("\n"), "#", true), true);
  // why the whole file: a cell that starts with the mark may lie beyond the lines read
  assert.equal(inlineComments(lines.join("\n"), "#", false), false);
  assert.equal(tabRunsAlign(ccddb.text), true);
});

test("the built CLI reads the instrument file as 2 columns, with no error", () => {
  const f = read(ccddb.name);
  assert.deepEqual([f.errors, f.columns.length], [0, 2]);
});

test("fewTabNotes: two `<TAB># moved` cells do not make notes of a `Flat  # 3 upper` cell on another row; the CLI reports the extra cells", () => {
  const tsv = fixture("tsv-two-tab-notes-and-a-spaced-hash-in-a-cell.tsv");
  const lines = tsv.text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  assert.equal(fewTabNotes(lines, "#"), false);
  assert.equal(fewTabNotes(lines.filter((l) => !l.includes("Flat")), "#"), true);
  const f = read(tsv.name);
  assert.deepEqual([f.rows.total, f.byCode["row-extra-cells"]], [20, 2]);
  // near miss: a bare `#` extra cell is as likely a cell as a note
  assert.equal(fewTabNotes(lines.filter((l) => !l.includes("Flat")).map((l) => l.replace("\t# moved", "\t#")), "#"), false);
});

test("fewTabNotes: a TSV cell that starts with the mark after an empty cell keeps the row's width, so it stays a cell", () => {
  const lines = ["id\tname\tnote", "1\ta\tx", "2\tb\ty", "3\t\t# 5", "4\tc\tz", "5\t\t# 6"];
  assert.equal(fewTabNotes(lines, "#"), false);
});

test("fewTabNotes: a cell that starts with the mark (`9230<TAB>#B4mad Research Lab`) refuses a few notes (the parser would cut it)", () => {
  const lines = ["1	Acme", "2	Beta Inc	# formerly 'Alpha'", "3	Gamma", "4	Delta	# formerly 'Epsilon'", "5	#B4mad Research Lab", "6	Zeta"];
  assert.equal(fewTabNotes(lines, "#"), false);
  assert.equal(fewTabNotes(lines.filter((l) => !l.startsWith("5")), "#"), true);
});
