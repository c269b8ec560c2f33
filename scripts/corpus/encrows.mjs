// Scores encoding detection on the encrows set (rows from two sources, tiny files, sign-only number exports, sparse Cyrillic, one-word files; scripts/corpus/encrows/): right, wrong but warned, wrong and silent, per case, page and language, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encrows.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cliOf, summaryRow, writeSet } from "./lib-export-set.mjs";
import { scoreSet, tableOf } from "./encset.mjs";
import { mdTable } from "./lib.mjs";
import { generateRowsSet, CASES } from "./encrows/build.mjs";
import { loadSources, defaultDir } from "./encrows/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * A file whose rows come from two pages, read through the whole pipeline (the library's `check`): right when an
 * `encoding-error` names rows (the user sees which rows to fix), warned when only `encoding-uncertain` says so,
 * silent otherwise.
 */
async function scoreMixedFiles(files, distDir) {
  const { check } = await import(pathToFileURL(join(distDir, "src", "index.js")).href);
  const dir = mkdtempSync(join(tmpdir(), "encrows-"));
  const out = [];
  try {
    for (const [i, f] of files.entries()) {
      const p = join(dir, `${i}.csv`);
      writeFileSync(p, f.bytes);
      const r = (await check([p], { jobs: 1, maxDefects: 100_000 })).files[0];
      const rows = new Set(r.defects.filter((d) => d.code === "encoding-error").map((d) => d.row));
      const uncertain = r.defects.some((d) => d.code === "encoding-uncertain");
      out.push({ ...f, bytes: undefined, answer: r.encoding?.name ?? null, right: rows.size > 0, uncertain: rows.size === 0 && uncertain, rivalRight: false, rivals: [], flagged: [...rows], badFlagged: f.badRows.filter((x) => rows.has(x)).length });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const HEAD = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
const by = (rs, key) => [...new Set(rs.map((r) => r[key]))].sort().map((g) => summaryRow(g, rs.filter((r) => r[key] === g)));

/** The tables of one half: per case, per page and per language, and the wrong answers. */
function halfTable(rs) {
  const wrong = rs.filter((r) => !r.right);
  return [
    mdTable(HEAD, [summaryRow("**all**", rs), ...CASES.map((k) => summaryRow(`  ${k}`, rs.filter((r) => r.difficulty === k))), summaryRow("  two-source, no single page reads it (mixed)", rs.filter((r) => r.encoding === "mixed"))]),
    "", "Per page:", "", mdTable(["page", ...HEAD.slice(1)], by(rs, "encoding")),
    "", "Per language:", "", mdTable(["language", ...HEAD.slice(1)], by(rs, "language")),
    "", `Wrong answers (${wrong.length}):`, "",
    mdTable(["file", "answer", "warned", "rivals"], wrong.map((r) => [r.path, r.answer, r.uncertain ? "yes" : "**no**", (r.rivals ?? []).join(" ")])),
  ].join("\n");
}

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 10, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  const sources = loadSources(sourcesDir);
  if (sources.length < 10) {
    const msg = `skipped: the encrows sources are not there (${sources.length} languages found in ${sourcesDir}; see README "encrows" to unpack them)`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const halves = half === "both" ? [0, 1] : half === "held" ? [1] : [0];
  const files = generateRowsSet({ sources, seed, halves });
  if (out) writeSet(out, files);
  const pure = files.filter((f) => f.encoding !== "mixed");
  const { results: detected } = await scoreSet(pure, { distDir, peers: false });
  const results = [...detected, ...(await scoreMixedFiles(files.filter((f) => f.encoding === "mixed"), distDir))];
  const parts = [`${files.length} files, ${sources.length} languages, seed ${seed}, half ${half}.`];
  for (const h of halves) parts.push("", `## ${h ? "Held-out" : "Tuning"} half`, "", halfTable(results.filter((r) => r.half === h)));
  const numbers = { files: results.length, correct: results.filter((r) => r.right).length, silentMisreads: results.filter((r) => !r.right && !r.uncertain).length, falseWarnings: results.filter((r) => r.right && r.uncertain).length };
  return { table: parts.join("\n"), numbers, results, files, tableOf };
}

await cliOf(import.meta.url, run, 10);
