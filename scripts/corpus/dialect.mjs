// Measures the dialect sniffer on the CleverCSV and Pollock corpora: exact / delimiter accuracy, header, preamble, misses.
// Usage: node scripts/corpus/dialect.mjs [--corpus DIR] [--json]   (imports the built dist/src/dialect/index.js;
// DIALECT_IMPL=src/dialect/index.ts with `node --import tsx` measures the sources without a build)
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const SAMPLE_CHARS = 1024 * 1024;

async function loadSniffer() {
  const impl = process.env.DIALECT_IMPL ? resolve(root, process.env.DIALECT_IMPL) : join(root, "dist", "src", "dialect", "index.js");
  return import(pathToFileURL(impl).href);
}

/** Decodes as the pipeline would for these files: UTF-8 when valid, else latin-1; BOM stripped; first 1 MiB. */
export function readSample(path) {
  const bytes = readFileSync(path);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("latin1").decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const complete = text.length <= SAMPLE_CHARS;
  return { sample: complete ? text : text.slice(0, SAMPLE_CHARS), complete, bytes: bytes.length };
}

const show = (v) => (v === "" || v == null ? "∅" : JSON.stringify(v));
const fmt = (d) => `${show(d.delimiter)} ${show(d.quote)} ${show(d.escape)}`;
const pct = (a, b) => (b === 0 ? "–" : `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`);
/** CleverCSV / harness normalisation: "" is none; an escape equal to the quote is a doubled quote, i.e. none. */
const norm = (d) => {
  const delimiter = d.delimiter ?? "";
  const quote = d.quote ?? "";
  let escape = d.escape ?? "";
  if (escape === quote) escape = "";
  return { delimiter, quote, escape };
};

/** [result, CPU ms] — CPU time, since wall time on a shared machine measures the other jobs too. */
function timeIt(fn) {
  const c0 = process.cpuUsage();
  const r = fn();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000];
}

async function clevercsv(dir, sniff) {
  const lines = readFileSync(join(dir, "dialects.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const out = { n: 0, exact: 0, delim: 0, human: [0, 0], normal: [0, 0], uncertain: 0, uncertainRight: 0, misses: [], times: [] };
  for (const e of lines) {
    const { sample, complete } = readSample(join(dir, e.file));
    const [got, ms] = timeIt(() => sniff(sample, complete));
    out.times.push(ms);
    const want = norm({ delimiter: e.dialect.delimiter, quote: e.dialect.quotechar, escape: e.dialect.escapechar });
    const g = norm(got);
    const exact = g.delimiter === want.delimiter && g.quote === want.quote && g.escape === want.escape;
    out.n++;
    if (exact) out.exact++;
    if (g.delimiter === want.delimiter) out.delim++;
    const cls = e.annotation === "human" ? out.human : out.normal;
    cls[1]++;
    if (exact) cls[0]++;
    if (got.uncertain) { out.uncertain++; if (exact) out.uncertainRight++; }
    if (!exact) out.misses.push({ file: e.md5, annotation: e.annotation, want: fmt(want), got: fmt(g), uncertain: got.uncertain });
  }
  return out;
}

function pollockCases(dir) {
  const cases = [];
  const survey = parse(readFileSync(join(dir, "survey_sample", "index.csv")), { columns: true });
  for (const r of survey) {
    cases.push({
      set: "survey", name: r.file, path: join(dir, r.polluted_path),
      want: norm({ delimiter: JSON.parse(r.delimiter), quote: JSON.parse(r.quotechar), escape: JSON.parse(r.escapechar) }),
      headerLines: Number(r.header_lines), preamble: Number(r.preamble_lines),
    });
  }
  const names = ["file_field_delimiter_0x20", "file_field_delimiter_0x2C_0x20", "file_field_delimiter_0x3B", "file_field_delimiter_0x9",
    "file_quotation_char_0x27", "file_escape_char_0x00", "file_escape_char_0x5C", "file_record_delimiter_0xA", "file_record_delimiter_0xD",
    "source", "file_no_header", "file_preamble", "file_header_only", "file_one_data_row", "file_no_trailing_newline", "file_double_trailing_newline"];
  const idx = parse(readFileSync(join(dir, "synthetic", "index.csv")), { columns: true });
  for (const name of names) {
    const r = idx.find((x) => x.polluted_path?.endsWith(`/${name}.csv`) || x.file === `${name}.csv`);
    const pfile = join(dir, "synthetic", "parameters", `${name}.csv_parameters.json`);
    const p = existsSync(pfile) ? JSON.parse(readFileSync(pfile, "utf8")) : null;
    const src = p ?? r;
    if (!src) continue;
    const dialectCase = name.startsWith("file_field") || name.startsWith("file_quotation") || name.startsWith("file_escape") || name.startsWith("file_record");
    cases.push({
      set: dialectCase ? "file-dialect" : "file-structure", name, path: join(dir, "synthetic", "csv", `${name}.csv`),
      want: norm({ delimiter: src.delimiter, quote: src.quotechar, escape: src.escapechar }),
      headerLines: Number(src.header_lines), preamble: Number(src.preamble_lines),
      lineTerminator: name === "file_record_delimiter_0xD" ? "\r" : name === "file_record_delimiter_0xA" ? "\n" : undefined,
    });
  }
  return cases;
}

const SUSPECT = new Set(["vissim_data_conf2473_i7_v1987.csv", "LOS_1050CFit.csv", "OccurrenceData351.csv"]);

async function pollock(dir, sniff) {
  const res = {};
  const misses = [];
  for (const c of pollockCases(dir)) {
    if (!existsSync(c.path)) continue;
    const s = (res[c.set] ??= { n: 0, exact: 0, delim: 0, quote: 0, escape: 0, exactNoSuspect: [0, 0], header: [0, 0], preamble: [0, 0], lt: [0, 0], uncertain: 0 });
    const { sample, complete } = readSample(c.path);
    const got = sniff(sample, complete);
    const g = norm(got);
    const exact = g.delimiter === c.want.delimiter && g.quote === c.want.quote && g.escape === c.want.escape;
    s.n++;
    if (exact) s.exact++;
    if (g.delimiter === c.want.delimiter) s.delim++;
    if (g.quote === c.want.quote) s.quote++;
    if (g.escape === c.want.escape) s.escape++;
    if (!SUSPECT.has(c.name)) { s.exactNoSuspect[1]++; if (exact) s.exactNoSuspect[0]++; }
    if (got.uncertain) s.uncertain++;
    if (c.preamble === 0 && !Number.isNaN(c.headerLines)) { s.header[1]++; if (got.header === c.headerLines >= 1) s.header[0]++; else misses.push({ set: c.set, file: c.name, what: "header", want: c.headerLines >= 1, got: got.header }); }
    if (!Number.isNaN(c.preamble)) { s.preamble[1]++; if (got.skipRows === c.preamble) s.preamble[0]++; else misses.push({ set: c.set, file: c.name, what: "skipRows", want: c.preamble, got: got.skipRows }); }
    if (c.lineTerminator) { s.lt[1]++; if (got.lineTerminator === c.lineTerminator) s.lt[0]++; }
    if (!exact) misses.push({ set: c.set, file: c.name, what: "dialect", want: fmt(c.want), got: fmt(g), suspect: SUSPECT.has(c.name) });
  }
  return { res, misses };
}

function timing(sniff) {
  // A 1 MiB sample of a realistic comma file, and the slowest corpus shape (many candidate delimiters).
  const rows = [];
  // why a running count: re-joining every row on each step made this loop quadratic (~84 s)
  let chars = 0; // = rows.join("\n").length
  for (let i = 0; chars < 1024 * 1024 && i < 40000; i++) {
    const r = `${i},"name ${i}, jr",${(i * 1.37).toFixed(2)},2024-01-${String(1 + (i % 28)).padStart(2, "0")},a|b;c:${i % 7}#x`;
    chars += (rows.length ? 1 : 0) + r.length;
    rows.push(r);
  }
  const text = rows.join("\n").slice(0, 1024 * 1024);
  const times = [];
  for (let k = 0; k < 5; k++) times.push(timeIt(() => sniff(text, false))[1]);
  times.sort((a, b) => a - b);
  return { oneMiBms: times[2] };
}

export async function run({ corpusDir } = {}) {
  const dir = corpusDir ?? process.env.CORPUS_DIR ?? (process.env.INGEST_CHECK_CORPUS ?? new URL("../../../shared/corpus", import.meta.url).pathname);
  const mod = await loadSniffer();
  const sniff = (s, c) => mod.sniffDialect(s, c);
  const cc = await clevercsv(join(dir, "clevercsv"), sniff);
  const po = await pollock(join(dir, "pollock"), sniff);
  const t = timing(sniff);
  const times = [...cc.times].sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const max = times[times.length - 1];
  const rows = [];
  rows.push("| corpus | n | exact | delimiter | quote | escape | header | skipRows | uncertain |");
  rows.push("|---|---|---|---|---|---|---|---|---|");
  rows.push(`| CleverCSV all | ${cc.n} | ${pct(cc.exact, cc.n)} | ${pct(cc.delim, cc.n)} | | | | | ${cc.uncertain} (${cc.uncertainRight} of them right) |`);
  rows.push(`| CleverCSV human | ${cc.human[1]} | ${pct(...cc.human)} | | | | | | |`);
  rows.push(`| CleverCSV normal | ${cc.normal[1]} | ${pct(...cc.normal)} | | | | | | |`);
  for (const [set, s] of Object.entries(po.res)) {
    rows.push(`| Pollock ${set} | ${s.n} | ${pct(s.exact, s.n)}${set === "survey" ? `; without the 3 suspect: ${pct(...s.exactNoSuspect)}` : ""} | ${pct(s.delim, s.n)} | ${pct(s.quote, s.n)} | ${pct(s.escape, s.n)} | ${pct(...s.header)} | ${pct(...s.preamble)} | ${s.uncertain} |`);
  }
  rows.push("");
  rows.push(`Sniff CPU time per CleverCSV file: median ${median.toFixed(2)} ms, max ${max.toFixed(1)} ms; a 1 MiB sample (median of 5): ${t.oneMiBms.toFixed(1)} ms.`);
  const missLines = [
    "", "Misses (CleverCSV): file, annotation, expected → got (delimiter quote escape)",
    ...cc.misses.map((m) => `- ${m.file.slice(0, 8)} ${m.annotation}: ${m.want} → ${m.got}${m.uncertain ? " (uncertain)" : ""}`),
    "", "Misses (Pollock):",
    ...po.misses.map((m) => `- ${m.set} ${m.file} ${m.what}: ${typeof m.want === "string" ? m.want : JSON.stringify(m.want)} → ${typeof m.got === "string" ? m.got : JSON.stringify(m.got)}${m.suspect ? " (suspect annotation)" : ""}`),
  ];
  const numbers = {
    clevercsv: { n: cc.n, exact: cc.exact, delimiter: cc.delim, human: cc.human, normal: cc.normal, uncertain: cc.uncertain, exactRate: cc.exact / cc.n },
    pollock: po.res,
    timing: { medianMs: median, maxMs: max, oneMiBms: t.oneMiBms },
    misses: { clevercsv: cc.misses, pollock: po.misses },
  };
  return { table: [...rows, ...missLines].join("\n"), numbers };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--corpus");
  const corpusDir = i > 0 ? process.argv[i + 1] : undefined;
  const dir = corpusDir ?? (process.env.INGEST_CHECK_CORPUS ?? new URL("../../../shared/corpus", import.meta.url).pathname);
  if (!existsSync(join(dir, "clevercsv")) || !readdirSync(join(dir, "clevercsv")).length) {
    console.error(`no corpus at ${dir}`);
    process.exit(2);
  }
  const { table, numbers } = await run({ corpusDir });
  console.log(process.argv.includes("--json") ? JSON.stringify(numbers, null, 2) : table);
}
