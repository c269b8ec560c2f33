// The schema checks, in the order they run (registered in ../index.ts after the structure checks).
import { cellsCheck } from "./cells.js";
import { headerCheck } from "./header.js";
import { rowCountCheck } from "./row-count.js";
import { uniqueCheck } from "./unique.js";
import { rowRulesCheck } from "./row-rules.js";
import { duplicateRowCheck } from "./duplicate-row.js";
import { aggregatesCheck } from "./aggregates.js";
import { unsupportedCheck } from "./unsupported.js";
import { foreignKeyCheck } from "./foreign-key.js";
import type { CheckModule } from "../types.js";

export const SCHEMA_CHECKS: CheckModule[] = [unsupportedCheck, headerCheck, cellsCheck, uniqueCheck, rowRulesCheck, duplicateRowCheck, rowCountCheck, foreignKeyCheck, aggregatesCheck];
