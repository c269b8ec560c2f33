// The default output for people: per file, what was detected, the row counts, a table by code and the first defects.
import { createColors } from "picocolors";
import type { FileReport, Report } from "../types.js";
import { hintsFor, plural, quoteChar } from "./hints.js";

export interface PrettyOptions {
  color?: boolean;
  /** How many defects to list per file. */
  show?: number;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const shown = (s: string | null, max = 40) => (s === null ? "" : esc(s.length > max ? s.slice(0, max - 1) + "…" : s));

function dialectText(f: FileReport): string {
  const d = f.dialect;
  if (!d) return "";
  const delimiter = d.whitespace ? (d.columns ? "aligned columns" : "runs of spaces") : quoteChar(d.delimiter);
  // why these three only when set: they say the tool skipped or cut lines on its own, which a reader must see
  const extras = `${d.comment ? `, comment ${quoteChar(d.comment)}` : ""}${d.skipRows ? `, ${plural(d.skipRows, "line")} skipped before the table` : ""}`;
  return `delimiter ${delimiter}, quote ${d.quote ? quoteChar(d.quote) : "none"}${d.escape ? `, escape ${quoteChar(d.escape)}` : ""}, ${d.header ? "header" : "no header"}${extras}${d.lineTerminator ? `, ${JSON.stringify(d.lineTerminator).slice(1, -1)}` : ""} (${d.how})`;
}


/** "; 7 comment lines skipped" after the row counts (every input line accounted for); empty when none was skipped. */
function skippedText(f: FileReport): string {
  const l = f.lines;
  if (!l) return "";
  const parts = [l.comments ? plural(l.comments, "comment line") : "", l.preamble ? plural(l.preamble, "preamble line") : ""].filter(Boolean);
  return parts.length ? `; ${parts.join(", ")} skipped` : "";
}

/** Why a `--state` run shows counts it did not read: the input is unchanged since the run that validated it. */
function unchangedText(f: FileReport): string {
  // why say it: without it a cron log shows an old file's counts as if it had been read again
  return f.errors > 0 ? " (unchanged since the last run, which failed it: not read again)" : " (unchanged since the last run: not read again)";
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function render(report: Report, opts: PrettyOptions = {}): string {
  const c = createColors(opts.color ?? false);
  const show = opts.show ?? 10;
  const out: string[] = [];
  for (const f of report.files) {
    const status = f.errors > 0 ? c.red("✖") : f.warnings > 0 ? c.yellow("▲") : c.green("✔");
    out.push(`${status} ${c.bold(f.source)}${f.partial ? c.yellow(" (partial)") : ""}${f.skipped ? c.dim(unchangedText(f)) : ""}`);
    if (f.resource !== undefined) out.push(c.dim(`  resource  ${f.resource} (Data Package)`));
    if (f.encoding) out.push(c.dim(`  encoding  ${f.encoding.name}${f.encoding.bom ? " with BOM" : ""} (${f.encoding.how}${f.encoding.confidence !== null && f.encoding.confidence !== undefined && f.encoding.how === "detected" ? `, confidence ${f.encoding.confidence.toFixed(2)}` : ""})`));
    if (f.dialect) out.push(c.dim(`  dialect   ${dialectText(f)}`));
    if (f.columns.length) out.push(c.dim(`  columns   ${f.columns.length}: ${f.columns.slice(0, 8).map((x) => shown(x, 20)).join(", ")}${f.columns.length > 8 ? ", …" : ""}`));
    out.push(`  rows      ${f.rows.total.toLocaleString("en-US")} total, ${c.green(f.rows.valid.toLocaleString("en-US") + " valid")}, ${f.rows.invalid ? c.red(f.rows.invalid.toLocaleString("en-US") + " invalid") : "0 invalid"}${skippedText(f)}`);
    const codes = Object.entries(f.byCode).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
    if (codes.length) {
      const sevOf = (code: string) => f.defects.find((d) => d.code === code)?.severity;
      const width = Math.max(...codes.map(([k]) => k.length));
      out.push("");
      for (const [code, n] of codes) {
        const sev = sevOf(code);
        const label = sev === "warning" ? c.yellow(pad(code, width)) : sev === "error" ? c.red(pad(code, width)) : pad(code, width);
        out.push(`    ${label}  ${String(n).padStart(8)}`);
      }
      const list = f.defects.slice(0, show);
      if (list.length) {
        out.push("");
        for (const d of list) {
          const where = d.row !== null ? `row ${d.row}, line ${d.line}` : d.line !== null ? `line ${d.line}` : d.column !== null || d.columnIndex !== null ? "column" : "file";
          const colText = d.column !== null ? ` ${c.cyan(shown(d.column, 24))}` : d.columnIndex !== null ? ` ${c.cyan(`#${d.columnIndex}`)}` : "";
          const sev = d.severity === "error" ? c.red(d.code) : c.yellow(d.code);
          out.push(`    ${c.dim(pad(where, 22))} ${sev}${colText}  ${d.message}`);
        }
        const total = codes.reduce((n, [, k]) => n + (k ?? 0), 0);
        if (total > list.length) out.push(c.dim(`    … and ${(total - list.length).toLocaleString("en-US")} more (see --format json, --report or --html)`));
      }
    }
    const hints = hintsFor(f);
    if (hints.length) out.push("");
    for (const h of hints) out.push(`  ${c.cyan("hint")}      ${h.message}`);
    out.push("");
  }
  const s = report.summary;
  const verdict = report.ok ? c.green(c.bold("OK")) : c.red(c.bold("FAILED"));
  out.push(`${verdict}  ${plural(s.files, "file")}, ${plural(s.rows, "row")} (${s.invalidRows.toLocaleString("en-US")} invalid), ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}  ${c.dim(`[fail on: ${report.run.failOn}]`)}`);
  return out.join("\n") + "\n";
}
