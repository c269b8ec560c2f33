// `ingest-check merge`: joins the JSON reports of shards into one and recomputes the summary and `ok`.
import { readFile } from "node:fs/promises";
import type { FileReport, Report } from "../types.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { buildReport } from "./run.js";
import type { ResolvedOptions } from "./options.js";
import { isDefectCode } from "../defects/catalog.js";
import { loadZod } from "../schema/compile-field.js";
import type { ZodType } from "zod";

export async function mergeReports(paths: string[]): Promise<Report> {
  const reports: Report[] = [];
  for (const p of paths) {
    let text: string;
    try { text = await readFile(p, "utf8"); } catch (e) { throw new IngestError("input", `${p}: ${describeSystemError(e)}`); }
    let r: Report;
    try { r = JSON.parse(text) as Report; } catch { throw new IngestError("input", `${p}: not a JSON report`); }
    if (r?.reportVersion !== 1 || !Array.isArray(r.files)) throw new IngestError("input", `${p}: not an ingest-check report (reportVersion 1)`);
    const damage = damaged(r);
    if (damage) throw new IngestError("input", `${p}: not a whole ingest-check report: ${damage}`);
    reports.push(r);
  }
  if (reports.length === 0) throw new IngestError("usage", "merge needs at least one report");
  const run = reports[0].run;
  for (const [i, r] of reports.entries()) {
    if (JSON.stringify(r.run) !== JSON.stringify(run)) throw new IngestError("usage", `${paths[i]}: was made with other options (run: ${JSON.stringify(r.run)}) than ${paths[0]}`);
  }
  sameVersion(reports, paths);
  noPartTwice(reports, paths);
  const files: FileReport[] = reports.flatMap((r) => r.files).map((f) => ({
    ...f,
    // reports from before the counts were added: derive them from the list
    errors: f.errors ?? f.defects.filter((d) => d.severity === "error").length,
    warnings: f.warnings ?? f.defects.filter((d) => d.severity === "warning").length,
  }));
  return buildReport(files, { failOn: run.failOn, maxDefects: run.maxDefects, rules: run.rules, schemaRef: run.schema } as ResolvedOptions);
}

/**
 * Refuses reports of different tool versions. why: a release may find defects another did not, so a sum of their
 * counts describes no run; and the merged report carries one version, which would be false for some parts.
 */
function sameVersion(reports: Report[], paths: string[]): void {
  const v = (r: Report): string => `${r.tool?.name ?? "?"} ${r.tool?.version ?? "?"}`;
  for (const [i, r] of reports.entries()) {
    if (v(r) !== v(reports[0])) throw new IngestError("usage", `${paths[i]}: was made by ${v(r)}, ${paths[0]} by ${v(reports[0])}; merge reports of one version (run the shards again)`);
  }
}

/**
 * Refuses the same part twice. A part is the same when two reports hold an entry for the same input (`source`):
 * shards of one run never share an input (each hashes to one shard), so a shared source means a report given
 * twice, a stale part-*.json from an earlier run, or two runs over the same files: counting both would double it.
 * (Within one report, an input named twice on the command line stays as that run reported it.)
 */
function noPartTwice(reports: Report[], paths: string[]): void {
  const owner = new Map<string, number>();
  for (const [i, r] of reports.entries()) {
    for (const f of r.files) {
      const j = owner.get(f.source);
      if (j !== undefined && j !== i) {
        const same = paths[i] === paths[j] ? ` (${paths[i]} is given twice)` : "";
        throw new IngestError("usage", `${paths[i]}: ${JSON.stringify(f.source)} is also in ${paths[j]}${same}; merging both would count it twice`);
      }
      owner.set(f.source, i);
    }
  }
}

let partSchema: ZodType | null = null;

/**
 * What is wrong with a part's figures (the first problem, with its path), or null. why: the counts are summed, so a
 * part edited or cut by hand gave "internal error" (rows: null) or, worse, a summary of "03" errors (a string added).
 */
function damaged(r: Report): string | null {
  if (partSchema === null) {
    const { z } = loadZod();
    const count = z.number().int().nonnegative();
    const file = z.object({
      source: z.string(),
      rows: z.object({ total: count, valid: count, invalid: count }).refine((x) => x.total === x.valid + x.invalid, "total is not valid + invalid"),
      byCode: z.record(z.string().refine(isDefectCode, "not a defect code"), count),
      errors: count.optional(),
      warnings: count.optional(),
      defects: z.array(z.object({ severity: z.string() })),
    });
    partSchema = z.object({ tool: z.object({ name: z.string(), version: z.string() }), run: z.object({}), files: z.array(file) });
  }
  const res = partSchema.safeParse(r);
  if (res.success) return null;
  const issue = res.error.issues[0];
  return `${issue.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("").replace(/^\./, "")}: ${issue.message}`;
}
