// Quote and escape sniffing (dialect/choose.ts, evidence.ts): quoted text is no delimiter evidence; `|` quotes; RFC 4180 backslashes; `--quote ''`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const rel = (name: string): string => join("fixtures", "dialect", name);
const sniff = (name: string, quote?: string) => sniffDialect(readFileSync(join(here, "..", "..", rel(name)), "utf8"), true, quote === undefined ? {} : { quote });
const json = (args: string[]): { code: number; report: Report } => {
  const r = runCli([...args, "--format", "json"]);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
};

test("colons inside a quoted first field are not the delimiter: the comma is", () => {
  const d = sniff("colons-inside-quoted-first-field.csv");
  assert.equal(d.delimiter, ",");
  assert.equal(d.quote, '"');
});

test("'|' wrapping every last field (with '\"' inside) is sniffed as the quote", () => {
  const d = sniff("pipe-quoted-fields.csv");
  assert.equal(d.delimiter, ",");
  assert.equal(d.quote, "|");
});

test("a backslash before a closing quote (a valid RFC 4180 field) is no escape", () => {
  const d = sniff("backslash-before-closing-quote-rfc4180.csv");
  assert.equal(d.quote, '"');
  assert.equal(d.escape, null);
  // the escape is still found where `\"` stands inside a field
  assert.equal(sniff("backslash-escape.csv").escape, "\\");
});

test("a file whose only quoted fields are empty (\"\") is quoted", () => {
  assert.equal(sniff("only-empty-quoted-fields.csv").quote, '"');
});

test("--quote '' forces no quoting", () => {
  const d = sniff("only-empty-quoted-fields.csv", "");
  assert.equal(d.quote, "");
  const { code, report } = json([rel("only-empty-quoted-fields.csv"), "--quote", ""]);
  assert.equal(code, 0);
  assert.equal(report.files[0].dialect?.quote, "");
  // with no quoting, "" is a two-character value
  const { report: r2 } = json([rel("pipe-quoted-fields.csv"), "--quote", ""]);
  assert.equal(r2.files[0].dialect?.quote, "");
});

test("a TSV with no quoted field reads '\"' inside its text as text: no quote-stray", () => {
  const { code, report } = json([rel("literal-quotes-in-unquoted-tsv.tsv")]);
  // no field quoted: the report says null (SPEC), and the sniffer reads '"' as text everywhere ("" for the parser)
  assert.equal(report.files[0].dialect?.quote, null);
  assert.equal(sniff("literal-quotes-in-unquoted-tsv.tsv").quote, "");
  assert.equal(sniff("literal-quotes-in-unquoted-tsv.tsv").quoteText, true);
  assert.equal(report.files[0].byCode["quote-stray"] ?? 0, 0);
  assert.equal(code, 0);
});

test("the '|'-quoted file reads without quote-stray end to end", () => {
  const { code, report } = json([rel("pipe-quoted-fields.csv")]);
  assert.equal(report.files[0].errors, 0, JSON.stringify(report.files[0].defects.slice(0, 3)));
  assert.equal(code, 0);
});

test("a TSV whose cells start with a literal '\"' (`\"Blue\" Widgets Inc`) and hold no quoted field: no quoting, no quote-stray", () => {
  assert.equal(sniff("quote-at-cell-start-in-unquoted-tsv.tsv").quote, "");
  const { code, report } = json([rel("quote-at-cell-start-in-unquoted-tsv.tsv")]);
  assert.equal(report.files[0].dialect?.quote, null);
  assert.equal(report.files[0].errors, 0, JSON.stringify(report.files[0].defects.slice(0, 3)));
  assert.equal(report.files[0].rows.total, 6);
  assert.equal(code, 0);
  // the same file forced to quote reads the cells as quoted fields with text after them
  const forced = json([rel("quote-at-cell-start-in-unquoted-tsv.tsv"), "--quote", '"']);
  assert.ok((forced.report.files[0].byCode["quote-stray"] ?? 0) > 0);
});

test("a TSV with real quoted fields (a comma inside, a doubled quote) keeps its quote", () => {
  assert.equal(sniff("quoted-tsv.tsv").quote, '"');
  const { code, report } = json([rel("quoted-tsv.tsv")]);
  assert.equal(report.files[0].errors, 0);
  assert.equal(code, 0);
});

test("a comma file keeps RFC 4180 quoting: a cell starting with '\"' and text after the closing quote is quote-stray", () => {
  assert.equal(sniff("quote-at-cell-start-in-comma-file.csv").quote, null);
  const { code, report } = json([rel("quote-at-cell-start-in-comma-file.csv")]);
  assert.equal(report.files[0].dialect?.quote, null);
  assert.equal(report.files[0].byCode["quote-stray"], 1);
  assert.equal(code, 1);
});

test("a '|' that wraps a name only in a repeated report header (`Largest |g|`) is no quote: the name stays whole", () => {
  assert.notEqual(sniff("pipe-in-repeated-report-header.txt").quote, "|");
  const { code, report } = json([rel("pipe-in-repeated-report-header.txt")]);
  const f = report.files[0];
  assert.equal(f.dialect?.quote, null);
  assert.deepEqual(f.columns, ["Step", "Method", "Scale", "Target", "Norm", "Largest |g|"]);
  // the only errors are the header's copies above each block (header-repeated): no cell is cut at a '|'
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["header-repeated", 10], ["header-repeated", 19]]);
  assert.equal(code, 1);
  // the quote still counts where the data uses it (pipe-quoted-fields.csv, above)
});

test("a non-comma file cut inside its only quoted field (no line break after the opening '\"') reads the quote as a quote: quote-unclosed, not a shorter success", () => {
  const d = sniff("semicolon-file-cut-inside-its-only-quoted-field.csv");
  assert.equal(d.quoteText, undefined);
  const { code, report } = json([rel("semicolon-file-cut-inside-its-only-quoted-field.csv"), "-q"]);
  assert.equal(code, 1);
  assert.equal(report.files[0].byCode["quote-unclosed"], 1);
  // the same file whole (the quote closed, a line break at the end) is clean
  const whole = sniffDialect('id;name\n1;Ada\n2;"Bob"\n', true);
  assert.equal(whole.quote, '"');
  // a literal '"' ending a cell of the last line, no line break after it: still text
  assert.equal(sniffDialect('a\tb\n1\tx\n2\t"Blue" Widgets', true).quoteText, true);
});

test("quoteEvidence: a list whose entries include a lone '\"' (a stop-word list's punctuation) reads '\"' as an entry, not a quote", () => {
  const d = sniff("punctuation-list-with-lone-quote-entries.txt");
  assert.equal(d.delimiter, "");
  assert.equal(d.quote, "");
  const { report } = json([rel("punctuation-list-with-lone-quote-entries.txt")]);
  assert.equal(report.files[0].rows.total, 44);
  // the same with lone apostrophes (`'` among English stop words)
  const apostrophes = ["'", "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "'", "any", "are"];
  assert.notEqual(sniffDialect(apostrophes.join("\n") + "\n", true).quote, "'");
  // a multi-line cell that opens or closes on text is still quoted: `"` then text, text then `"`
  assert.equal(sniffDialect('id,note\n1,"first line\nsecond"\n2,"one\n"\n3,plain\n', true).quote, '"');
});

test("quoteEvidence: a lexicon whose token column holds a lone '\"' (`\"<TAB>''`) reads it as a token: all 12 entries, 2 cells each", () => {
  const d = sniff("tagger-lexicon-with-quote-token.tsv");
  assert.equal(d.delimiter, "\t");
  assert.equal(d.quote, "");
  const { code, report } = json([rel("tagger-lexicon-with-quote-token.tsv")]);
  assert.equal(code, 0);
  assert.equal(report.files[0].rows.total, 12);
  // a quoted delimiter (`","`) crosses no line: still a quoted field
  assert.equal(sniffDialect('sym,name\n",",comma\n";",semicolon\n"a",letter\n', true).quote, '"');
  // nor does a quoted line break alone (`"\n"`): a quoted field, though both its quotes stand alone
  assert.equal(sniffDialect('sym,name\n",",comma\n"\n",newline\n"a",letter\n', true).quote, '"');
});

test("endsInsideQuote: a lone '\"' cell lines above the end of a file with no last line break (a dice word list's entry) is text, not a cut field", () => {
  const d = sniff("dice-word-list-lone-quote-entry-no-final-newline.tsv");
  assert.equal(d.quoteText, true);
  const { code, report } = json([rel("dice-word-list-lone-quote-entry-no-final-newline.tsv"), "-q"]);
  assert.deepEqual([code, report.files[0].errors, report.files[0].rows.total], [0, 0, 30]);
  // a quote opening its text on the last line is still a cut field (`2<TAB>"Bob`)
  assert.equal(sniffDialect('id\tname\n1\tAda\n2\t"Bob', true).quoteText, undefined);
});
