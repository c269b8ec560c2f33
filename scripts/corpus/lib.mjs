// Shared helpers of the corpus sections: run one file through the built pipeline in-process, tables, dialect normalisation.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "..", "..");
export const DEFAULT_CORPUS = resolve(root, "..", "shared", "corpus");

let api = null;
/** Imports the build once (dist/): the public prepare(), and the per-file pipeline so a section can see parsed records. */
export async function loadApi() {
  if (api) return api;
  const dist = join(root, "dist", "src");
  if (!existsSync(join(dist, "index.js"))) throw new Error("no build: run `npm run build` first");
  const imp = (p) => import(pathToFileURL(join(dist, p)).href);
  const [index, resolveMod, validate, csv] = await Promise.all([imp("index.js"), imp("source/resolve.js"), imp("pipeline/validate.js"), imp("parse/csv.js")]);
  api = { ...index, resolveInputs: resolveMod.resolveInputs, validateSource: validate.validateSource, parseRecords: csv.parseRecords };
  return api;
}

/**
 * Validates one file in this process, as check() does for one input (same option resolution, same
 * validateSource), with an optional record sink so a section can compare the parsed table.
 * Returns { file, header, records } or { error } when the options (e.g. a schema) are refused (exit code 2).
 * why not check(): it hides the records; and why not a process per file: start-up would dominate (~0.2 s/file).
 */
export async function runOne(path, options = {}, { records = false } = {}) {
  const a = await loadApi();
  let ro;
  try {
    // why maxDefects high: the sections match every defect against ground truth, so none may be cut
    ro = await a.prepare({ jobs: 1, maxDefects: 1_000_000, stats: false, ...options });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), errorCode: e?.code ?? null };
  }
  const [input] = await a.resolveInputs([path]);
  if ("error" in input) return { error: input.error.reason, errorCode: "input" };
  let header = null;
  const recs = [];
  const sink = records ? {
    onHeader: (h) => { header = h; },
    onRecord: (rec, row) => { recs.push({ row, line: rec.line, cells: rec.cells.slice() }); },
  } : {};
  try {
    const file = await a.validateSource(input.source, ro, sink);
    return { file, header, records: recs };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), errorCode: e?.code ?? null };
  }
}

export const pct = (n, d) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);
/** "n/d (p%)" */
export const frac = (n, d) => (d === 0 ? "–" : `${n}/${d} (${pct(n, d)})`);

/** A markdown table from a header row and rows of cells. */
export function mdTable(head, rows) {
  const esc = (v) => String(v ?? "").replace(/\|/g, "\\|").replace(/\n/g, "\\n");
  return [`| ${head.map(esc).join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`)].join("\n");
}

/** CleverCSV / score-harness normalisation: "" is none; an escape equal to the quote is a doubled quote, i.e. none. */
export function normDialect(d) {
  const delimiter = d.delimiter ?? "";
  const quote = d.quote ?? "";
  let escape = d.escape ?? "";
  if (escape === quote) escape = "";
  return { delimiter, quote, escape };
}
const show = (v) => (v === "" || v == null ? "∅" : JSON.stringify(v));
export const fmtDialect = (d) => `${show(d.delimiter)} ${show(d.quote)} ${show(d.escape)}`;

/** "code@line" summary of a file's defects, for miss lists. */
export function defectSummary(file, max = 8) {
  const ds = file?.defects ?? [];
  const s = ds.slice(0, max).map((d) => `${d.code}${d.severity === "warning" ? "(w)" : ""}@${d.line ?? "-"}`).join(", ");
  return ds.length > max ? `${s}, … (${ds.length})` : s || "none";
}

export const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));
export const readJsonl = (p) => readFileSync(p, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Lists at most n items as "- …" lines with a "(and k more)" tail. */
export function firstN(items, n, fmt) {
  const out = items.slice(0, n).map((x) => `- ${fmt(x)}`);
  if (items.length > n) out.push(`- … and ${items.length - n} more`);
  return out;
}

/** True when this module is the script node was started with. */
export const isMain = (url) => process.argv[1] && resolve(process.argv[1]) === fileURLToPath(url);
