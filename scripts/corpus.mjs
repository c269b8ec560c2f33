// `npm run corpus`: runs every corpus section against the build, prints one table per corpus, saves the numbers and the change since last time.
// Usage: node scripts/corpus.mjs [--only pollock,duckdb]   (corpus: $INGEST_CHECK_CORPUS or ../shared/corpus next to the repo)
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { join, resolve, dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = resolve(process.env.INGEST_CHECK_CORPUS ?? join(root, "..", "shared", "corpus"));
const resultsDir = join(root, "corpus-results");

/** Sections in print order; `needs` are the corpus folders a section reads (missing → the section is skipped). */
const SECTIONS = [
  { name: "encoding", module: "encoding.mjs", needs: ["encoding"], title: "Encoding detection (corpus/encoding)" },
  { name: "dialect", module: "dialect.mjs", needs: ["clevercsv", "pollock"], title: "Dialect sniffing (corpus/clevercsv, corpus/pollock; sniffer alone)" },
  { name: "pollock", module: "pollock.mjs", needs: ["pollock"], title: "Pollock (corpus/pollock; whole pipeline)" },
  { name: "spectrum", module: "spectrum.mjs", needs: ["csv-spectrum"], title: "csv-spectrum (corpus/csv-spectrum)" },
  { name: "frictionless", module: "frictionless.mjs", needs: ["frictionless"], title: "frictionless-py fixtures (corpus/frictionless)" },
  { name: "csvlint", module: "csvlint.mjs", needs: ["csvlint"], title: "csvlint.rb fixtures (corpus/csvlint)" },
  { name: "duckdb", module: "duckdb.mjs", needs: ["duckdb"], title: "DuckDB test files (corpus/duckdb)" },
  { name: "realworld", module: "realworld.mjs", needs: ["realworld"], title: "Real files from npm and Debian packages (corpus/realworld; no schema, no options)" },
  { name: "false-alarms", module: "false-alarms.mjs", needs: ["csv-spectrum", "pollock", "frictionless", "csvlint", "csvw"], title: "False alarms (known-good files of several corpora, one row per corpus)" },
];

function git(args) {
  try { return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return null; }
}

/** Numeric leaves of a result as "section.path" → number (array lengths as "path.length"), for the diff. */
function flatten(obj, prefix = "", out = {}) {
  if (typeof obj === "number") out[prefix] = obj;
  else if (Array.isArray(obj)) {
    if (obj.every((x) => typeof x === "number") && obj.length <= 4) obj.forEach((x, i) => { out[`${prefix}[${i}]`] = x; });
    else out[`${prefix}.length`] = obj.length;
  } else if (obj && typeof obj === "object") for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function printDiff(prev, cur) {
  const a = flatten(prev.sections ?? {});
  const b = flatten(cur.sections);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const changes = [];
  for (const k of keys) {
    if (/(^|\.)(timing|ms|Ms|durationMs)(\.|$)|Ms$|ms$/.test(k)) continue; // times are noise, not results
    if (a[k] === b[k]) continue;
    const fmt = (v) => (v === undefined ? "–" : Number.isInteger(v) ? String(v) : v.toFixed(4));
    const d = a[k] !== undefined && b[k] !== undefined ? ` (${b[k] - a[k] > 0 ? "+" : ""}${Number.isInteger(b[k] - a[k]) ? b[k] - a[k] : (b[k] - a[k]).toFixed(4)})` : "";
    changes.push(`  ${k}: ${fmt(a[k])} → ${fmt(b[k])}${d}`);
  }
  console.log(`\n## Change since the previous run (${prev.timestamp}${prev.git?.commit ? `, ${prev.git.commit.slice(0, 8)}${prev.git.dirty ? "+dirty" : ""}` : ""})\n`);
  if (!changes.length) console.log("  no number changed");
  else {
    for (const c of changes.slice(0, 80)) console.log(c);
    if (changes.length > 80) console.log(`  … and ${changes.length - 80} more (compare the JSON files in corpus-results/)`);
  }
}

/** Writes a file under a temporary name and renames it, so an interrupted run never leaves half a JSON. */
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function main() {
  if (!existsSync(corpusDir)) {
    console.log(`corpus: no corpus at ${corpusDir} (set INGEST_CHECK_CORPUS to its folder); skipped.`);
    return 0;
  }
  if (!existsSync(join(root, "dist", "src", "index.js"))) {
    console.error("corpus: no build in dist/; run `npm run build` (npm run corpus does it).");
    return 2;
  }
  const i = process.argv.indexOf("--only");
  const only = i > 0 ? new Set(process.argv[i + 1].split(",")) : null;
  const t0 = performance.now();
  const sections = {};
  const timings = {};
  console.log(`# ingest-check on the corpora (${relative(root, corpusDir) || corpusDir})`);
  for (const s of SECTIONS) {
    if (only && !only.has(s.name)) continue;
    const missing = s.needs.filter((n) => !existsSync(join(corpusDir, n)));
    console.log(`\n## ${s.title}\n`);
    // a section runs on what is there; one that needs a missing folder entirely is skipped, not failed
    if (missing.length === s.needs.length || (s.name !== "false-alarms" && missing.length)) {
      console.log(`skipped: corpus folder(s) ${missing.join(", ")} not found`);
      sections[s.name] = { skipped: `missing ${missing.join(", ")}` };
      continue;
    }
    const ts = performance.now();
    try {
      const mod = await import(pathToFileURL(join(root, "scripts", "corpus", s.module)).href);
      const { table, numbers } = await mod.run({ corpusDir });
      console.log(table);
      sections[s.name] = numbers;
    } catch (e) {
      console.log(`FAILED: ${e?.stack ?? e}`);
      sections[s.name] = { error: String(e?.message ?? e) };
    }
    timings[s.name] = Math.round(performance.now() - ts);
    console.log(`\n(${s.name}: ${(timings[s.name] / 1000).toFixed(1)} s)`);
  }
  const now = new Date();
  const result = {
    resultsVersion: 1,
    timestamp: now.toISOString(),
    git: { commit: git(["rev-parse", "HEAD"]), dirty: (git(["status", "--porcelain", "--", "src"]) ?? "") !== "" },
    node: process.version,
    only: only ? [...only] : null,
    durationMs: Math.round(performance.now() - t0),
    sectionMs: timings,
    sections,
  };
  mkdirSync(resultsDir, { recursive: true });
  const latest = join(resultsDir, "latest.json");
  let prev = null;
  if (existsSync(latest)) { try { prev = JSON.parse(readFileSync(latest, "utf8")); } catch { prev = null; } }
  const text = `${JSON.stringify(result, null, 2)}\n`;
  writeAtomic(join(resultsDir, `${now.toISOString().replace(/[:.]/g, "-")}.json`), text);
  // why a partial run (--only) does not replace latest.json: the next full run must diff against a full one
  if (!only) writeAtomic(latest, text);
  if (prev) {
    if (only) prev = { ...prev, sections: Object.fromEntries(Object.entries(prev.sections ?? {}).filter(([k]) => only.has(k))) };
    printDiff(prev, result);
  }
  console.log(`\nSaved corpus-results/${only ? "" : "latest.json and corpus-results/"}${now.toISOString().replace(/[:.]/g, "-")}.json; total ${(result.durationMs / 1000).toFixed(1)} s.`);
  return 0;
}

process.exitCode = await main();
