// Pollock: end-to-end dialect/header/table agreement on the survey and file-level files, and row-level pollution location.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { runOne, mdTable, frac, pct, normDialect, fmtDialect, defectSummary, firstN, readJson, isMain, DEFAULT_CORPUS } from "./lib.mjs";

/** Survey parameters that contradict their own bytes (anchors/scores.md §3.1): kept in the headline, also shown without. */
const SUSPECT = new Set(["vissim_data_conf2473_i7_v1987.csv", "LOS_1050CFit.csv", "OccurrenceData351.csv"]);
const DIALECT_CASES = ["file_field_delimiter_0x20", "file_field_delimiter_0x2C_0x20", "file_field_delimiter_0x3B", "file_field_delimiter_0x9",
  "file_quotation_char_0x27", "file_escape_char_0x00", "file_escape_char_0x5C", "file_record_delimiter_0xA", "file_record_delimiter_0xD"];
const FAMILIES = ["row_extra_quote", "row_less_sep", "row_more_sep", "row_field_delimiter"];

const errorsOf = (f) => f.defects.filter((d) => d.severity === "error");
const cleanTable = (p) => parse(readFileSync(p), { relax_column_count: true, bom: true });
const norm = (cells) => cells.map((c) => c.trim()).join("\u0001");

/** Multiset overlap of our data records with clean/'s (cells trimmed): Pollock's record precision/recall, whole records only. */
function recordOverlap(ours, clean) {
  const want = new Map();
  for (const r of clean) { const k = norm(r); want.set(k, (want.get(k) ?? 0) + 1); }
  let hit = 0;
  for (const r of ours) {
    const k = norm(r.cells);
    const n = want.get(k) ?? 0;
    if (n > 0) { hit++; want.set(k, n - 1); }
  }
  return { hit, ours: ours.length, clean: clean.length };
}

const key = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
function nameOverlap(truth, ours) {
  const want = truth.map(key).filter(Boolean);
  if (!want.length) return 1;
  const have = new Set(ours.map(key));
  return want.filter((n) => have.has(n)).length / want.length;
}

const num = (v) => (v === "" || v == null ? NaN : Number(v));

/** One survey or file-level case: dialect, header flag, header cells, row count and record overlap against clean/. */
async function tableCase(c) {
  const r = await runOne(c.path, {}, { records: true });
  if (r.error) return { ...c, failed: r.error };
  const f = r.file;
  const got = f.dialect ? normDialect(f.dialect) : { delimiter: "", quote: "", escape: "" };
  const exact = got.delimiter === c.want.delimiter && got.quote === c.want.quote && got.escape === c.want.escape;
  const clean = existsSync(c.cleanPath) ? cleanTable(c.cleanPath) : null;
  // clean/ always starts with one header row (col_0… when the file has none), then the records
  const overlap = clean ? recordOverlap(r.records, clean.slice(1)) : null;
  const p = c.params;
  const headerLines = num(p?.header_lines);
  const preamble = num(p?.preamble_lines);
  // why f.bytes > 0: an empty file has no header to agree on (locations-1998.csv is 0 bytes)
  const headerOk = preamble === 0 && !Number.isNaN(headerLines) && f.bytes > 0 ? f.dialect?.header === headerLines >= 1 : null;
  // One header line: did we take the right line as the header (preamble skipped)? Pollock's column_names are
  // normalised by upstream (commas and quotes dropped, padded to n_columns), so exact equality is too strict:
  // the line counts as found when at least half of the true non-empty names occur among ours (compared as
  // lower-case letters and digits only). A preamble line taken as the header shares almost none.
  const columnsOk = headerLines === 1 && Array.isArray(p?.column_names) ? f.dialect?.header === true && nameOverlap(p.column_names, f.columns) >= 0.5 : null;
  return { ...c, file: f, got, exact, headerOk, columnsOk, overlap };
}

function surveyCases(dir) {
  const idx = parse(readFileSync(join(dir, "survey_sample", "index.csv")), { columns: true });
  return idx.map((r) => ({
    set: "survey", name: r.file, path: join(dir, r.polluted_path), cleanPath: join(dir, r.clean_path),
    params: readJson(join(dir, r.parameters_path)),
    want: normDialect({ delimiter: JSON.parse(r.delimiter), quote: JSON.parse(r.quotechar), escape: JSON.parse(r.escapechar) }),
  }));
}

function syntheticIndex(dir) {
  return parse(readFileSync(join(dir, "synthetic", "index.csv")), { columns: true });
}

function fileLevelCases(dir, idx) {
  const names = ["source", ...idx.filter((r) => r.pollution.startsWith("file_")).map((r) => r.file.replace(/\.csv$/, ""))];
  return [...new Set(names)].map((name) => {
    const pf = join(dir, "synthetic", "parameters", `${name}.csv_parameters.json`);
    const params = existsSync(pf) ? readJson(pf) : null;
    return {
      set: "file", name, path: join(dir, "synthetic", "csv", `${name}.csv`), cleanPath: join(dir, "synthetic", "clean", `${name}.csv`),
      params, want: normDialect({ delimiter: params?.delimiter, quote: params?.quotechar, escape: params?.escapechar }),
    };
  });
}

/** The expected outcome of each file-level file (anchors/scores.md §3.3). Returns [pass, why]. */
function fileOutcome(c) {
  const f = c.file;
  const errs = errorsOf(f);
  const noErr = errs.length === 0;
  const at = (lines) => f.defects.some((d) => d.line !== null && lines.includes(d.line));
  const dialectLt = (lt) => c.exact && f.rows.total === 83 && (f.dialect?.lineTerminator == null || f.dialect.lineTerminator === lt);
  switch (c.name) {
    case "source": return [noErr && f.rows.total === 83 && c.exact && f.dialect?.header === true, "no error, 83 rows, , \" ∅, header"];
    case "file_no_payload": return [f.defects.some((d) => d.code === "empty-file"), "empty-file"];
    case "file_no_trailing_newline": return [noErr && f.rows.total === 83, "no error, 83 rows"];
    case "file_double_trailing_newline": return [noErr && (f.rows.total === 83 || (f.rows.total === 84 && (f.byCode["row-blank"] ?? 0) === 1)), "no error, 83 rows (or 84 with row-blank)"];
    case "file_no_header": return [f.dialect?.header === false, "header false"];
    case "file_header_multirow_2": return [at([2]), "a defect on line 2"];
    case "file_header_multirow_3": return [at([2, 3]), "a defect on lines 2–3"];
    case "file_preamble": return [at([1, 2, 3]) || f.defects.some((d) => d.code.startsWith("header-")) || c.columnsOk === true, "a defect on lines 1–3, a header-* defect, or the preamble skipped"];
    case "file_multitable_less": case "file_multitable_more": case "file_multitable_same": return [at([85]), "a defect on line 85 (second table's header)"];
    case "file_header_only": return [noErr && f.rows.total === 0, "no error, 0 rows"];
    case "file_one_data_row": return [noErr && f.rows.total === 1, "no error, 1 row"];
    case "file_record_delimiter_0xA": return [dialectLt("\n"), "dialect, 83 rows, LF"];
    case "file_record_delimiter_0xD": return [dialectLt("\r"), "dialect, 83 rows, CR"];
    default: return [c.exact, `dialect ${fmtDialect(c.want)}`];
  }
}

/**
 * Row-level pollution: where our defects land.
 *
 * Line mapping: Pollock's row_index R is 0-based over the records of the polluted file with the header as
 * R = 0. The source file (source.csv) has exactly one record per physical line (84 lines, 84 records, no
 * quoted line break), and the row pollutions only insert or delete a quote or a delimiter, never a line
 * break, so record R is physical line R + 1 of the polluted file. Our defects carry `line`: the 1-based
 * physical line on which the record starts (header = line 1), or for a tokenizer defect (quote-stray) the
 * line where it was seen. So the polluted line is L = R + 1 and a defect "on the polluted line" has
 * line === L. A stray quote can make a record swallow later lines; its defects still start at L, but the
 * swallowed lines' own records vanish, which shows up as missing rows, not as false positives.
 * Header pollution (R = 0): header-* defects are file-level (line null in SPEC §4 terms) — they count as hits.
 * False positive: a defect (any severity) whose line is a number other than L; every other line is clean.
 */
function rowCase(r, f) {
  const R = Number(r.row_index);
  const C = r.col_index === "" ? null : Number(r.col_index);
  const L = R + 1;
  const onLine = f.defects.filter((d) => d.line === L || (R === 0 && d.line === null && d.code.startsWith("header-")));
  const fp = f.defects.filter((d) => d.line !== null && d.line !== L);
  const withCol = onLine.filter((d) => d.columnIndex != null);
  const colOk = C === null ? null : withCol.length ? withCol.some((d) => Math.abs(d.columnIndex - 1 - C) <= 1) : null;
  return {
    name: r.file, family: FAMILIES.find((x) => r.pollution.startsWith(x)), header: R === 0, R, C, L,
    detected: errorsOf(f).length > 0, hit: onLine.length > 0, hitError: onLine.some((d) => d.severity === "error"),
    colOk, fp: fp.length, fpCodes: [...new Set(fp.map((d) => d.code))], codes: [...new Set(onLine.map((d) => d.code))], file: f,
  };
}

export async function run({ corpusDir = DEFAULT_CORPUS } = {}) {
  const dir = join(corpusDir, "pollock");
  const idx = syntheticIndex(dir);
  const out = [];

  // (a) survey + file-level: dialect, header, table
  const survey = [];
  for (const c of surveyCases(dir)) survey.push(await tableCase(c));
  const fileLevel = [];
  for (const c of fileLevelCases(dir, idx)) fileLevel.push(await tableCase(c));

  const sv = survey.filter((x) => !x.failed);
  const count = (xs, p) => xs.filter(p).length;
  const svHeader = sv.filter((x) => x.headerOk !== null);
  const svCols = sv.filter((x) => x.columnsOk !== null);
  const svOverlap = sv.filter((x) => x.overlap);
  const recall = (xs) => xs.reduce((a, x) => a + (x.overlap.clean ? x.overlap.hit / x.overlap.clean : 1), 0) / Math.max(1, xs.length);
  const precision = (xs) => xs.reduce((a, x) => a + (x.overlap.ours ? x.overlap.hit / x.overlap.ours : x.overlap.clean ? 0 : 1), 0) / Math.max(1, xs.length);
  const fullTable = (x) => x.overlap && x.overlap.hit === x.overlap.clean && x.overlap.hit === x.overlap.ours;
  const dc = fileLevel.filter((x) => DIALECT_CASES.includes(x.name) && !x.failed);
  out.push("### Pollock (a): survey files and file-level pollutions, end to end (encoding → dialect → parse)", "");
  out.push(mdTable(["set", "files", "dialect exact (delim, quote, escape)", "delimiter", "quote", "escape", "header flag (no preamble)", "header line found (1 header line)", "whole table = clean/", "record recall (mean)", "record precision (mean)", "run failed"], [
    ["survey", survey.length, `${frac(count(sv, (x) => x.exact), sv.length)}; without the 3 suspect: ${frac(count(sv, (x) => x.exact && !SUSPECT.has(x.name)), count(sv, (x) => !SUSPECT.has(x.name)))}`,
      frac(count(sv, (x) => x.got.delimiter === x.want.delimiter), sv.length), frac(count(sv, (x) => x.got.quote === x.want.quote), sv.length), frac(count(sv, (x) => x.got.escape === x.want.escape), sv.length),
      frac(count(svHeader, (x) => x.headerOk), svHeader.length), frac(count(svCols, (x) => x.columnsOk), svCols.length),
      frac(count(svOverlap, fullTable), svOverlap.length), pct(recall(svOverlap), 1), pct(precision(svOverlap), 1), survey.length - sv.length],
    ["file-level dialect pollutions", dc.length, frac(count(dc, (x) => x.exact), dc.length), frac(count(dc, (x) => x.got.delimiter === x.want.delimiter), dc.length),
      frac(count(dc, (x) => x.got.quote === x.want.quote), dc.length), frac(count(dc, (x) => x.got.escape === x.want.escape), dc.length), "", "",
      frac(count(dc, fullTable), dc.length), pct(recall(dc), 1), pct(precision(dc), 1), count(fileLevel, (x) => DIALECT_CASES.includes(x.name) && x.failed)],
  ]));
  const outcomes = fileLevel.map((c) => (c.failed ? { c, pass: false, why: `run failed: ${c.failed}` } : (([pass, why]) => ({ c, pass, why }))(fileOutcome(c))));
  out.push("", `File-level expected outcomes (scores.md §3.3): ${frac(count(outcomes, (o) => o.pass), outcomes.length)}`, "");
  out.push(mdTable(["file", "pass", "expected", "got: dialect / header / rows / defects"], outcomes.map(({ c, pass, why }) => [
    c.name, pass ? "ok" : "**MISS**", why, c.failed ? c.failed : `${fmtDialect(c.got)} lt=${JSON.stringify(c.file.dialect?.lineTerminator ?? null)} / ${c.file.dialect?.header} / ${c.file.rows.total} / ${defectSummary(c.file, 5)}`,
  ])));
  const svMiss = [
    ...sv.filter((x) => !x.exact).map((x) => `${x.name}: dialect ${fmtDialect(x.want)} → ${fmtDialect(x.got)}${SUSPECT.has(x.name) ? " (suspect annotation)" : ""}`),
    ...svHeader.filter((x) => !x.headerOk).map((x) => `${x.name}: header_lines ${x.params.header_lines} → header ${x.file.dialect?.header}`),
    ...svCols.filter((x) => !x.columnsOk).map((x) => `${x.name}: header line (preamble ${x.params.preamble_lines}) ${JSON.stringify(x.params.column_names.slice(0, 3))}… → ${x.file.dialect?.header ? JSON.stringify(x.file.columns.slice(0, 3)) + "…" : "no header"}`),
    ...svOverlap.filter((x) => !fullTable(x) && x.exact).map((x) => `${x.name}: table ${x.overlap.hit} of ${x.overlap.clean} clean records recovered, ${x.overlap.ours} read; defects ${defectSummary(x.file, 4)}`),
    ...survey.filter((x) => x.failed).map((x) => `${x.name}: run failed: ${x.failed}`),
  ];
  out.push("", `Survey misses (${svMiss.length}):`, ...firstN(svMiss, 15, (s) => s));

  // (b) row-level pollutions
  const rows = [];
  for (const r of idx.filter((x) => x.pollution.startsWith("row_"))) {
    const res = await runOne(join(dir, r.polluted_path));
    if (res.error) { rows.push({ name: r.file, family: FAMILIES.find((x) => r.pollution.startsWith(x)), failed: res.error, header: r.row_index === "0" }); continue; }
    rows.push(rowCase(r, res.file));
  }
  const groups = [];
  for (const fam of [...FAMILIES, "all"]) {
    for (const part of ["header row", "data rows", "all rows"]) {
      const xs = rows.filter((x) => (fam === "all" || x.family === fam) && (part === "all rows" || (part === "header row") === x.header));
      if (!xs.length) continue;
      const ok = xs.filter((x) => !x.failed);
      const cols = ok.filter((x) => x.colOk !== null);
      const fpFiles = ok.filter((x) => x.fp > 0);
      groups.push([fam, part, xs.length, frac(count(ok, (x) => x.detected), xs.length), frac(count(ok, (x) => x.hit), xs.length), frac(count(ok, (x) => x.hitError), xs.length),
        frac(count(cols, (x) => x.colOk), cols.length), frac(fpFiles.length, xs.length), ok.reduce((a, x) => a + x.fp, 0), (ok.reduce((a, x) => a + x.fp, 0) / Math.max(1, ok.length)).toFixed(2),
        frac(count(ok, (x) => x.hit && x.fp === 0), xs.length), xs.length - ok.length]);
    }
  }
  out.push("", "### Pollock (b): row-level pollutions — is the defect reported on the polluted line? (line = row_index + 1)", "");
  out.push(mdTable(["pollution", "rows", "files", "detected (any error)", "hit (defect on the line)", "hit (error)", "column ±1 (of hits with a column)", "files with FP", "FP defects", "FP / file", "clean hit (hit, no FP)", "failed"], groups));
  const misses = rows.filter((x) => x.failed || !x.hit);
  const missLines = misses.map((x) => (x.failed ? `${x.name}: run failed: ${x.failed}` : `${x.name} (line ${x.L}, col ${x.C}): ${x.detected ? "detected elsewhere" : "nothing"}; defects ${defectSummary(x.file, 5)}`));
  out.push("", `Row-level misses (${misses.length}):`, ...firstN(missLines, 12, (s) => s));
  const fpData = rows.filter((x) => !x.failed && !x.header && x.fp > 0);
  const fpByCode = {};
  for (const x of fpData) for (const c of x.fpCodes) fpByCode[`${x.family}: ${c}`] = (fpByCode[`${x.family}: ${c}`] ?? 0) + 1;
  out.push("", `Data-row files with false positives (${fpData.length}); files per family and code: ${Object.entries(fpByCode).map(([k, v]) => `${k} ×${v}`).join("; ") || "none"}`,
    ...firstN(fpData, 8, (x) => `${x.name} (line ${x.L}): ${x.fp} FP; ${defectSummary(x.file, 6)}`));

  const famNumbers = {};
  for (const fam of FAMILIES) {
    const xs = rows.filter((x) => x.family === fam && !x.failed);
    famNumbers[fam] = { files: rows.filter((x) => x.family === fam).length, detected: count(xs, (x) => x.detected), hit: count(xs, (x) => x.hit), hitError: count(xs, (x) => x.hitError),
      hitData: count(xs, (x) => x.hit && !x.header), dataFiles: count(xs, (x) => !x.header), fpFiles: count(xs, (x) => x.fp > 0), fpDataFiles: count(xs, (x) => x.fp > 0 && !x.header), fpDefects: xs.reduce((a, x) => a + x.fp, 0) };
  }
  const numbers = {
    survey: { files: survey.length, exact: count(sv, (x) => x.exact), exactNoSuspect: count(sv, (x) => x.exact && !SUSPECT.has(x.name)), header: [count(svHeader, (x) => x.headerOk), svHeader.length],
      columns: [count(svCols, (x) => x.columnsOk), svCols.length], fullTable: [count(svOverlap, fullTable), svOverlap.length], recordRecall: recall(svOverlap), recordPrecision: precision(svOverlap), failed: survey.length - sv.length },
    fileDialect: { files: dc.length, exact: count(dc, (x) => x.exact) },
    fileOutcomes: { pass: count(outcomes, (o) => o.pass), total: outcomes.length, misses: outcomes.filter((o) => !o.pass).map((o) => o.c.name) },
    rowLevel: { files: rows.length, hit: count(rows, (x) => x.hit), misses: misses.map((x) => x.name), families: famNumbers },
  };
  return { table: out.join("\n"), numbers };
}

if (isMain(import.meta.url)) {
  const { table } = await run({ corpusDir: process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS });
  console.log(table);
}
