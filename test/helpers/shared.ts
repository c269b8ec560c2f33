// Where the team's shared folder is: beside the repository (../shared), or $INGEST_CHECK_SHARED.
// Only tests that read the shared corpora import this file, and each skips with a message when the corpus is
// absent; scripts/run-tests.mjs (npm test) runs every other test file in a copy of the checkout that cannot see it.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../..");

export const SHARED = process.env.INGEST_CHECK_SHARED ?? resolve(ROOT, "../shared");
/** The corpora; tests that read them skip with a message when it is absent. */
export const CORPUS = process.env.INGEST_CHECK_CORPUS ?? join(SHARED, "corpus");
export const hasCorpus = existsSync(CORPUS);

/** `false` when every given path under the corpus exists, else the skip message naming the first missing one. */
export function corpusSkip(...paths: string[]): false | string {
  const missing = paths.map((p) => join(CORPUS, p)).find((p) => !existsSync(p));
  return missing === undefined ? false : `the shared corpus is absent (${missing}; set INGEST_CHECK_CORPUS)`;
}
