// HTML reporter (--html FILE): one self-contained page with no script, charts in inline SVG, every data value escaped.
import { CATALOG, isDefectCode } from "../defects/catalog.js";
import type { ColumnStats, Defect, FileReport, Report } from "../types.js";
import { fileCounts, severityOf } from "./markdown.js";
import { barChart, locationChart, type Bar } from "./html/charts.js";
import { esc, valueHtml } from "./html/escape.js";
import { CSS } from "./html/style.js";

export interface HtmlOptions {
  /** Defective records listed per file (each with all its listed defects). Default 100. */
  maxRows?: number;
  /** Shown in the header, e.g. new Date().toISOString(); left out when absent so the output is reproducible. */
  generatedAt?: string;
}

/**
 * The page runs no script and loads nothing: `default-src 'none'` blocks scripts, frames, fonts and
 * fetches even if a value ever escaped its escaping; inline styles and data: images are all it needs.
 */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const nf = new Intl.NumberFormat("en-US");
const n = (x: number): string => nf.format(x);
const pct = (part: number, whole: number): string =>
  whole <= 0 ? "—" : part === 0 ? "0%" : `${((100 * part) / whole).toFixed(part / whole < 0.1 ? 1 : 0)}%`;
const plural = (x: number, word: string): string => `${n(x)} ${word}${x === 1 ? "" : "s"}`;
const chip = (code: string, sev: "error" | "warning") => `<span class="chip ${sev}">${esc(code)}</span>`;

function cards(report: Report): string {
  const s = report.summary;
  const card = (k: string, v: number, cls = "") => `<div class="card ${cls}"><div class="k">${k}</div><div class="v">${n(v)}</div></div>`;
  return `<section class="cards">${card("Files", s.files)}${card("Rows", s.rows)}${card("Valid rows", s.validRows, "ok")}` +
    `${card("Invalid rows", s.invalidRows, s.invalidRows ? "err" : "")}${card("Errors", s.errors, s.errors ? "err" : "")}` +
    `${card("Warnings", s.warnings, s.warnings ? "warn" : "")}</section>`;
}

function byCodeBars(report: Report, byCode: Partial<Record<string, number>>): Bar[] {
  return (Object.entries(byCode).filter(([, c]) => (c ?? 0) > 0) as [string, number][])
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([code, value]) => ({
      label: code, value, kind: severityOf(report, code),
      hint: isDefectCode(code) ? CATALOG[code].description : undefined,
    }));
}

function filesTable(report: Report): string {
  const rows = report.files.map((f, i) => {
    const c = fileCounts(report, f);
    const status = c.errors > 0 ? `<span class="status error">✕ errors</span>` : c.warnings > 0 ? `<span class="status warning">! warnings</span>` : `<span class="status ok">✓ clean</span>`;
    const enc = f.encoding ? esc(f.encoding.name) : "—";
    return `<tr><td><a href="#file-${i + 1}" class="mono">${esc(f.source)}</a></td><td class="n">${n(f.rows.total)}</td>` +
      `<td class="n">${n(f.rows.invalid)}</td><td class="n">${n(c.errors)}</td><td class="n">${n(c.warnings)}</td><td>${enc}</td><td>${status}</td></tr>`;
  }).join("");
  return `<table><thead><tr><th>File</th><th class="n">Rows</th><th class="n">Invalid</th><th class="n">Errors</th><th class="n">Warnings</th><th>Encoding</th><th>Result</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function facts(f: FileReport): string {
  const bits: string[] = [];
  if (f.encoding) {
    const conf = f.encoding.confidence !== null && f.encoding.confidence < 1 ? `, confidence ${f.encoding.confidence.toFixed(2)}` : "";
    bits.push(`${esc(f.encoding.name)}${f.encoding.bom ? " with BOM" : ""} (${esc(f.encoding.how)}${conf})`);
  }
  if (f.dialect) {
    const show = (c: string) => (c === "\t" ? "tab" : c === " " ? "space" : c);
    bits.push(`delimiter <code>${esc(show(f.dialect.delimiter))}</code>`);
    bits.push(f.dialect.header ? "header row" : "no header");
  }
  if (f.bytes !== null) bits.push(`${n(f.bytes)} bytes`);
  bits.push(`${n(f.rows.total)} rows`);
  if (f.durationMs) bits.push(`${f.durationMs < 10 ? f.durationMs.toFixed(1) : n(Math.round(f.durationMs))} ms`);
  if (f.partial) bits.push("<strong>partial read</strong>");
  return bits.join(" · ");
}

function columnProfile(f: FileReport): string {
  const stats: ColumnStats[] | undefined = f.stats;
  if (!stats || stats.length === 0) return f.columns.length > 0 ? `<p class="note">This report has no per-column figures for this file.</p>` : "";
  const defectsBy = new Map<number, number>();
  for (const d of f.defects) if (d.columnIndex !== null && d.row !== null) defectsBy.set(d.columnIndex, (defectsBy.get(d.columnIndex) ?? 0) + 1);
  const rows = stats.map((s) => {
    const ratio = s.count > 0 ? s.missing / s.count : 0;
    const spell = Object.entries(s.missingSpellings).sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `<span class="spell" title="${n(v)} times">${k === "" ? `""` : valueHtml(k)} ×${n(v)}</span>`).join("");
    return `<tr><td class="n">${s.index}</td><td class="mono">${esc(s.name)}</td><td>${s.type ? esc(s.type) : "—"}</td>` +
      `<td class="n">${n(s.missing)}</td><td class="n">${pct(s.missing, s.count)}</td>` +
      `<td><div class="meter${ratio > 0.5 ? " high" : ""}"><span style="width:${(ratio * 100).toFixed(1)}%"></span></div></td>` +
      `<td>${spell || "—"}</td><td class="n">${n(s.typeErrors)}</td><td class="n">${n(defectsBy.get(s.index) ?? 0)}</td></tr>`;
  }).join("");
  return `<h3>Columns</h3><table><thead><tr><th class="n">#</th><th>Column</th><th>Type</th><th class="n">Missing</th><th class="n">Share</th><th></th><th>Spellings of missing</th><th class="n">Type errors</th><th class="n">Defects listed</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fileLevel(f: FileReport): string {
  const list = f.defects.filter((d) => d.row === null);
  if (list.length === 0) return "";
  const items = list.map((d) =>
    `<div class="callout ${d.severity}"><p>${chip(d.code, d.severity)} ${d.column !== null ? `<span class="mono">${esc(d.column)}</span> · ` : ""}${esc(d.message)}</p></div>`).join("");
  return `<h3>File and column defects</h3>${items}`;
}

function rowsTable(f: FileReport, maxRows: number): string {
  const byRow = new Map<number, Defect[]>();
  for (const d of f.defects) {
    if (d.row === null) continue;
    let g = byRow.get(d.row);
    if (!g) { g = []; byRow.set(d.row, g); }
    g.push(d);
  }
  if (byRow.size === 0) return "";
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const shown = rows.slice(0, maxRows);
  const body = shown.map((r) => {
    const g = byRow.get(r)!;
    return g.map((d, i) => {
      const lead = i === 0
        ? `<td class="n" rowspan="${g.length}">${n(r)}</td><td class="n" rowspan="${g.length}">${d.line === null ? "—" : n(d.line)}</td>`
        : "";
      const col = d.column !== null ? `<span class="mono">${esc(d.column)}</span>${d.columnIndex !== null ? ` <span class="idx">#${d.columnIndex}</span>` : ""}` : "—";
      const val = d.value === null ? "—" : `<mark class="cell ${d.severity}">${valueHtml(d.value)}</mark>`;
      return `<tr${i === 0 ? ` class="first"` : ""}>${lead}<td class="col">${col}</td><td class="value">${val}</td><td>${chip(d.code, d.severity)}</td><td class="msg">${esc(d.message)}</td></tr>`;
    }).join("");
  }).join("");
  const more = rows.length > shown.length ? `<p class="note">Showing the first ${n(shown.length)} of ${n(rows.length)} defective records listed in the report.</p>` : "";
  return `<h3>First defective records</h3><table class="rows"><thead><tr><th class="n">Row</th><th class="n">Line</th><th>Column</th><th>Value</th><th>Code</th><th>Message</th></tr></thead><tbody>${body}</tbody></table>${more}`;
}

function fileSection(report: Report, f: FileReport, i: number, maxRows: number): string {
  const c = fileCounts(report, f);
  const status = c.errors > 0 ? `<span class="badge fail">${plural(c.errors, "error")}</span>`
    : c.warnings > 0 ? `<span class="badge warn">${plural(c.warnings, "warning")}</span>` : `<span class="badge pass">clean</span>`;
  let body = "";
  if (f.defects.length === 0 && c.errors + c.warnings === 0) {
    body += `<div class="callout ok"><p>No defects in ${n(f.rows.total)} rows.</p></div>`;
  } else {
    body += fileLevel(f);
    const rowDefects = f.defects.filter((d) => d.row !== null);
    const listedNote = f.defectsTruncated ? `<p class="note">Charts of rows and columns use the ${n(f.defects.length)} defects kept in the report (counts by code are exact).</p>` : "";
    const colCount = new Map<string, { value: number; kind: "error" | "warning" }>();
    for (const d of rowDefects) {
      const key = d.column ?? "(whole record)";
      const e = colCount.get(key) ?? { value: 0, kind: "warning" as const };
      e.value++;
      if (d.severity === "error") e.kind = "error";
      colCount.set(key, e);
    }
    const colBars: Bar[] = [...colCount.entries()].sort((a, b) => b[1].value - a[1].value).slice(0, 15)
      .map(([label, e]) => ({ label, value: e.value, kind: e.kind }));
    const codeBars = byCodeBars(report, f.byCode);
    // Why only with row-level defects: a file that could not be read has one file-level defect and nothing to chart.
    if (rowDefects.length > 0) {
      body += `<div class="grid2"><div><h3>Defects by code</h3>${barChart(codeBars, `Defects by code in ${f.source}`)}</div>` +
        `<div><h3>Defects by column</h3>${barChart(colBars, `Defects by column in ${f.source}`)}</div></div>`;
      body += `<h3>Where the defects sit</h3><div class="legend"><span><i class="e"></i>errors</span><span><i class="w"></i>warnings</span></div>` +
        locationChart(rowDefects.map((d) => ({ row: d.row!, kind: d.severity })), f.rows.total, `Defects along the rows of ${f.source}`);
    }
    body += listedNote;
    body += rowsTable(f, maxRows);
  }
  body += columnProfile(f);
  return `<section class="file" id="file-${i + 1}"><header><h2>${esc(f.source)}</h2>${status}<span class="facts">${facts(f)}</span></header><div class="body">${body}</div></section>`;
}

/** Renders the whole report as one HTML page. */
export function render(report: Report, opts: HtmlOptions = {}): string {
  const maxRows = opts.maxRows ?? 100;
  const s = report.summary;
  const status = report.ok ? "Passed" : "Failed";
  const meta: string[] = [`${n(s.files)} file${s.files === 1 ? "" : "s"}`, `fail on ${esc(report.run?.failOn ?? "error")}`];
  if (report.run?.schema?.source) meta.push(`schema <code>${esc(report.run.schema.source)}</code>`);
  meta.push(`ingest-check ${esc(report.tool.version)}`);
  if (opts.generatedAt) meta.push(esc(opts.generatedAt));
  const codeBars = byCodeBars(report, s.byCode);
  const fileBars: Bar[] = report.files.map((f) => ({ f, c: fileCounts(report, f) }))
    .filter((x) => x.c.errors + x.c.warnings > 0)
    .sort((a, b) => b.c.errors + b.c.warnings - (a.c.errors + a.c.warnings))
    .slice(0, 20)
    .map(({ f, c }) => ({ label: f.source, value: c.errors + c.warnings, kind: c.errors > 0 ? "error" as const : "warning" as const, hint: `${n(c.errors)} errors, ${n(c.warnings)} warnings` }));
  const overview = codeBars.length > 0
    ? `<section class="panel grid2"><div><h2>Defects by code</h2>${barChart(codeBars, "Defects by code, all files")}</div>` +
      `<div><h2>Defects by file</h2>${barChart(fileBars, "Defects by file")}</div></section>`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ingest-check report: ${status.toLowerCase()}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><div class="brand">ingest-check</div><h1>Data validation report <span class="badge ${report.ok ? "pass" : "fail"}">${status}</span></h1><p class="meta">${meta.join(" · ")}</p></header>
<main>
${cards(report)}
${overview}
<section class="panel"><h2>Files</h2>${filesTable(report)}</section>
${report.files.map((f, i) => fileSection(report, f, i, maxRows)).join("\n")}
</main>
<footer>Generated by ingest-check ${esc(report.tool.version)}. This page runs no script and loads nothing from the network.</footer>
</body>
</html>
`;
}
