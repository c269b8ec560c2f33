// DuckDB's CSV test files: sniffing agreement (sniff.jsonl) and reject rows found at the right line (rejects.jsonl).
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runOne, mdTable, frac, firstN, readJsonl, normDialect, fmtDialect, isMain, DEFAULT_CORPUS } from "./lib.mjs";

/** DuckDB reject error_type → our codes. Bump MAPPING_VERSION on any change. */
export const MAPPING_VERSION = 1;
export const MAPPING = Object.freeze({
  "CAST": ["type-error", "ambiguous-null", "non-finite"],
  "MISSING COLUMNS": ["row-missing-cells"],
  "TOO MANY COLUMNS": ["row-extra-cells"],
  "LINE SIZE OVER MAXIMUM": ["row-too-large"],
  "INVALID ENCODING": ["encoding-error"],
  "UNQUOTED VALUE": ["quote-stray"],
});

/** DuckDB column types → Table Schema types (only what the rejects cases use; anything else → the case is not applicable). */
function tsType(t) {
  const u = t.toUpperCase().replace(/\(.*\)$/, "");
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?)$/.test(u)) return "integer";
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC)$/.test(u)) return "number";
  if (/^(VARCHAR|TEXT|STRING)$/.test(u)) return "string";
  if (u === "DATE") return "date";
  if (u === "TIMESTAMP") return "datetime";
  if (u === "TIME") return "time";
  if (u === "BOOLEAN") return "boolean";
  return null;
}

/** Parses DuckDB's option strings ("delim = ';'", "columns = {'a': 'INTEGER'}", "header = 1") into a map. */
function parseOptions(list) {
  const o = {};
  for (const s of list ?? []) {
    const m = /^\s*(\w+)\s*=\s*([\s\S]*?)\s*$/.exec(s);
    if (!m) continue;
    const key = m[1].toLowerCase();
    let v = m[2];
    if (/^'.*'$/s.test(v)) v = v.slice(1, -1);
    if (key === "columns") {
      const cols = [];
      for (const mm of v.matchAll(/'([^']*)'\s*:\s*'([^']*)'/g)) cols.push([mm[1], mm[2]]);
      o.columns = cols;
    } else o[key] = v;
  }
  return o;
}
const truthy = (v) => /^(1|true)$/i.test(String(v));

/** DuckDB options → our options. Returns { options, forced: which dialect fields the call fixed } or { na }. */
function translate(opts) {
  const o = {};
  const forced = new Set();
  const delim = opts.delim ?? opts.sep ?? opts.delimiter;
  if (delim !== undefined) { o.delimiter = delim === "\\t" ? "\t" : delim; forced.add("delimiter"); }
  if (opts.quote !== undefined) { if (opts.quote.length > 1) return { na: `quote ${opts.quote}` }; if (opts.quote) o.quote = opts.quote; forced.add("quote"); }
  if (opts.escape !== undefined) {
    forced.add("escape");
    // an escape equal to the quote is the doubled quote we always read; any other escape has no flag
    if (opts.escape && opts.escape !== (opts.quote ?? '"')) return { na: `escape ${opts.escape} (no --escape flag)` };
  }
  if (opts.header !== undefined) { o.header = truthy(opts.header) ? undefined : false; forced.add("header"); }
  // read_csv with auto_detect=false defaults to no header
  else if (opts.auto_detect !== undefined && !truthy(opts.auto_detect)) { o.header = false; forced.add("header"); }
  if (o.header === undefined) delete o.header;
  if (opts.skip !== undefined) { o.skipRows = Number(opts.skip); forced.add("skip_rows"); }
  if (opts.comment !== undefined) { o.comment = opts.comment; forced.add("comment"); }
  if (opts.max_line_size !== undefined) o.maxRecordChars = Number(opts.max_line_size);
  // why utf-8: DuckDB has no encoding detection; without the option it reads UTF-8, so that is the declared encoding
  o.encoding = opts.encoding ?? "utf-8";
  return { options: o, forced };
}

async function rejects(dir, tmp) {
  const seen = new Set();
  const results = [];
  for (const rec of readJsonl(join(dir, "expected", "rejects.jsonl"))) {
    const opts = (rec.options ?? []).filter((s) => !/\{buffer_size\}/.test(s));
    const key = rec.file + "\u0000" + opts.join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    const po = parseOptions(opts);
    const t = translate(po);
    if (t.na) { results.push({ rec, na: t.na }); continue; }
    const o = t.options;
    if (po.columns) {
      if (po.columns.some(([, ty]) => !tsType(ty))) { results.push({ rec, na: `type ${po.columns.map(([, ty]) => ty).join(",")}` }); continue; }
      // DuckDB's `columns` names and types the columns by position; we bind a Table Schema by name when the
      // file has a header, so the fields take the names our header read gives, in order
      let names = po.columns.map((_, i) => `field${i + 1}`);
      if (o.header !== false) {
        const probe = await runOne(join(dir, rec.file), { ...o, rules: {} });
        if (probe.error) { results.push({ rec, failed: probe.error }); continue; }
        if (probe.file.dialect?.header !== false) names = po.columns.map(([n], i) => probe.file.columns[i] ?? n);
      }
      const fmt = po.dateformat ? { format: po.dateformat } : {};
      const fields = po.columns.map(([, ty], i) => ({ name: names[i], type: tsType(ty), ...(tsType(ty) === "date" ? fmt : {}) }));
      const p = join(tmp, `schema-${results.length}.json`);
      writeFileSync(p, JSON.stringify({ fields }));
      o.schema = p;
    }
    const r = await runOne(join(dir, rec.file), o);
    if (r.error) { results.push({ rec, failed: r.error }); continue; }
    const defects = r.file.defects;
    // DuckDB lists one reject per missing/extra column; a line-and-type pair is one expectation here
    const exp = [];
    for (const e of rec.expected_rejects) {
      const k = `${e.line}|${e.error_type}`;
      if (!exp.some((x) => x.k === k)) exp.push({ k, line: Number(e.line), type: e.error_type, column: e.column_idx });
    }
    const used = new Set();
    const m = { right: [], other: [], missed: [] };
    for (const e of exp) {
      const codes = MAPPING[e.type] ?? [];
      const same = defects.filter((d) => codes.includes(d.code));
      const at = same.filter((d) => d.line === e.line);
      if (at.length) { m.right.push(e); at.forEach((d) => used.add(d)); } else if (same.length) { m.other.push({ e, got: [...new Set(same.map((d) => d.line))].slice(0, 5) }); same.forEach((d) => used.add(d)); } else m.missed.push(e);
    }
    const extras = defects.filter((d) => d.severity === "error" && !used.has(d));
    results.push({ rec, m, extras, file: r.file });
  }
  return results;
}

async function sniff(dir) {
  const fields = ["delimiter", "quote", "escape", "has_header"];
  const seen = new Set();
  const results = [];
  const skipped = [];
  for (const rec of readJsonl(join(dir, "expected", "sniff.jsonl"))) {
    const e = rec.expected ?? {};
    if (!fields.some((k) => k in e)) continue;
    const po = parseOptions(rec.options);
    // DuckDB's answer with a partial sample is an artefact of its sample size; we always sniff 1 MiB
    if (po.sample_size !== undefined && po.sample_size !== "-1") { skipped.push(`${rec.file} (sample_size=${po.sample_size})`); continue; }
    const t = translate(po);
    if (t.na) { skipped.push(`${rec.file} (${t.na})`); continue; }
    const key = rec.file + JSON.stringify(t.options);
    if (seen.has(key)) continue;
    seen.add(key);
    const r = await runOne(join(dir, rec.file), t.options);
    if (r.error) { results.push({ rec, failed: r.error }); continue; }
    const d = r.file.dialect ?? {};
    const dk = (v) => (v === "(empty)" ? "" : v);
    const want = normDialect({ delimiter: dk(e.delimiter), quote: dk(e.quote), escape: dk(e.escape) });
    const got = normDialect(d);
    const cmp = {};
    if ("delimiter" in e && !t.forced.has("delimiter")) cmp.delimiter = got.delimiter === want.delimiter;
    if ("quote" in e && !t.forced.has("quote")) cmp.quote = got.quote === want.quote;
    if ("escape" in e && !t.forced.has("escape")) cmp.escape = got.escape === want.escape;
    if ("has_header" in e && !t.forced.has("header")) cmp.header = d.header === (e.has_header === "1");
    if (!Object.keys(cmp).length) continue;
    results.push({ rec, cmp, want, got, wantHeader: e.has_header, gotHeader: d.header, file: r.file });
  }
  return { results, skipped };
}

export async function run({ corpusDir = DEFAULT_CORPUS } = {}) {
  const dir = join(corpusDir, "duckdb");
  const tmp = mkdtempSync(join(tmpdir(), "ic-duckdb-"));
  let rj, sn;
  try {
    sn = await sniff(dir);
    rj = await rejects(dir, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const out = ["### DuckDB sniffing agreement (expected/sniff.jsonl; fields the call forced are not scored)", ""];
  const sr = sn.results.filter((x) => !x.failed);
  const col = (k) => { const xs = sr.filter((x) => k in x.cmp); return frac(xs.filter((x) => x.cmp[k]).length, xs.length); };
  const allOk = sr.filter((x) => Object.values(x.cmp).every(Boolean));
  out.push(mdTable(["cases", "all scored fields agree", "delimiter", "quote", "escape", "header", "run failed", "skipped"], [[sn.results.length, frac(allOk.length, sr.length), col("delimiter"), col("quote"), col("escape"), col("header"), sn.results.length - sr.length, sn.skipped.length]]));
  const sMiss = sn.results.filter((x) => x.failed || !Object.values(x.cmp).every(Boolean));
  out.push("", `Sniff disagreements (${sMiss.length}):`, ...firstN(sMiss, 12, (x) => (x.failed ? `${x.rec.file}: run failed: ${x.failed}` : `${x.rec.file} ${x.rec.options?.length ? `[${x.rec.options.join("; ")}]` : ""}: ${Object.entries(x.cmp).filter(([, v]) => !v).map(([k]) => k).join(", ")} — DuckDB ${fmtDialect(x.want)} header=${x.wantHeader ?? "?"}, ours ${fmtDialect(x.got)} header=${x.gotHeader}`)));
  if (sn.skipped.length) out.push(`Skipped: ${sn.skipped.join("; ")}`);

  out.push("", `### DuckDB rejects: error rows found at the right line (expected/rejects.jsonl; mapping v${MAPPING_VERSION}; one expectation per line and error type)`, "");
  const scored = rj.filter((x) => !x.na);
  const sum = (k) => scored.reduce((a, x) => a + (x.m?.[k]?.length ?? 0), 0);
  const missedFailed = scored.filter((x) => x.failed).length;
  const expN = sum("right") + sum("other") + sum("missed");
  const extrasN = scored.reduce((a, x) => a + (x.extras?.length ?? 0), 0);
  out.push(mdTable(["cases", "scored", "not applicable", "expected (line, type)", "found, right line", "found, other line", "missed", "our extra errors", "run failed"], [[
    rj.length, scored.length, rj.length - scored.length, expN, frac(sum("right"), expN), frac(sum("other"), expN), frac(sum("missed"), expN), `${extrasN} in ${scored.filter((x) => x.extras?.length).length} cases`, missedFailed,
  ]]));
  const byType = {};
  for (const x of scored) for (const k of ["right", "other", "missed"]) for (const e of x.m?.[k] ?? []) (byType[(e.e ?? e).type] ??= { right: 0, other: 0, missed: 0 })[k]++;
  out.push("", mdTable(["DuckDB error type", "→ our codes", "right line", "other line", "missed"], Object.entries(byType).map(([t, v]) => [t, MAPPING[t].join(" / "), v.right, v.other, v.missed])));
  const miss = [];
  for (const x of scored) {
    if (x.failed) { miss.push(`${x.rec.file}: run failed: ${x.failed}`); continue; }
    const ours = (line) => x.file.defects.filter((d) => d.line === line).map((d) => d.code).join(",") || "nothing";
    for (const e of x.m.missed) miss.push(`${x.rec.file}: missed ${e.type} line ${e.line} (we: ${ours(e.line)})`);
    for (const o of x.m.other) miss.push(`${x.rec.file}: ${o.e.type} line ${o.e.line} found at lines ${o.got.join(",")}`);
  }
  out.push("", `Misses and other lines (${miss.length}):`, ...firstN(miss, 12, (s) => s));
  const extraList = scored.flatMap((x) => (x.extras ?? []).map((d) => `${x.rec.file}: ${d.code} line ${d.line ?? "-"}${d.column ? ` col ${JSON.stringify(d.column)}` : ""} value ${JSON.stringify(d.value)}`));
  const extraCodes = {};
  for (const x of scored) for (const d of x.extras ?? []) extraCodes[d.code] = (extraCodes[d.code] ?? 0) + 1;
  // why list values: most extras are cells with a leading space (" 2023-01-01"), which DuckDB trims before casting
  const extraValues = scored.flatMap((x) => (x.extras ?? []).map((d) => d.value)).filter((v) => v != null);
  out.push("", `Our extra errors by code: ${Object.entries(extraCodes).map(([c, n]) => `${c}×${n}`).join(", ") || "none"}; with a leading/trailing space: ${extraValues.filter((v) => v !== v.trim()).length} of ${extraValues.length} with a value.`);
  out.push("", `Our extra errors (${extraList.length}; first 10):`, ...firstN(extraList, 10, (s) => s));
  const na = rj.filter((x) => x.na);
  if (na.length) out.push("", `Not applicable: ${na.map((x) => `${x.rec.file} (${x.na})`).join("; ")}`);
  const numbers = {
    mappingVersion: MAPPING_VERSION,
    sniff: { cases: sn.results.length, agree: allOk.length, skipped: sn.skipped.length, misses: sMiss.map((x) => x.rec.file) },
    rejects: { extraCodes, cases: rj.length, scored: scored.length, expected: expN, right: sum("right"), other: sum("other"), missed: sum("missed"), extras: extrasN, failed: missedFailed, misses: miss },
  };
  return { table: out.join("\n"), numbers };
}

if (isMain(import.meta.url)) {
  const { table } = await run({ corpusDir: process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS });
  console.log(table);
}
