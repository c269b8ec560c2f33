// Corpus floor: the sniffer's exact accuracy on the CleverCSV corpus must not fall (skipped without the corpus).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CORPUS as SHARED_CORPUS } from "../helpers/shared.js";

const CORPUS = process.env.CORPUS_DIR ?? SHARED_CORPUS;
const here = dirname(fileURLToPath(import.meta.url));
/** 187/194 reached when this test was written; the floor leaves room for two regressions to be noticed, not hidden. */
const FLOOR = 185;

test("CleverCSV corpus: exact dialect on at least 185 of 194 files", { skip: !existsSync(join(CORPUS, "clevercsv", "dialects.jsonl")) && `the shared corpus is absent (${join(CORPUS, "clevercsv", "dialects.jsonl")}; set INGEST_CHECK_CORPUS)` }, async () => {
  process.env.DIALECT_IMPL ??= "src/dialect/index.ts";
  const script = pathToFileURL(join(here, "..", "..", "scripts", "corpus", "dialect.mjs")).href;
  const { run } = (await import(script)) as { run: (o: { corpusDir: string }) => Promise<{ numbers: { clevercsv: { n: number; exact: number; uncertain: number } } }> };
  const { numbers } = await run({ corpusDir: CORPUS });
  assert.equal(numbers.clevercsv.n, 194);
  assert.ok(numbers.clevercsv.exact >= FLOOR, `exact ${numbers.clevercsv.exact}/194 is below the floor ${FLOOR}`);
  assert.ok(numbers.clevercsv.uncertain <= 3, `${numbers.clevercsv.uncertain} files flagged uncertain`);
});
