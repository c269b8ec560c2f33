// The check registry: every check module, in the order they run on each record.
import type { CheckModule } from "./types.js";
import { headerNames } from "./structure/header.js";
import { rowCells } from "./structure/row-cells.js";
import { encodingError } from "./structure/encoding-error.js";
import { SCHEMA_CHECKS } from "./schema/index.js";
import { driftCheck } from "./dataset/drift.js";

// Structure (owned by the pipeline's author): cell counts, blank rows, header cells, encoding errors.
// Schema checks (header against fields, cells, uniqueness, row count) are registered below them.
export const CHECKS: CheckModule[] = [
  headerNames,
  rowCells,
  encodingError,
  ...SCHEMA_CHECKS,
  // dataset checks: drift is null (off the per-row path) unless profiling or given a --baseline
  driftCheck,
];
