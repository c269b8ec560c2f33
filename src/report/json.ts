// The JSON report (SPEC section 4), as written by --format json and --report.
import type { Report } from "../types.js";

export function render(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
