// False alarms: known-good files (ground truth says clean) run with an inferred schema; any error defect is a false alarm. Goal: 0.
import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { runOne, mdTable, frac, firstN, readJson, isMain, DEFAULT_CORPUS } from "./lib.mjs";

/** csvlint's heuristic warnings: a case expecting one is advisory, not known-good (anchors/scores.md §3.4). */
const HEURISTIC = new Set(["title_row", "inconsistent_values", "check_options", "excel"]);

/** The known-good set, by corpus: [{ corpus, path, options, why }]. */
function knownGood(corpusDir) {
  const out = [];
  const add = (corpus, path, options, why, advisory = false) => out.push({ corpus, path, options, why, advisory });

  const sp = join(corpusDir, "csv-spectrum", "csvs");
  // location_coordinates holds U+FFFD and unquoted quotes on purpose: not a clean file
  for (const f of readdirSync(sp).filter((x) => x.endsWith(".csv") && x !== "location_coordinates.csv").sort()) add("csv-spectrum", join(sp, f), {}, "parse edge case with expected JSON");

  const po = join(corpusDir, "pollock");
  add("pollock", join(po, "synthetic", "csv", "source.csv"), {}, "the unpolluted source file");
  // clean/ is what a loader should output; many synthetic clean files are identical, so each content counts once
  const seen = new Set();
  const idx = parse(readFileSync(join(po, "synthetic", "index.csv")), { columns: true });
  for (const r of idx) {
    const p = join(po, r.clean_path);
    const h = createHash("sha256").update(readFileSync(p)).digest("hex");
    if (seen.has(h)) continue;
    seen.add(h);
    if (r.file === "file_no_payload.csv") continue; // an empty table: empty-file is the right answer
    // file_no_header's clean table has no header row either
    add("pollock clean/ (synthetic)", p, Number(r.header_lines) === 0 ? { header: false } : {}, `clean output of ${r.file}`);
  }
  const sv = parse(readFileSync(join(po, "survey_sample", "index.csv")), { columns: true });
  // why advisory: survey clean/ tables are upstream's loader output, not clean CSV files — many are ragged or
  // repeat header names ("x", "x", …) on purpose, which are real defects for us. Shown, never counted.
  for (const r of sv) add("pollock clean/ (survey) — advisory, not counted", join(po, r.clean_path), {}, "hand-made clean table", true);

  const fr = join(corpusDir, "frictionless");
  const frSeen = new Set();
  for (const c of readJson(join(fr, "expected.json")).cases) {
    const noError = c.valid === true || (c.errors_complete === true && !(c.errors?.length) && !(c.errors_type_note?.length) && c.valid !== false);
    if (!noError) continue;
    const opt = c.options ?? {};
    if ("header_rows" in opt || "escape_char" in opt) continue; // no flag for these
    const o = {};
    if (opt.encoding) o.encoding = opt.encoding;
    if (opt.delimiter) o.delimiter = opt.delimiter;
    if (opt.header === false) o.header = false;
    const key = c.file + JSON.stringify(o);
    if (frSeen.has(key)) continue;
    frSeen.add(key);
    add("frictionless", join(fr, c.file), o, `case ${c.id}`);
  }

  const cl = join(corpusDir, "csvlint");
  const clSeen = new Set();
  for (const c of readJson(join(cl, "expected.json")).cases) {
    const e = c.expect ?? {};
    if (c.schema) continue; // schema cases are advisory: csvlint binds fields by position
    const errorsExpected = e.valid === false || (e.error_count ?? 0) > 0 || (e.errors?.length ?? 0) > 0;
    const heuristic = (e.warnings ?? []).some((w) => HEURISTIC.has(w.type));
    if (errorsExpected || heuristic) continue;
    const o = {};
    if (c.options?.delimiter) o.delimiter = c.options.delimiter;
    if (c.options?.quoteChar) o.quote = c.options.quoteChar;
    if (c.options?.header === false) o.header = false;
    if (c.options?.declared_charset) o.encoding = c.options.declared_charset;
    const key = c.file + JSON.stringify(o);
    if (clSeen.has(key)) continue;
    clSeen.add(key);
    add("csvlint", join(cl, c.file), o, `case ${c.id}`);
  }

  const cw = join(corpusDir, "csvw");
  const cwSeen = new Set();
  for (const r of parse(readFileSync(join(cw, "index.csv")), { columns: true })) {
    if (r.metadata_involved !== "no" || r.expected_validation !== "valid" || cwSeen.has(r.action)) continue;
    cwSeen.add(r.action);
    add("csvw", join(cw, r.action), {}, `${r.test} ${r.name}`);
  }
  return out;
}

export async function run({ corpusDir = DEFAULT_CORPUS } = {}) {
  const files = knownGood(corpusDir);
  const results = [];
  for (const k of files) {
    const r = await runOne(k.path, k.options);
    const f = r.file;
    const errs = f ? f.defects.filter((d) => d.severity === "error") : [];
    const warns = f ? f.defects.filter((d) => d.severity === "warning") : [];
    results.push({ ...k, failed: r.error ?? null, errs, warns, file: f });
  }
  const corpora = [...new Set(results.map((x) => x.corpus))];
  const rel = (p) => p.slice(corpusDir.length + 1);
  const out = ["### False alarms on known-good files (inferred schema; an error defect or a failed run is a false alarm)", ""];
  out.push(mdTable(["corpus", "files", "files with an error (false alarm)", "error defects", "files with warnings only", "run failed"], corpora.map((c) => {
    const xs = results.filter((x) => x.corpus === c);
    return [c, xs.length, frac(xs.filter((x) => x.failed || x.errs.length).length, xs.length), xs.reduce((a, x) => a + x.errs.length, 0), xs.filter((x) => !x.errs.length && x.warns.length).length, xs.filter((x) => x.failed).length];
  })));
  const bad = results.filter((x) => !x.advisory && (x.failed || x.errs.length));
  const counted = results.filter((x) => !x.advisory);
  const codes = (ds) => Object.entries(ds.reduce((a, d) => ((a[d.code] = (a[d.code] ?? 0) + 1), a), {})).map(([c, n]) => `${c}×${n}`).join(", ");
  out.push("", `Total (advisory rows left out): ${frac(bad.length, counted.length)} known-good files with a false alarm.`);
  out.push("", `Files with a false alarm (${bad.length}):`, ...firstN(bad, 25, (x) => `${rel(x.path)}${Object.keys(x.options).length ? ` ${JSON.stringify(x.options)}` : ""}: ${x.failed ? `run failed: ${x.failed}` : codes(x.errs)}; first: ${x.errs[0] ? `${x.errs[0].code} line ${x.errs[0].line ?? "-"}${x.errs[0].column ? ` col ${JSON.stringify(x.errs[0].column)}` : ""} value ${JSON.stringify(x.errs[0].value)}` : ""}`));
  const adv = results.filter((x) => x.advisory && (x.failed || x.errs.length));
  if (adv.length) out.push("", `Advisory files with errors (${adv.length}; by first code): ${Object.entries(adv.reduce((a, x) => ((a[x.errs[0]?.code ?? "run-failed"] = (a[x.errs[0]?.code ?? "run-failed"] ?? 0) + 1), a), {})).map(([c, n]) => `${c}×${n}`).join(", ")}`,
    ...firstN(adv.filter((x) => !x.errs.every((d) => d.code.startsWith("header-") || d.code.startsWith("row-"))), 6, (x) => `${rel(x.path)}: ${codes(x.errs)}; first: ${x.errs[0]?.code} line ${x.errs[0]?.line} col ${JSON.stringify(x.errs[0]?.column)} value ${JSON.stringify(x.errs[0]?.value)}`));
  const warnCodes = {};
  for (const x of counted) for (const d of x.warns) warnCodes[d.code] = (warnCodes[d.code] ?? 0) + 1;
  out.push("", `Warnings on known-good files, by code: ${Object.entries(warnCodes).map(([c, n]) => `${c}×${n}`).join(", ") || "none"}`);
  const numbers = {
    files: counted.length,
    falseAlarms: bad.length,
    advisoryWithErrors: adv.length,
    byCorpus: Object.fromEntries(corpora.map((c) => { const xs = results.filter((x) => x.corpus === c); return [c, { files: xs.length, falseAlarms: xs.filter((x) => x.failed || x.errs.length).length }]; })),
    list: bad.map((x) => ({ file: rel(x.path), codes: x.failed ? ["run-failed"] : [...new Set(x.errs.map((d) => d.code))] })),
    warnings: warnCodes,
  };
  return { table: out.join("\n"), numbers };
}

if (isMain(import.meta.url)) {
  const { table } = await run({ corpusDir: process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS });
  console.log(table);
}
