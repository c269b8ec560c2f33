// --format ndjson: one line per defect as it is found (never capped), then one summary line per run.
import type { Defect, Report } from "../types.js";

/** One defect as a line: `{"type":"defect","source":…,…defect}`. */
export function defectLine(defect: Defect, source: string): string {
  return JSON.stringify({ type: "defect", source, ...defect }) + "\n";
}

/** The closing line: the report without the defect lists (they were streamed already). */
export function render(report: Report): string {
  const files = report.files.map(({ defects: _d, stats: _s, ...rest }) => rest);
  return JSON.stringify({ type: "summary", ...report, files }) + "\n";
}
