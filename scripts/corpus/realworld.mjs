// Real files from npm/Debian packages (corpus/realworld): false-alarm files, recall of labelled defects, row-names convention hits, silent misreads, crashes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runOne, mdTable, frac, firstN, isMain, DEFAULT_CORPUS } from "./lib.mjs";

/** Codes a `convention: row-names` file may carry without counting as a false alarm (README of the corpus). */
const ROW_NAMES_CODES = new Set(["header-blank", "row-extra-cells"]);
const isRowNamesCode = (c) => ROW_NAMES_CODES.has(c) || /row-?names/.test(c);
const TIMEOUT_MS = 60_000;

/** "2-12,14,20-22" → a predicate on line numbers (an empty spec matches any line). */
function lineSet(spec) {
  if (!spec) return () => true;
  const parts = spec.split(",").map((p) => p.split("-").map(Number));
  return (l) => l != null && parts.some(([a, b]) => (b === undefined ? l === a : l >= a && l <= b));
}

/** One labels.tsv `expect` cell → { clean, defects: [{ code, lines }], misreads: [], rowNames }. */
export function parseExpect(expect) {
  const out = { clean: false, defects: [], misreads: [], rowNames: false };
  for (const part of expect.split(" + ").map((s) => s.trim())) {
    if (part === "clean") out.clean = true;
    else if (part.startsWith("defect:")) {
      for (const d of part.slice(7).split(";").map((s) => s.trim()).filter(Boolean)) {
        const [code, lines] = d.split("@");
        out.defects.push({ code: code.trim(), lines: lines ?? "", inLines: lineSet(lines) });
      }
    } else if (part.startsWith("misread:")) out.misreads.push(part.slice(8).trim());
    else if (part === "convention: row-names") out.rowNames = true;
  }
  return out;
}

/** One labels.tsv `reading` cell → the expected reading ({ delimiter, quote, header, skip, comment, encoding, missing }; absent keys unknown). */
export function parseReading(reading) {
  const r = {};
  const tok = (name) => reading.match(new RegExp(`(?:^|\\s)${name}=(\\S+)`))?.[1];
  const d = tok("delimiter");
  if (d) r.delimiter = d === "TAB" ? "\t" : d === "runs" ? "whitespace" : d;
  const q = tok("quote");
  if (q) r.quote = q;
  const h = reading.match(/(?:^|\s)header=(none|line (\d+))/);
  if (h) r.header = h[1] === "none" ? "none" : Number(h[2]);
  const s = tok("skip");
  if (s) r.skip = Number(s);
  const c = tok("comment");
  if (c) r.comment = c;
  const e = tok("encoding");
  if (e) r.encoding = e.toLowerCase();
  const m = tok("missing");
  if (m) r.missing = m;
  return r;
}

/** Physical lines of a file as the reading sees them (decoded as UTF-8 is enough to find line starts). */
const physicalLines = (path) => readFileSync(path, "latin1").split(/\r\n|\n|\r/);

/** 1-based line where the table starts (header or first record) once `skip` lines and `comment` lines are passed. */
function tableStart(lines, skip, comment) {
  for (let i = skip; i < lines.length; i++) if (!(comment && lines[i].startsWith(comment)) && lines[i].trim() !== "") return i + 1;
  return null;
}

/** Where the report's reading differs from the label's `reading`: a list of "what: ours vs expected". */
export function readingMismatches(want, file, path) {
  const d = file.dialect;
  const out = [];
  if (!d) return want && Object.keys(want).length ? ["no dialect"] : [];
  if (want.delimiter !== undefined) {
    const ours = d.whitespace ? "whitespace" : d.delimiter;
    if (ours !== want.delimiter) out.push(`delimiter ${JSON.stringify(ours)} vs ${JSON.stringify(want.delimiter)}`);
  }
  if (want.quote !== undefined && (d.quote ?? "") !== want.quote) out.push(`quote ${JSON.stringify(d.quote)} vs ${JSON.stringify(want.quote)}`);
  const lines = physicalLines(path);
  if (want.header !== undefined || want.skip !== undefined || want.comment !== undefined) {
    const wantStart = want.header !== undefined && want.header !== "none" ? want.header : tableStart(lines, want.skip ?? 0, want.comment ?? null);
    const ourStart = tableStart(lines, d.skipRows ?? 0, d.comment ?? null);
    const wantHeader = want.header === undefined ? null : want.header !== "none";
    if (ourStart !== wantStart) out.push(`table starts at line ${ourStart} vs ${wantStart}`);
    if (wantHeader !== null && d.header !== wantHeader) out.push(`header ${d.header} vs ${wantHeader}`);
  }
  if (want.comment !== undefined && d.comment !== want.comment) {
    // a comment block wholly inside the skipped preamble is read right without a comment character
    const start = tableStart(lines, d.skipRows ?? 0, d.comment ?? null) ?? 0;
    if (lines.some((l, i) => i + 1 > start && (l.startsWith(want.comment) || l.includes(`\t${want.comment}`)))) out.push(`comment ${JSON.stringify(d.comment ?? null)} vs ${JSON.stringify(want.comment)}`);
  }
  if (want.encoding !== undefined && file.encoding?.name !== want.encoding) out.push(`encoding ${file.encoding?.name} vs ${want.encoding}`);
  if (want.missing !== undefined) {
    const mv = file.schema?.missingValues ?? [];
    if (!mv.includes(want.missing)) out.push(`missing ${JSON.stringify(mv)} vs ${JSON.stringify(want.missing)}`);
  }
  return out;
}

function withTimeout(p, ms) {
  let t;
  return Promise.race([p, new Promise((res) => { t = setTimeout(() => res({ timeout: true }), ms); })]).finally(() => clearTimeout(t));
}

/** Reads labels.tsv into rows keyed by its header. */
function readLabels(dir) {
  const [head, ...rows] = readFileSync(join(dir, "labels.tsv"), "utf8").split("\n").filter((l) => l.trim());
  const names = head.split("\t");
  return rows.map((r) => Object.fromEntries(r.split("\t").map((v, i) => [names[i], v])));
}

/** Scores one labelled file's report. */
function score(label, r, path) {
  const exp = parseExpect(label.expect);
  const want = parseReading(label.reading ?? "");
  if (r.timeout || r.error) return { exp, crashed: r.timeout ? "timeout" : `run failed: ${r.error}`, errs: [], warns: [], falseAlarm: true, unexplained: [], found: [], mism: [] };
  const f = r.file;
  const errs = f.defects.filter((d) => d.severity === "error");
  const warns = f.defects.filter((d) => d.severity === "warning");
  const labelled = new Set(exp.defects.map((d) => d.code));
  const unexplained = errs.filter((d) => !labelled.has(d.code) && !(exp.rowNames && isRowNamesCode(d.code)));
  const found = exp.defects.map((d) => errs.some((e) => e.code === d.code && d.inLines(e.line)));
  const conv = f.defects.filter((d) => isRowNamesCode(d.code));
  const conventionHit = exp.rowNames ? conv.length === 1 && conv[0].severity === "warning" : null;
  const mism = readingMismatches(want, f, path);
  return { exp, crashed: null, errs, warns, falseAlarm: unexplained.length > 0, unexplained, found, conventionHit, mism, silent: mism.length > 0 && errs.length === 0 };
}

const codes = (ds) => Object.entries(ds.reduce((a, d) => ((a[d.code] = (a[d.code] ?? 0) + 1), a), {})).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}×${n}`).join(", ");

export async function run({ corpusDir = DEFAULT_CORPUS } = {}) {
  const dir = join(corpusDir, "realworld");
  const results = [];
  for (const label of readLabels(dir)) {
    const path = join(dir, label.path);
    // no schema, no options: a new user's first run
    const r = await withTimeout(runOne(path, {}), TIMEOUT_MS);
    results.push({ label, path, ...score(label, r, path) });
  }
  const kinds = [
    ["clean", (x) => x.exp.clean],
    ["true defects", (x) => x.exp.defects.length > 0],
    ["known misread", (x) => x.exp.misreads.length > 0],
    ["row-names convention", (x) => x.exp.rowNames],
    ["all", () => true],
  ];
  const out = ["### Real files without a schema or options (false alarm: an error its label does not explain, a crash or a timeout)", ""];
  out.push(mdTable(["files", "n", "false-alarm files", "error defects unexplained", "crash/timeout", "reading differs"], kinds.map(([k, pred]) => {
    const xs = results.filter(pred);
    return [k, xs.length, frac(xs.filter((x) => x.falseAlarm).length, xs.length), xs.reduce((a, x) => a + x.unexplained.length, 0), xs.filter((x) => x.crashed).length, xs.filter((x) => x.mism.length).length];
  })));
  const pairs = results.flatMap((x) => x.exp.defects.map((d, i) => ({ x, d, hit: x.found[i] })));
  const conv = results.filter((x) => x.exp.rowNames);
  const withReading = results.filter((x) => (x.label.reading ?? "").trim());
  const silent = results.filter((x) => x.silent);
  const fa = results.filter((x) => x.falseAlarm);
  out.push("", `Recall of labelled defects: ${frac(pairs.filter((p) => p.hit).length, pairs.length)}; row-names convention hits (exactly one warning): ${frac(conv.filter((x) => x.conventionHit).length, conv.length)}; reading right where labelled: ${frac(withReading.filter((x) => !x.mism.length).length, withReading.length)}; silent misreads (reading wrong, no error): ${silent.length}.`);
  const rel = (x) => x.label.path.replace(/^files\//, "");
  out.push("", `False-alarm files (${fa.length}):`, ...firstN(fa, 40, (x) => `${rel(x)} [${x.label.expect}]: ${x.crashed ?? codes(x.unexplained)}${x.mism.length ? `; reading: ${x.mism.join("; ")}` : ""}`));
  const missed = pairs.filter((p) => !p.hit);
  if (missed.length) out.push("", `Labelled defects missed (${missed.length}):`, ...firstN(missed, 20, (p) => `${rel(p.x)}: ${p.d.code}${p.d.lines ? `@${p.d.lines}` : ""}; got ${codes(p.x.errs) || "no error"}`));
  const convMiss = conv.filter((x) => !x.conventionHit);
  if (convMiss.length) out.push("", `Row-names files not reported as one warning (${convMiss.length}):`, ...firstN(convMiss, 15, (x) => `${rel(x)}: ${codes(x.errs.concat(x.warns).filter((d) => isRowNamesCode(d.code))) || "nothing"}`));
  const wrong = withReading.filter((x) => x.mism.length && !x.falseAlarm);
  if (wrong.length) out.push("", `Reading differs from the label, no false alarm (${wrong.length}):`, ...firstN(wrong, 20, (x) => `${rel(x)}: ${x.mism.join("; ")}`));
  const numbers = {
    files: results.length,
    falseAlarmFiles: fa.length,
    falseAlarmsByKind: Object.fromEntries(kinds.map(([k, pred]) => [k, results.filter((x) => pred(x) && x.falseAlarm).length])),
    crashes: results.filter((x) => x.crashed).length,
    recall: { found: pairs.filter((p) => p.hit).length, labelled: pairs.length },
    conventionHits: { hit: conv.filter((x) => x.conventionHit).length, files: conv.length },
    readingRight: { right: withReading.filter((x) => !x.mism.length).length, labelled: withReading.length },
    silentMisreads: silent.length,
    list: fa.map((x) => ({ file: rel(x), codes: x.crashed ? ["run-failed"] : [...new Set(x.unexplained.map((d) => d.code))] })),
  };
  return { table: out.join("\n"), numbers };
}

if (isMain(import.meta.url)) {
  const { table } = await run({ corpusDir: process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS });
  console.log(table);
}
