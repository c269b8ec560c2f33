// GitHub Actions reporter: ::error/::warning annotations (within GitHub's per-step caps) and the step summary.
import { appendFileSync } from "node:fs";
import { CATALOG, isDefectCode } from "../defects/catalog.js";
import type { Defect, FileReport, Report, Severity } from "../types.js";
import { fileCounts, render as renderMarkdown } from "./markdown.js";

export interface GithubOptions {
  /** Where GITHUB_STEP_SUMMARY is read from; the CLI passes process.env. Without it no summary is written. */
  env?: NodeJS.ProcessEnv;
  /** Appends text to a file; defaults to fs.appendFileSync (the summary file is shared by the step). */
  writeFile?: (path: string, text: string) => void;
  /** Annotations per level; GitHub shows 10 errors and 10 warnings per step and drops the rest silently. */
  maxPerLevel?: number;
  /** Byte budget of our part of the step summary; GitHub aborts the upload past 1 MiB per step. */
  summaryMaxBytes?: number;
}

export const GITHUB_MAX_PER_LEVEL = 10;
/** 1 MiB is GitHub's cap for the whole step; leave room for anything else the step writes. */
export const GITHUB_SUMMARY_MAX_BYTES = 1_000_000;

/** Escapes the message of a workflow command (actions/toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command (actions/toolkit `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

interface Candidate { file: FileReport; d: Defect; groupCount: number }

/**
 * Chooses the annotations GitHub will show for one severity, most useful first:
 * 1. one defect per code: file-level codes first (an unreadable file or a missing column is
 *    the whole story for that file), then codes with the most defects,
 * 2. then one per (file, code) not yet shown,
 * 3. then the remaining defects round-robin across (file, code) groups, largest groups first,
 * so ten slots show as many different problems as possible before repeating one.
 */
export function pickAnnotations(report: Report, level: Severity, max: number): Candidate[] {
  const groups: Candidate[][] = [];
  const codeTotal = new Map<string, number>();
  for (const file of report.files) {
    const byCode = new Map<string, Candidate[]>();
    for (const d of file.defects) {
      if (d.severity !== level) continue;
      let g = byCode.get(d.code);
      if (!g) { g = []; byCode.set(d.code, g); }
      g.push({ file, d, groupCount: file.byCode[d.code] ?? 0 });
    }
    for (const [code, g] of byCode) {
      const count = Math.max(g.length, file.byCode[code as keyof typeof file.byCode] ?? 0);
      for (const c of g) c.groupCount = count;
      groups.push(g);
      codeTotal.set(code, (codeTotal.get(code) ?? 0) + count);
    }
  }
  // Stable order: bigger groups first; ties keep file order (Array.prototype.sort is stable).
  groups.sort((x, y) => y[0].groupCount - x[0].groupCount);
  const picked: Candidate[] = [];
  const taken = new Set<Candidate>();
  const take = (c: Candidate | undefined) => {
    if (c && !taken.has(c) && picked.length < max) { taken.add(c); picked.push(c); }
  };
  // 1. One per code.
  const fileScope = (code: string) => (isDefectCode(code) && CATALOG[code].scope === "file" ? 0 : 1);
  const codes = [...codeTotal.entries()].sort((x, y) => fileScope(x[0]) - fileScope(y[0]) || y[1] - x[1]).map(([c]) => c);
  for (const code of codes) take(groups.find((g) => g[0].d.code === code)?.[0]);
  // 2. One per (file, code).
  for (const g of groups) take(g[0]);
  // 3. Round-robin.
  for (let i = 1; picked.length < max; i++) {
    let any = false;
    for (const g of groups) if (i < g.length) { any = true; take(g[i]); }
    if (!any) break;
  }
  return picked;
}

const nf = new Intl.NumberFormat("en-US");

function annotation(c: Candidate): string {
  const { d, file } = c;
  const props: string[] = [`file=${escapeProperty(file.source)}`];
  // Why only when a line is known: file- and column-level defects point at the file as a whole.
  if (d.line !== null) {
    props.push(`line=${d.line}`);
    if (d.columnIndex !== null) props.push(`col=${d.columnIndex}`);
  }
  const title = d.column !== null ? `${d.code} (${d.column})` : d.code;
  props.push(`title=${escapeProperty(title)}`);
  let msg = d.message;
  const where: string[] = [];
  if (d.row !== null) where.push(`row ${nf.format(d.row)}`);
  if (d.column !== null) where.push(`column "${d.column}"${d.columnIndex !== null ? ` (#${d.columnIndex})` : ""}`);
  if (where.length > 0) msg += ` [${where.join(", ")}]`;
  if (c.groupCount > 1) msg += ` — ${nf.format(c.groupCount)} ${d.code} defects in this file`;
  return `::${d.severity} ${props.join(",")}::${escapeData(msg)}`;
}

/**
 * Renders workflow commands for GitHub Actions and, when `env.GITHUB_STEP_SUMMARY` is set,
 * appends the Markdown summary to that file (side effect through `opts.writeFile`).
 */
export function render(report: Report, opts: GithubOptions = {}): string {
  const max = opts.maxPerLevel ?? GITHUB_MAX_PER_LEVEL;
  const lines: string[] = [];
  const errors = pickAnnotations(report, "error", max);
  const warnings = pickAnnotations(report, "warning", max);
  for (const c of [...errors, ...warnings]) lines.push(annotation(c));

  const s = report.summary;
  const leftErrors = s.errors - errors.length;
  const leftWarnings = s.warnings - warnings.length;
  const summaryPath = opts.env?.GITHUB_STEP_SUMMARY;
  if (leftErrors > 0 || leftWarnings > 0) {
    const parts: string[] = [];
    if (leftErrors > 0) parts.push(`${nf.format(leftErrors)} more error${leftErrors === 1 ? "" : "s"}`);
    if (leftWarnings > 0) parts.push(`${nf.format(leftWarnings)} more warning${leftWarnings === 1 ? "" : "s"}`);
    const where = summaryPath ? "see the job summary" : "see the JSON report (--report)";
    const msg = `${parts.join(" and ")} not annotated (GitHub shows ${max} per level); ${where}. ` +
      `Totals: ${nf.format(s.errors)} errors, ${nf.format(s.warnings)} warnings in ${nf.format(s.files)} files.`;
    lines.push(`::notice title=${escapeProperty("ingest-check")}::${escapeData(msg)}`);
  }

  // A plain log line (not a command) so the raw log reads well too.
  const bad = report.files.filter((f) => fileCounts(report, f).errors > 0).length;
  const files = `${nf.format(s.files)} file${s.files === 1 ? "" : "s"}`;
  lines.push(`ingest-check: ${report.ok ? "passed" : "failed"} — ${files} (${nf.format(bad)} with errors), ` +
    `${nf.format(s.rows)} rows (${nf.format(s.invalidRows)} invalid), ${nf.format(s.errors)} errors, ${nf.format(s.warnings)} warnings`);

  if (summaryPath) {
    const md = renderMarkdown(report, {
      maxBytes: opts.summaryMaxBytes ?? GITHUB_SUMMARY_MAX_BYTES,
      truncationNote: "GitHub caps a step summary at 1 MiB; the full list is in the JSON report (`--report`).",
    });
    (opts.writeFile ?? appendFileSync)(summaryPath, md + "\n");
  }
  return lines.join("\n") + "\n";
}
