// Property-based tests: random tables in random dialects and encodings read back exactly; random bytes never crash the tool.
// FUZZ_RUNS scales the case counts (scripts/fuzz.mjs runs thousands; CI runs the defaults below).
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { checkStream } from "../../src/index.js";
import type { Report } from "../../src/types.js";
import { assertReport } from "../helpers/report.js";
import { readCsv } from "./csv-reader.js";
import { runChild, runMain, tempDir } from "./helpers.js";

const SCALE = Number(process.env.FUZZ_RUNS ?? 0) || 1;
const runs = (ci: number) => (SCALE > 1 ? SCALE : ci);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const { dir, cleanup } = tempDir("prop");
after(cleanup);
let n = 0;
const file = (ext = "csv") => join(dir, `case-${++n}.${ext}`);

// ---------------------------------------------------------------- tables

type Enc = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

// why these characters: every one the tokenizer treats specially (all four delimiters, both quotes, CR, LF,
// backslash, formula starters) plus multi-byte text; NUL and U+FFFD are left out because they make a row
// invalid by design (nul-byte, encoding-error), which the random-bytes property covers instead
// A backslash is in: with --delimiter and --quote given, the sniffer no longer takes `\` for an escape
// (the test at the end of this file); FUZZ_BACKSLASH=0 leaves it out.
const SPECIAL = [",", ";", "\t", "|", '"', "'", "\r", "\n", " ", "=", "+", "-", "@", "#", ...(process.env.FUZZ_BACKSLASH === "0" ? [] : ["\\"])];
const WIDE = ["é", "ß", "€", "日本", "😀", "Ω"];
const LATIN = ["é", "ü", "ß", "€", "ñ"];

const cell = (wide: boolean) =>
  fc.array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(..."abcxyz019."), maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(...(wide ? WIDE : LATIN)) },
  ), { maxLength: 6 }).map((parts) => parts.join(""));

interface Case {
  enc: Enc;
  delimiter: string;
  quote: string;
  eol: string;
  quoteAll: boolean;
  finalEol: boolean;
  table: string[][];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  enc: fc.constantFrom<Enc>("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"),
  delimiter: fc.constantFrom(",", ";", "\t", "|"),
  quote: fc.constantFrom('"', "'"),
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  quoteAll: fc.boolean(),
  finalEol: fc.boolean(),
  cols: fc.integer({ min: 1, max: 5 }),
  rows: fc.integer({ min: 1, max: 25 }),
}).chain((c) => fc.array(fc.array(cell(c.enc !== "windows-1252"), { minLength: c.cols, maxLength: c.cols }), { minLength: c.rows, maxLength: c.rows })
  .map((table) => ({ enc: c.enc, delimiter: c.delimiter, quote: c.quote, eol: c.eol, quoteAll: c.quoteAll, finalEol: c.finalEol, table })));

/** Writes a table the way a careful CSV writer would in that dialect. */
function writeTable(c: Case): Buffer {
  const q = c.quote;
  const field = (s: string, width: number) => {
    // a lone empty cell must be quoted, or its line would read as the blank line that ends the file
    const must = s.includes(c.delimiter) || s.includes(q) || s.includes("\r") || s.includes("\n") || (width === 1 && s === "");
    return c.quoteAll || must ? q + s.split(q).join(q + q) + q : s;
  };
  const text = c.table.map((r) => r.map((s) => field(s, r.length)).join(c.delimiter)).join(c.eol) + (c.finalEol ? c.eol : "");
  switch (c.enc) {
    case "utf-8": return Buffer.from(text, "utf8");
    case "utf-8-bom": return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le": return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be": return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    case "windows-1252": return iconv.encode(text, "windows-1252");
  }
}

describe("hardening: round trip (--clean output equals the table)", () => {
  it("random tables in random dialects and encodings are read back exactly, every row valid", async () => {
    await fc.assert(fc.asyncProperty(caseArb, async (c) => {
      const input = file();
      const clean = file();
      const rejects = file();
      writeFileSync(input, writeTable(c));
      const encoding = c.enc === "utf-8-bom" ? "utf-8" : c.enc;
      // the dialect is named, not sniffed: this property is about reading and writing, not guessing (no comment
      // character either: a last row `# 2021,…` of a whole file is otherwise read as commented out, with a warning)
      const r = await runMain([input, "--no-header", "--skip-rows", "0", "--delimiter", c.delimiter, "--quote", c.quote, "--comment", "", "--encoding", encoding,
        "--clean", clean, "--rejects", rejects, "-q", "-f", "json"]);
      assert.equal(r.code, 0, `exit ${r.code}: ${r.stderr}\n${r.stdout.slice(0, 2000)}`);
      const report = JSON.parse(r.stdout) as Report;
      assertReport(report);
      const out = readCsv(readFileSync(clean, "utf8"));
      assert.deepEqual(out, c.table, "the --clean rows are the table's rows, cell for cell (no header line: the input had none)");
      assert.equal(readCsv(readFileSync(rejects, "utf8")).length, 1, "the rejects file holds only its header");
      assert.equal(report.files[0].rows.total, c.table.length);
    }), { numRuns: runs(150), seed });
  });
});

// ---------------------------------------------------------------- random bytes

// why a token soup as well as raw bytes: raw bytes are mostly "binary-file"; tokens reach the tokenizer's corners
const TOKENS = [",", ";", "\t", '"', '""', "'", "\r", "\n", "\r\n", "a", "1", "-2.5", "NULL", "NA", "=1+1", " ", "\\", "\0", "\uFFFD", "é", "日", "\u00ff\u00fe", "#"];
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }).map((u) => Buffer.from(u)),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((t) => Buffer.from(t.join(""), "utf8")),
  fc.tuple(fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }), fc.uint8Array({ maxLength: 40 }), fc.nat(200))
    .map(([t, junk, at]) => { const b = Buffer.from(t.join(""), "utf8"); const i = Math.min(at, b.length); return Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]); }),
);
const isGzipMagic = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The outcome every input must have: 0 or 1 and a valid report, or 2 with a source-error only for a broken gzip. */
function assertOutcome(bytes: Buffer, code: number | null, stdout: string, stderr: string): Report {
  if (code === 2) {
    assert.ok(isGzipMagic(bytes), `exit 2 on bytes that are not gzip: ${stderr}`);
  } else {
    assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
  }
  assert.doesNotMatch(stderr, /internal error|\n\s+at /, "no internal error or stack trace");
  const report = JSON.parse(stdout) as Report;
  assertReport(report);
  assert.equal(report.ok, code === 0, "ok is true exactly when the exit code is 0");
  if (code === 2) assert.equal(report.files[0].byCode["source-error"], 1);
  return report;
}

describe("hardening: random bytes", () => {
  it("end in exit 0 or 1 with a valid report, total = valid + invalid, and --clean/--rejects hold every record once", async () => {
    await fc.assert(fc.asyncProperty(bytesArb, async (bytes) => {
      const input = file();
      const clean = file();
      const rejects = file();
      writeFileSync(input, bytes);
      const r = await runMain([input, "--clean", clean, "--rejects", rejects, "-q", "-f", "json"]);
      const report = assertOutcome(bytes, r.code, r.stdout, r.stderr);
      const f = report.files[0];
      if (r.code === 2) return;
      // --rejects has a header line once a header (or a headerless first record) was read, --clean only when the input
      // had a header line; the records after it split the file's rows
      const records = (p: string, headerLine: boolean) => { const rows = readCsv(readFileSync(p, "utf8")); return rows.length === 0 || !headerLine ? rows.length : rows.length - 1; };
      assert.equal(records(clean, f.dialect?.header !== false), f.rows.valid, "--clean holds exactly the valid rows");
      assert.equal(records(rejects, true), f.rows.invalid, "--rejects holds exactly the invalid rows");
    }), { numRuns: runs(300), seed });
  });

  it("checkStream yields every defect (uncapped) and then a file report whose counts match", async () => {
    await fc.assert(fc.asyncProperty(bytesArb, fc.integer({ min: 0, max: 3 }), async (bytes, maxDefects) => {
      const input = file();
      writeFileSync(input, bytes);
      let defects = 0;
      let last: Extract<Awaited<ReturnType<typeof checkStream>["next"]> extends IteratorResult<infer T> ? T : never, { type: "file" }> | null = null;
      for await (const item of checkStream(input, { maxDefects })) {
        assert.equal(last, null, "nothing follows the file report");
        if (item.type === "defect") defects++;
        else last = item;
      }
      assert.ok(last, "a file report is yielded");
      const f = last.file;
      assert.equal(f.rows.total, f.rows.valid + f.rows.invalid);
      assert.equal(defects, f.errors + f.warnings, "every counted defect was yielded, whatever maxDefects");
      assert.ok(f.defects.filter((d) => d.row !== null).length <= maxDefects, "the report's row-level list is capped");
    }), { numRuns: runs(150), seed });
  });

  it("the real CLI on random bytes (standard input and files) ends in 0 or 1 and prints a valid report", async () => {
    const samples = fc.sample(bytesArb, { numRuns: SCALE > 1 ? Math.min(SCALE, 200) : 6, seed });
    for (const [i, bytes] of samples.entries()) {
      const viaStdin = i % 2 === 0;
      const input = file();
      if (!viaStdin) writeFileSync(input, bytes);
      const r = await runChild([viaStdin ? "-" : input, "-q", "-f", "json"], viaStdin ? { stdin: async (w) => { w.write(bytes); } } : {});
      assert.equal(r.signal, null, "not killed");
      assertOutcome(bytes, r.code, r.stdout, r.stderr);
    }
  });
});

// a guard against a silently empty property: the generator really produces the special characters
it("hardening: the table generator reaches quotes, line breaks and wide characters", () => {
  const all = fc.sample(caseArb, { numRuns: 200, seed: 1 }).flatMap((c) => c.table.flat()).join("");
  for (const ch of ['"', "'", "\r", "\n", ",", "\t", "😀"]) assert.ok(all.includes(ch), `generator never produced ${JSON.stringify(ch)}`);
  assert.ok(existsSync(dir));
});

// Found by the round-trip property (seed 174180461): a doubled-quote file whose one field is a lone backslash.
it("hardening: a forced dialect reads an RFC 4180 field holding a backslash (escape not sniffed as \\)", async () => {
  const input = file();
  const clean = file();
  writeFileSync(input, '"",""\n"",""\n"\\",","');
  const r = await runMain([input, "--no-header", "--delimiter", ",", "--quote", '"', "--clean", clean, "-q", "-f", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.files[0].byCode, {}, "no defect: every field is closed under doubled-quote rules");
  assert.deepEqual(readCsv(readFileSync(clean, "utf8")), [["", ""], ["", ""], ["\\", ","]]);
});

// Found by the round-trip property (seed -1150312463): a few Latin letters in no language (`ñé`, `ß`, `ü`, `€€`)
// forced windows-1252 were contradicted by a Greek reading (`ρι`, `ί`) the detector held at 0.81.
it("hardening: a forced windows-1252 table of stray accented letters is not contradicted by a Greek reading", async () => {
  const input = file();
  const rows = [["", ""], ["aaa€,z€", ""], ["", "ß"], ["", ""], ["ñé", "aa"], ["ß", "ü"], ["", "é"], ["", "€€"], ["", ""]];
  const pad = Array.from({ length: 12 }, () => ["", ""]);
  const table = [...pad.slice(0, 2), ...rows.slice(1, 3), ...pad.slice(2, 6), ...rows.slice(3), ...pad.slice(6, 8)];
  writeFileSync(input, iconv.encode(table.map((r) => r.join("|")).join("\n"), "windows-1252"));
  const r = await runMain([input, "--no-header", "--skip-rows", "0", "--delimiter", "|", "--quote", '"', "--comment", "", "--encoding", "windows-1252", "-q", "-f", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.files[0].byCode["encoding-mismatch"], undefined, r.stdout.slice(0, 1500));
  assert.equal(r.code, 0);
});
