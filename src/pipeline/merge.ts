// `ingest-check merge`: joins the JSON reports of shards into one and recomputes the summary and `ok`.
import { readFile } from "node:fs/promises";
import type { FileReport, Report } from "../types.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { buildReport } from "./run.js";
import type { ResolvedOptions } from "./options.js";

export async function mergeReports(paths: string[]): Promise<Report> {
  const reports: Report[] = [];
  for (const p of paths) {
    let text: string;
    try { text = await readFile(p, "utf8"); } catch (e) { throw new IngestError("input", `${p}: ${describeSystemError(e)}`); }
    let r: Report;
    try { r = JSON.parse(text) as Report; } catch { throw new IngestError("input", `${p}: not a JSON report`); }
    if (r?.reportVersion !== 1 || !Array.isArray(r.files)) throw new IngestError("input", `${p}: not an ingest-check report (reportVersion 1)`);
    reports.push(r);
  }
  if (reports.length === 0) throw new IngestError("usage", "merge needs at least one report");
  const run = reports[0].run;
  for (const [i, r] of reports.entries()) {
    if (JSON.stringify(r.run) !== JSON.stringify(run)) throw new IngestError("usage", `${paths[i]}: was made with other options (run: ${JSON.stringify(r.run)}) than ${paths[0]}`);
  }
  const files: FileReport[] = reports.flatMap((r) => r.files).map((f) => ({
    ...f,
    // reports from before the counts were added: derive them from the list
    errors: f.errors ?? f.defects.filter((d) => d.severity === "error").length,
    warnings: f.warnings ?? f.defects.filter((d) => d.severity === "warning").length,
  }));
  return buildReport(files, { failOn: run.failOn, maxDefects: run.maxDefects, rules: run.rules, schemaRef: run.schema } as ResolvedOptions);
}
