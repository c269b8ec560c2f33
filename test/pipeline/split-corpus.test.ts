// split.ts on real files: corpus files with the most quotes, each checked in many small parts and in one pass, give the same report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/index.js";
import { CORPUS, hasCorpus } from "../helpers/shared.js";
import { assertReport } from "../helpers/report.js";

// why the build: its workers start in ~0.2 s; from source each would load tsx first (npm test builds first)
const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

function csvFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) csvFiles(p, out);
    else if (/\.(csv|tsv|txt)$/i.test(e.name)) out.push(p);
  }
  return out;
}

const withoutTimes = (r: Report) => ({ ...r, files: r.files.map((f) => ({ ...f, durationMs: 0 })) });

test("split: the corpus files richest in quotes give the one-pass report in parts", { skip: hasCorpus ? false : "../shared/corpus is absent" }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-split-corpus-"));
  try {
    // the files of 2–200 KB with the most quote characters per byte (quoted line breaks, doubled quotes, stray ones),
    // in that order until 12 of them were split. why: a file whose header the schema reads adjusted (an R row-names
    // column above repeated names) is read in one pass; it is still compared, but does not count towards the 12
    const ranked = csvFiles(CORPUS)
      .filter((f) => { const n = statSync(f).size; return n >= 2048 && n <= 200 * 1024; })
      .map((f) => { const b = readFileSync(f); let q = 0; for (const c of b) if (c === 34) q++; return { f, size: b.length, share: q / b.length }; })
      .sort((a, b) => b.share - a.share || (a.f < b.f ? -1 : 1))
      .slice(0, 40);
    let splitFiles = 0;
    let compared = 0;
    for (const { f, size } of ranked) {
      if (splitFiles === 12) break;
      // the schema the tool infers for the file, written out, so both runs check the same types
      const inferred = await check(f, { jobs: 1 });
      const descriptor = inferred.files[0].schema;
      if (!descriptor) continue;
      const schema = join(dir, "schema.json");
      writeFileSync(schema, JSON.stringify(descriptor));
      const one = await check(f, { schema, jobs: 1 });
      const split = await check(f, { schema, jobs: 2, split: { minBytes: 1, partBytes: Math.max(64, Math.floor(size / 9)) } });
      assertReport(one);
      assertReport(split);
      assert.deepEqual(withoutTimes(split), withoutTimes(one), f);
      compared++;
      if ((split.files[0] as unknown as { split?: unknown }).split) splitFiles++;
    }
    assert.equal(splitFiles, 12, `12 of the files compared were split (${splitFiles} of ${compared})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
