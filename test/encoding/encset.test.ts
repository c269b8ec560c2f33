// Encoding detection on a small generated set of realistic exports (scripts/corpus/encset): the goals of issue 13, and mixed UTF-8 files with a legacy tail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { check } from "../../src/index.js";

interface SetFile { path: string; encoding: string; family: string; language: string; difficulty: string; bytes: Buffer }
interface Scored extends Omit<SetFile, "bytes"> { answer: string; uncertain: boolean; right: boolean }
type Build = { generateSet(o: { scale: string }): SetFile[] };
type Scorer = {
  scoreSet(files: SetFile[], o: { peers: boolean; detect: (b: Buffer) => Promise<{ name: string; uncertain: boolean; confidence: number | null; ms: number }> }): Promise<{ results: Scored[] }>;
  tableOf(results: Scored[], o: { peers: boolean }): string;
  scoreMixed(c: typeof check): Promise<{ files: number; badRows: number; flaggedBad: number; flaggedClean: number; imperfect: string[] }>;
};
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encset/build.mjs";
const scorerPath: string = "../../scripts/corpus/encset.mjs";

/** The detector under test from the sources (so the test does not depend on a fresh build), fed in 64 KiB chunks. */
async function detect(bytes: Buffer) {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
  }
  const { decision } = await sniffEncoding(chunks());
  return { name: decision.name, uncertain: decision.uncertain, confidence: decision.confidence, ms: 0 };
}

const share = (rs: Scored[]) => rs.filter((r) => r.right).length / rs.length;
const list = (rs: Scored[]) => rs.filter((r) => !r.right).map((r) => `${r.path} → ${r.answer}${r.uncertain ? " (warned)" : " (silent)"}`).join("; ");

test("encset (small): the goals of issue 13 on generated exports in every supported encoding", { timeout: 300_000 }, async (t) => {
  const { generateSet } = (await import(buildPath)) as Build;
  const { scoreSet, tableOf } = (await import(scorerPath)) as Scorer;
  const files = generateSet({ scale: "small" });
  assert.ok(files.length >= 30, `only ${files.length} files generated`);
  const { results } = await scoreSet(files, { peers: false, detect });
  for (const line of (tableOf(results, { peers: false }).split("\n\n")[1] ?? "").split("\n")) t.diagnostic(line);

  await t.test("at least 98 % decode right", () => {
    assert.ok(share(results) >= 0.98, `${(100 * share(results)).toFixed(1)} %: ${list(results)}`);
  });
  await t.test("no wrong answer without encoding-uncertain", () => {
    const silent = results.filter((r) => !r.right && !r.uncertain);
    assert.deepEqual(silent.map((r) => `${r.path} → ${r.answer}`), []);
  });
  await t.test("every encoding family at least 95 %", () => {
    for (const fam of new Set(results.map((r) => r.family))) {
      const rs = results.filter((r) => r.family === fam);
      assert.ok(share(rs) >= 0.95, `${fam}: ${(100 * share(rs)).toFixed(1)} %: ${list(rs)}`);
    }
  });
  await t.test("rare-accent files at least 95 %", () => {
    const rs = results.filter((r) => r.difficulty === "rare");
    assert.ok(rs.length >= 5);
    assert.ok(share(rs) >= 0.95, `${(100 * share(rs)).toFixed(1)} %: ${list(rs)}`);
  });
});

test("encset mixed files: a UTF-8 export with a legacy tail has every non-UTF-8 row flagged and no clean one", { timeout: 120_000 }, async () => {
  const { scoreMixed } = (await import(scorerPath)) as Scorer;
  const m = await scoreMixed(check);
  assert.ok(m.files >= 10 && m.badRows >= 3 * m.files, "every case has a tail of non-UTF-8 rows");
  assert.deepEqual(m.imperfect, []);
  assert.equal(m.flaggedBad, m.badRows);
  assert.equal(m.flaggedClean, 0);
});
