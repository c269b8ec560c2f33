// Seeded hostile CSV files against an independent RFC 4180 reader: every record accounted for, none altered, split = one pass.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "./csv-reader.js";
import { tempDir } from "./helpers.js";
import { runCli } from "../helpers/cli.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

// why an override: HOSTILE_RECORDS_FILES=400 searches further by hand; 40 keep the suite fast
const FILES = Number(process.env.HOSTILE_RECORDS_FILES ?? 40);
const { dir, cleanup } = tempDir("hostile-records");
after(cleanup);

/** mulberry32: a seeded generator, so a failing file is made again from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

/** One cell: plain values, quotes and "" inside, the delimiter, quoted CR/LF/CRLF, long runs, NULs, a lone quote. */
function cell(r: () => number): string {
  const k = r();
  if (k < 0.35) return pick(r, ["abc", "12", "3.5", "x y", "Zoë", "", "  pad ", "=1+2", "-3"]);
  if (k < 0.45) return 'q"uo"te';
  if (k < 0.55) return "with,comma";
  if (k < 0.62) return "line" + pick(r, ["\n", "\r\n", "\r"]) + "break";
  if (k < 0.66) return "x".repeat(pick(r, [1000, 5000]));
  if (k < 0.69) return "nul\0byte";
  if (k < 0.72) return "tab\there";
  if (k < 0.75) return '"';
  return String(Math.floor(r() * 1e6));
}
const quoted = (c: string): string => (/[,"\r\n]|^ | $/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

interface Made { bytes: Buffer; trailing: boolean; cut: boolean }

/** A file of 1-5 columns: LF, CRLF, CR or mixed line ends, ragged rows, blank lines, trailing delimiters, BOM, no final line break, cut short. */
function hostile(seed: number): Made {
  const r = rng(seed);
  const ncol = 1 + Math.floor(r() * 5);
  const mode = pick(r, ["\n", "\r\n", "\r", "mix"]);
  const eol = () => (mode === "mix" ? pick(r, ["\n", "\r\n", "\r"]) : mode);
  const trailing = r() < 0.1;
  const lines = [Array.from({ length: ncol }, (_, i) => `h${i}`).join(",") + (trailing ? "," : "")];
  const rows = 1 + Math.floor(r() * 40);
  for (let i = 0; i < rows; i++) {
    const n = r() < 0.1 ? Math.max(1, ncol + pick(r, [-1, 1, 2])) : ncol;
    lines.push(Array.from({ length: n }, () => quoted(cell(r))).join(",") + (trailing ? "," : ""));
    if (r() < 0.05) lines.push("");
  }
  let text = lines.map((l) => l + eol()).join("");
  if (r() < 0.3) text = text.replace(/[\r\n]+$/, "");
  let bytes = Buffer.from(text, "utf8");
  if (r() < 0.15) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  const cut = r() < 0.1;
  if (cut) bytes = bytes.subarray(0, Math.floor(bytes.length / 2 + r() * (bytes.length / 2 - 1)));
  return { bytes, trailing, cut };
}

/** The reference: RFC 4180 with CR, LF and CRLF as record ends, written here without the project's parser. */
function rfc4180(bytes: Buffer): string[][] {
  let t = bytes.toString("utf8");
  if (t.startsWith("\ufeff")) t = t.slice(1);
  const out: string[][] = [];
  let row: string[] = [], cell = "", inQuotes = false, i = 0;
  const endRow = () => { row.push(cell); out.push(row); row = []; cell = ""; };
  while (i < t.length) {
    const c = t[i];
    if (inQuotes) {
      if (c === '"' && t[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { inQuotes = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"' && cell === "") { inQuotes = true; i++; continue; }
    if (c === ",") { row.push(cell); cell = ""; i++; continue; }
    if (c === "\r" || c === "\n") { endRow(); i += c === "\r" && t[i + 1] === "\n" ? 2 : 1; continue; }
    cell += c; i++;
  }
  if (cell !== "" || row.length > 0 || inQuotes) endRow();
  return out;
}

/** The records --clean and --rejects hold together, as the input had them (`_cells` undoes the rejects padding). */
function recordsBack(clean: string[][], rejects: string[][]): string[][] {
  const [head, ...rows] = rejects;
  const width = head.length - 4;
  const back = rows.map((x) => {
    const n = Number(x[width + 3]);
    const extra = x[width + 2] === "" ? [] : readCsv(x[width + 2] + "\n")[0];
    return [...x.slice(0, Math.min(n, width)), ...extra];
  });
  return [...clean.slice(1), ...back];
}

const key = (rows: string[][]): string[] => rows.map((r) => JSON.stringify(r)).sort();

describe("hostile records: seeded hostile files, read against an independent RFC 4180 reader (wqa10)", () => {
  const made = new Map<string, Made>();
  let report: { files: Array<{ source: string; rows: { total: number; valid: number; invalid: number } }> };

  before(() => {
    for (const d of ["in", "clean", "rejects"]) mkdirSync(join(dir, d));
    for (let s = 0; s < FILES; s++) {
      const m = hostile(s);
      made.set(`s${s}.csv`, m);
      writeFileSync(join(dir, "in", `s${s}.csv`), m.bytes);
    }
    const r = runCli([join(dir, "in"), "--delimiter", ",", "--quote", '"', "--clean", join(dir, "clean"), "--rejects", join(dir, "rejects"),
      "--max-defects", "100000", "-q", "-f", "json"]);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    report = JSON.parse(r.stdout);
  });

  it("every record is counted once in the report and lands in --clean or --rejects, as the reference reads it", () => {
    assert.equal(report.files.length, FILES);
    const outs = readdirSync(join(dir, "clean"));
    for (const f of report.files) {
      const name = f.source.split(/[\\/]/).pop()!;
      const m = made.get(name)!;
      const stem = name.replace(/\.csv$/, "");
      const clean = readCsv(readFileSync(join(dir, "clean", outs.find((o) => o.startsWith(stem + "."))!, ), "utf8"));
      const rejects = readCsv(readFileSync(join(dir, "rejects", readdirSync(join(dir, "rejects")).find((o) => o.startsWith(stem + "."))!), "utf8"));
      const got = recordsBack(clean, rejects);
      assert.equal(f.rows.total, f.rows.valid + f.rows.invalid, name);
      assert.equal(got.length, f.rows.total, `${name}: clean + rejects hold ${got.length} records, the report counts ${f.rows.total}`);
      if (m.cut) continue; // the reference has no opinion on a record cut inside its quotes
      const want = rfc4180(m.bytes).slice(1);
      // why both: a delimiter ending every line is either a column of its own (its empty cell kept) or no cell at all
      const cut = want.map((w) => (w.length > 1 && w[w.length - 1] === "" ? w.slice(0, -1) : w));
      if (m.trailing && JSON.stringify(key(got)) === JSON.stringify(key(cut))) continue;
      assert.deepEqual(key(got), key(want), `${name}: the records differ from the reference's`);
    }
  });

  it("a split into 4 KiB parts gives the rows and defects of one pass", async () => {
    const pickOf = (r: Awaited<ReturnType<typeof check>>) => {
      const x = r.files[0];
      return { rows: x.rows, byCode: x.byCode, at: x.defects.map((d) => `${d.code}@${d.line}/${d.row}`).sort() };
    };
    const o = { delimiter: ",", quote: '"', maxDefects: 100000 };
    for (const name of made.keys()) {
      const file = join(dir, "in", name);
      const one = await check(file, { ...o, jobs: 1 });
      const split = await check(file, { ...o, jobs: 2, split: { minBytes: 1, partBytes: 4096 } });
      assert.deepEqual(pickOf(split), pickOf(one), name);
    }
  });
});
