// Markdown reporter: a GitHub-flavoured summary for PR comments and the Actions step summary, size-capped.
import { CATALOG, isDefectCode } from "../defects/catalog.js";
import type { Defect, FileReport, Report, Severity } from "../types.js";

export interface MarkdownOptions {
  /** Defects listed per file (the rest are counted). Default 20. */
  maxDefectsPerFile?: number;
  /**
   * Upper bound of the output in UTF-8 bytes. Default 65,000: a GitHub comment holds 65,536 characters,
   * and bytes ≥ characters, so a byte budget is safe for both limits.
   */
  maxBytes?: number;
  /** Said after the output when it had to be cut, e.g. where the full report is. */
  truncationNote?: string;
}

export const MARKDOWN_DEFAULT_MAX_BYTES = 65_000;
/** Longest cell value shown in a table; the report holds up to 200 characters. */
const VALUE_CHARS = 80;

const nf = new Intl.NumberFormat("en-US");
const n = (x: number): string => nf.format(x);

/**
 * Severity of a code in this run: from a listed defect, else the run's --rule, else the catalogue.
 * Exported because the other CI reporters ask the same question. Memoised per report object, since
 * a renderer asks it for every file and code (reports are not changed once rendering starts).
 */
export function severityOf(report: Report, code: string): Severity {
  let seen = severityCache.get(report);
  if (!seen) {
    seen = new Map();
    for (const f of report.files) for (const d of f.defects) if (!seen.has(d.code)) seen.set(d.code, d.severity);
    severityCache.set(report, seen);
  }
  const listed = seen.get(code);
  if (listed) return listed;
  const rule = report.run?.rules?.[code];
  if (rule === "error" || rule === "warning") return rule;
  return isDefectCode(code) ? CATALOG[code].severity : "error";
}
const severityCache = new WeakMap<Report, Map<string, Severity>>();

/** Errors and warnings of one file, counted from byCode so they stay exact when the defect list was capped. */
export function fileCounts(report: Report, f: FileReport): { errors: number; warnings: number } {
  let errors = 0, warnings = 0;
  for (const [code, count] of Object.entries(f.byCode)) {
    if (!count) continue;
    if (severityOf(report, code) === "error") errors += count; else warnings += count;
  }
  return { errors, warnings };
}

/**
 * Control characters become their visible Unicode "control pictures" (a newline shows as ␊), and
 * bidirectional overrides become <U+202E>, so a value can neither break a table row nor reorder
 * the text a reviewer reads (the "Trojan source" trick).
 */
export function visibleControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
    if (cp === 0x7f) return "\u2421";
    return `<U+${cp.toString(16).toUpperCase().padStart(4, "0")}>`;
  });
}

/**
 * Escapes text for a GFM table cell. HTML is neutralised with entities (GitHub renders inline HTML),
 * inline Markdown (code, emphasis, links, strike) with backslashes, pipes so they do not split
 * the cell, and `@` gets a
 * zero-width space so a cell holding "@everyone" does not notify anybody.
 */
export function mdCell(raw: string, max = Infinity): string {
  let s = raw;
  if (s.length > max) s = s.slice(0, max) + "…";
  s = visibleControls(s);
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/@/g, "@\u200b");
}

/** File names go in code spans for readability; a backtick inside needs a longer fence. */
function mdCode(raw: string): string {
  const s = visibleControls(raw).replace(/\|/g, "\\|");
  const runs = s.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

const bytesOf = (s: string): number => Buffer.byteLength(s, "utf8");

function head(report: Report): string[] {
  const s = report.summary;
  const status = report.ok ? "✅ passed" : "❌ failed";
  const out: string[] = [];
  out.push(`## ingest-check: ${status}`);
  out.push("");
  const schema = report.run?.schema?.source ? ` · schema ${mdCode(report.run.schema.source)}` : "";
  out.push(`<sub>ingest-check ${mdCell(report.tool.version)} · fail on ${mdCell(report.run?.failOn ?? "error")}${schema}</sub>`);
  out.push("");
  out.push("| Files | Rows | Valid | Invalid | Errors | Warnings |");
  out.push("|---:|---:|---:|---:|---:|---:|");
  out.push(`| ${n(s.files)} | ${n(s.rows)} | ${n(s.validRows)} | ${n(s.invalidRows)} | ${n(s.errors)} | ${n(s.warnings)} |`);
  out.push("");
  const codes = Object.entries(s.byCode).filter(([, c]) => (c ?? 0) > 0) as [string, number][];
  if (codes.length > 0) {
    codes.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    out.push("### Defects by code");
    out.push("");
    out.push("| Code | Severity | Count | Meaning |");
    out.push("|---|---|---:|---|");
    for (const [code, count] of codes) {
      const sev = severityOf(report, code);
      const desc = isDefectCode(code) ? CATALOG[code].description : "";
      out.push(`| ${mdCode(code)} | ${sev === "error" ? "🔴 error" : "🟡 warning"} | ${n(count)} | ${mdCell(desc)} |`);
    }
    out.push("");
  }
  if (s.errors + s.warnings === 0) {
    out.push(`No defects in ${n(s.files)} file${s.files === 1 ? "" : "s"} (${n(s.rows)} rows).`);
    out.push("");
  }
  out.push("### Files");
  out.push("");
  out.push("| File | Rows | Invalid | Errors | Warnings | Result |");
  out.push("|---|---:|---:|---:|---:|---|");
  for (const f of report.files) {
    const c = fileCounts(report, f);
    const result = c.errors > 0 ? "❌" : c.warnings > 0 ? "⚠️" : f.skipped ? "⏭️ unchanged" : "✅";
    out.push(`| ${mdCode(f.source)} | ${n(f.rows.total)} | ${n(f.rows.invalid)} | ${n(c.errors)} | ${n(c.warnings)} | ${result}${f.partial ? " (partial)" : ""} |`);
  }
  out.push("");
  return out;
}

const loc = (x: number | null): string => (x === null ? "—" : n(x));

function fileSection(report: Report, f: FileReport, limit: number): string[] {
  if (f.defects.length === 0) return [];
  const c = fileCounts(report, f);
  const out: string[] = [];
  out.push(`#### ${mdCode(f.source)}`);
  out.push("");
  const bits: string[] = [];
  if (f.encoding) bits.push(`encoding ${mdCell(f.encoding.name)} (${mdCell(f.encoding.how)})`);
  if (f.dialect) bits.push(`delimiter ${mdCode(f.dialect.delimiter === "\t" ? "\\t" : f.dialect.delimiter)}`);
  bits.push(`${n(f.rows.total)} rows, ${n(f.rows.invalid)} invalid`);
  bits.push(`${n(c.errors)} errors, ${n(c.warnings)} warnings`);
  out.push(bits.join(" · "));
  out.push("");
  if (limit > 0) {
    out.push("| Row | Line | Column | Value | Code | Message |");
    out.push("|---:|---:|---|---|---|---|");
    for (const d of f.defects.slice(0, limit)) out.push(defectRow(d));
    out.push("");
  }
  const total = c.errors + c.warnings;
  const shown = Math.min(limit, f.defects.length);
  if (shown < total) {
    const why = f.defectsTruncated ? " (the report itself keeps only the first defects; counts are exact)" : "";
    out.push(`<sub>Showing ${n(shown)} of ${n(total)} defects${why}.</sub>`);
    out.push("");
  }
  return out;
}

// Why a cache: the size loop renders the same rows at several limits.
const rowCache = new WeakMap<Defect, string>();

function defectRow(d: Defect): string {
  const hit = rowCache.get(d);
  if (hit !== undefined) return hit;
  const row = renderRow(d);
  rowCache.set(d, row);
  return row;
}

function renderRow(d: Defect): string {
  const column = d.column === null ? (d.columnIndex === null ? "—" : `#${d.columnIndex}`) : mdCell(d.column, 40);
  const value = d.value === null ? "—" : d.value === "" ? "*(empty)*" : mdCell(d.value, VALUE_CHARS);
  const sev = d.severity === "error" ? "🔴" : "🟡";
  return `| ${loc(d.row)} | ${loc(d.line)} | ${column} | ${value} | ${sev} ${mdCode(d.code)} | ${mdCell(d.message, 300)} |`;
}

/** Renders the report as GitHub-flavoured Markdown that never exceeds `maxBytes`. */
export function render(report: Report, opts: MarkdownOptions = {}): string {
  const maxBytes = opts.maxBytes ?? MARKDOWN_DEFAULT_MAX_BYTES;
  const note = opts.truncationNote ?? "the full list is in the JSON report (`--report`).";
  const top = head(report).join("\n") + "\n";
  const withDefects = report.files.filter((f) => f.defects.length > 0);
  const heading = withDefects.length > 0 ? "### Defects\n\n" : "";
  const section = (f: FileReport, limit: number) => fileSection(report, f, limit).join("\n") + "\n";

  // Why a shrinking loop: per-file detail is what grows; try fewer rows per file before dropping files.
  let limit = opts.maxDefectsPerFile ?? 20;
  for (;;) {
    const sections = withDefects.map((f) => section(f, limit));
    const size = bytesOf(top) + bytesOf(heading) + sections.reduce((a, x) => a + bytesOf(x), 0);
    if (size <= maxBytes) return top + heading + sections.join("");
    if (limit <= 1) break;
    limit = limit > 5 ? Math.floor(limit / 2) : limit - 1;
  }

  // Still too long (many files): give the first files a few rows each while they fit, then say what was left out.
  const cutNote = (left: number) => `\n> ✂️ Cut to fit the size limit${left > 0 ? `: ${n(left)} more files with defects are not shown` : ""}; ${note}\n`;
  const reserve = bytesOf(cutNote(withDefects.length));
  let text = top + heading;
  let used = bytesOf(text);
  let kept = 0;
  for (const f of withDefects) {
    const sec = section(f, 1);
    const size = bytesOf(sec);
    if (used + size + reserve > maxBytes) break;
    text += sec; used += size; kept++;
  }
  text += cutNote(withDefects.length - kept);
  if (bytesOf(text) <= maxBytes) return text;
  // Last resort (the summary tables alone are too big, e.g. thousands of files): cut on a line boundary.
  const tail = cutNote(0);
  const budget = maxBytes - bytesOf(tail);
  const out: string[] = [];
  let size = 0;
  for (const line of text.split("\n")) {
    const b = bytesOf(line) + 1;
    if (size + b > budget) break;
    out.push(line); size += b;
  }
  return out.join("\n") + "\n" + tail;
}
