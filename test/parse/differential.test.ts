// Differential test of the tokenizer against csv-parse (the reference): corpus files and fuzzed input must give the same records and lines.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { sniffDialect } from "../../src/dialect/index.js";
import { tokenize } from "../helpers/tokenize.js";
import { CORPUS as SHARED_CORPUS } from "../helpers/shared.js";

const CORPUS = SHARED_CORPUS;
// encoding/ holds files for encoding detection (UTF-16, legacy code pages): read as UTF-8 they test nothing of the tokenizer
const FOLDERS = ["csv-spectrum", "clevercsv", "pollock", "duckdb", "frictionless", "csvlint", "csvw"];
// The default run keeps the suite fast (files up to 64 KiB); DIFFERENTIAL_FULL=1 compares every file up to 4 MiB.
const FULL = process.env.DIFFERENTIAL_FULL === "1";
const MAX_FILE_BYTES = FULL ? 4 * 1024 * 1024 : 64 * 1024;

interface Ref { cells: string[][]; endLines: number[] }

/** csv-parse with every line break honoured (CRLF, LF, lone CR), as ingest-check counts them; null when it throws. */
function reference(text: string, d: { delimiter: string; quote: string; escape: string }): Ref | null {
  try {
    const rows = parse(text, {
      relax_column_count: true, skip_empty_lines: false, info: true, bom: false,
      delimiter: d.delimiter, quote: d.quote, escape: d.escape, record_delimiter: ["\r\n", "\n", "\r"],
    }) as Array<{ record: string[]; info: { lines: number } }>;
    // Deliberate difference: inside a quoted field csv-parse counts the CR and the LF of a CRLF as two lines; SPEC
    // section 4 counts a CRLF as one line break everywhere. Its count is corrected by the CRLFs in the cells so far.
    let crlf = 0;
    const endLines = rows.map((r) => {
      for (const c of r.record) crlf += c.split("\r\n").length - 1;
      return r.info.lines - crlf;
    });
    // Deliberate difference: a last line that is just `//` (the EMBL/EMBOSS end mark) is no record for us (csv.ts endMark)
    if (/(^|\n)\/\/(\r?\n)?$/.test(text) && rows.at(-1)?.record.join("|") === "//") { rows.pop(); endLines.pop(); }
    return { cells: rows.map((r) => r.record), endLines };
  } catch {
    return null;
  }
}

function ours(text: string, d: { delimiter: string; quote: string; escape: string | null }) {
  const recs = tokenize(text, { delimiter: d.delimiter, quote: d.quote, escape: d.escape, maxRecordChars: 1e9 });
  return { cells: recs.map((r) => r.cells), endLines: recs.map((r) => r.endLine), lines: recs.map((r) => r.line), defects: recs.flatMap((r) => r.defects ?? []) };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (/\.(csv|tsv|txt)$/i.test(e.name) && statSync(p).size <= MAX_FILE_BYTES) out.push(p);
  }
  return out.sort();
}

describe("tokenizer vs csv-parse: corpus", { skip: !existsSync(CORPUS) && `no corpus at ${CORPUS}` }, () => {
  it("yields csv-parse's records and end lines on every corpus file csv-parse reads without error", { timeout: FULL ? 600_000 : 120_000 }, () => {
    const stats = { files: 0, compared: 0, records: 0, csvParseRejects: 0, escapeExcluded: 0 };
    const disagreements: string[] = [];
    for (const folder of FOLDERS) {
      if (!existsSync(join(CORPUS, folder))) continue;
      for (const file of listFiles(join(CORPUS, folder))) {
        stats.files++;
        let text = readFileSync(file, "utf8");
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // the encoding stage strips the BOM before parsing
        const sniffed = sniffDialect(text.slice(0, 1024 * 1024), text.length <= 1024 * 1024);
        const quote = sniffed.quote ?? '"';
        // Deliberate difference: with an escape character (e.g. \) we follow Python's csv (the escape keeps the next
        // character literally, inside and outside quotes); csv-parse honours it only before a quote or itself inside
        // quotes. Files of an escape dialect that hold the character are therefore not compared.
        if (sniffed.escape !== null && text.includes(sniffed.escape)) { stats.escapeExcluded++; continue; }
        const ref = reference(text, { delimiter: sniffed.delimiter, quote, escape: quote });
        if (ref === null) { stats.csvParseRejects++; continue; }
        const got = ours(text, { delimiter: sniffed.delimiter, quote, escape: null });
        stats.compared++;
        stats.records += ref.cells.length;
        const name = relative(CORPUS, file);
        try {
          assert.deepEqual(got.cells, ref.cells);
          assert.deepEqual(got.endLines, ref.endLines);
          // csv-parse keeps every line in some record (skip_empty_lines: false), so each record starts after the last
          assert.deepEqual(got.lines, ref.endLines.map((_, i) => (i === 0 ? 1 : ref.endLines[i - 1] + 1)));
          // what csv-parse reads without error holds no quote defect for us either
          assert.deepEqual(got.defects.filter((d) => d.code.startsWith("quote-")), []);
        } catch (e) {
          const first = ref.cells.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(got.cells[i]));
          disagreements.push(`${name} (delimiter ${JSON.stringify(sniffed.delimiter)}, quote ${JSON.stringify(quote)}): record ${first}: ` +
            `csv-parse ${JSON.stringify(ref.cells[first])?.slice(0, 120)} vs ours ${JSON.stringify(got.cells[first])?.slice(0, 120)}; ${(e as Error).message.split("\n")[0]}`);
        }
      }
    }
    console.log(`differential${FULL ? " (full)" : ""}: ${stats.files} corpus files, ${stats.compared} compared (${stats.records} records), ` +
      `${stats.csvParseRejects} rejected by csv-parse, ${stats.escapeExcluded} escape-dialect files excluded, ${disagreements.length} disagreements`);
    assert.ok(stats.compared > 100, `only ${stats.compared} files compared`);
    assert.deepEqual(disagreements, []);
  });
});

/** Writes a table as RFC 4180 CSV. */
function writeCsv(rows: string[][], o: { delimiter: string; quoteAll: boolean; eol: string; finalEol: boolean }): string {
  const needs = (s: string) => s.includes(o.delimiter) || /["\r\n]/.test(s);
  const lines = rows.map((r) => r.map((c) => (o.quoteAll || needs(c) || (r.length === 1 && c === "") ? `"${c.replace(/"/g, '""')}"` : c)).join(o.delimiter));
  return lines.join(o.eol) + (o.finalEol ? o.eol : "");
}

describe("tokenizer vs csv-parse: fuzzed input", () => {
  const cell = fc.array(fc.constantFrom("a", "b", " ", ",", ";", "\t", "|", '"', "\n", "\r", "\r\n", "é", "日", "😀", "#", "'"), { maxLength: 6 }).map((xs) => xs.join(""));
  const table = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
  const style = fc.record({
    delimiter: fc.constantFrom(",", ";", "\t", "|"),
    quoteAll: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    finalEol: fc.boolean(),
  });

  it("random tables written as RFC 4180 CSV read back exactly, as csv-parse reads them", () => {
    fc.assert(fc.property(table, style, (rows, s) => {
      const text = writeCsv(rows, s);
      const got = ours(text, { delimiter: s.delimiter, quote: '"', escape: null });
      assert.deepEqual(got.cells, rows);
      assert.deepEqual(got.defects, []);
      const ref = reference(text, { delimiter: s.delimiter, quote: '"', escape: '"' });
      assert.ok(ref !== null, "csv-parse reads RFC 4180 CSV");
      assert.deepEqual(got.cells, ref.cells);
      assert.deepEqual(got.endLines, ref.endLines);
    }), { numRuns: 300 });
  });

  it("random strings over a , \" \\n \\r: where csv-parse reads them, we read the same records and lines", () => {
    let compared = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom("a", ",", '"', "\n", "\r"), { maxLength: 24 }).map((xs) => xs.join("")), (text) => {
      const ref = reference(text, { delimiter: ",", quote: '"', escape: '"' });
      if (ref === null) return;
      compared++;
      const got = ours(text, { delimiter: ",", quote: '"', escape: null });
      assert.deepEqual(got.cells, ref.cells);
      assert.deepEqual(got.endLines, ref.endLines);
    }), { numRuns: 2000 });
    assert.ok(compared > 200, `only ${compared} inputs were read by csv-parse`);
  });
});
