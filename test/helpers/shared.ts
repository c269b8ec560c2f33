// Where the team's shared folder is: beside the repository (../shared), or $INGEST_CHECK_SHARED.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../..");

export const SHARED = process.env.INGEST_CHECK_SHARED ?? resolve(ROOT, "../shared");
/** The corpora; tests that read them skip with a message when it is absent. */
export const CORPUS = process.env.INGEST_CHECK_CORPUS ?? join(SHARED, "corpus");
export const REPORT_SCHEMA = join(SHARED, "spec/report.schema.json");
export const hasCorpus = existsSync(CORPUS);
