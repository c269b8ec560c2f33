// Scores encoding detection on the encwild set (files that ship in a legacy encoding, labelled by what they declare, scripts/corpus/encwild/build.mjs) by decode-equivalence: whole files as they are and cut to their first 50 lines; right, wrong but warned, wrong and silent, per page and per declaration.
// Usage: ENCWILD_SOURCES=DIR node scripts/corpus/encwild.mjs [--dist DIR] [--rebuild] [--peers] [--json OUT]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreSet } from "./encset.mjs";
import { summaryRow } from "./lib-export-set.mjs";
import { mdTable } from "./lib.mjs";
import { buildManifest, defaultDir, firstLines, readManifest, writeManifest } from "./encwild/build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CUT = 50;

/** The files to score: each manifest row whole, and cut to its first 50 lines when the cut is shorter and still has a non-ASCII byte; `bytesOf` gives the bytes a user would hold. */
export function filesOf(dir, rows, bytesOf = (rel, raw) => raw) {
  const out = [];
  for (const r of rows) {
    const bytes = bytesOf(r.path, readFileSync(join(dir, r.path)));
    // why: hand and test labels carry a note each; they are counted by kind
    const base = { encoding: r.label, family: r.how.replace(/^(by hand|test expectation): .*/, "$1"), language: r.source, declared: r.declared, fix: r.fix };
    out.push({ ...base, path: r.path, difficulty: "whole", bytes });
    const cut = firstLines(bytes, CUT);
    if (cut.length < bytes.length && cut.some((b) => b >= 0x80)) out.push({ ...base, path: `${r.path} (first ${CUT} lines)`, difficulty: `first ${CUT} lines`, bytes: cut });
  }
  return out;
}

const HEAD = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];

/** The summary: all files, legacy and UTF-8 ones, legacy whole and cut, each page, each kind of declaration. */
function summary(results) {
  const legacy = results.filter((r) => r.encoding !== "utf-8");
  const rows = [summaryRow("all files", results), summaryRow("  legacy (not UTF-8)", legacy), summaryRow("  UTF-8 (declared legacy or UTF-8)", results.filter((r) => r.encoding === "utf-8"))];
  for (const d of ["whole", `first ${CUT} lines`]) rows.push(summaryRow(`  legacy, ${d}`, legacy.filter((r) => r.difficulty === d)));
  const by = (key, name) => [...new Set(results.map((r) => r[key]))].sort().map((v) => summaryRow(`${name} ${v}`, results.filter((r) => r[key] === v)));
  return [mdTable(HEAD, rows), "", "Per page:", "", mdTable(HEAD, by("encoding", "")), "", "Per declaration:", "", mdTable(HEAD, by("family", ""))].join("\n");
}

/** Every wrong answer: the file, its label, our answer, warned or not, the pages the warning names. */
function wrongTable(results) {
  const wrong = results.filter((r) => !r.right);
  return mdTable(["file", "label", "answer", "warned", "names the right one", "rivals"], wrong.map((r) => [r.path, r.encoding, r.answer, r.uncertain ? "yes" : "**SILENT**", r.rivalRight ? "yes" : "no", r.rivals.join(" ")]));
}

/** The `npm run corpus` section: builds the manifest when the sources have none (or on `rebuild`), scores it; skipped without sources. */
export async function run({ sourcesDir = defaultDir(root), ...o } = {}) {
  return runShipSet({ ...o, sourcesDir, name: "encwild", build: { buildManifest, readManifest, writeManifest } });
}

/** A set of files as they ship (encwild, encship): its manifest read or built with `build`, scored whole and cut; `bytesOf` as in filesOf. */
export async function runShipSet({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), sourcesDir, rebuild = false, peers = false, name, build, bytesOf }) {
  let rows = rebuild ? null : build.readManifest(sourcesDir);
  let built = null;
  if (!rows) {
    try {
      built = build.buildManifest(sourcesDir);
    } catch (e) {
      const msg = `skipped: the ${name} sources are not there (${sourcesDir}: ${e.code ?? e.message}; see README "${name}")`;
      return { table: msg, numbers: { skipped: msg } };
    }
    rows = built.rows;
    build.writeManifest(sourcesDir, rows);
  }
  const files = filesOf(sourcesDir, rows, bytesOf);
  const { results } = await scoreSet(files, { distDir, peers });
  const fixes = rows.filter((r) => r.fix);
  const fixLine = `Labels corrected on the bytes: ${fixes.length} (${[...countBy(fixes, (r) => r.fix.replace(/ \(\d+ distinct\)/, ""))].map(([k, n]) => `${n}× ${k}`).join("; ") || "none"}).`;
  const dropLine = built ? `Declared files left out: ${[...built.dropped].map(([k, n]) => `${n}× ${k}`).join("; ") || "none"}.` : "Manifest read as it was written (--rebuild to rebuild it and count what is left out).";
  const head = `${rows.length} files from ${new Set(rows.map((r) => r.source)).size} packages in ${new Set(rows.map((r) => r.label)).size} pages; ${files.length} scored (whole, and cut to ${CUT} lines when that leaves non-ASCII).`;
  const table = [head, fixLine, dropLine, "", summary(results), "", "Wrong answers:", "", wrongTable(results)].join("\n");
  const numbers = { files: results.length, correct: results.filter((r) => r.right).length, silentMisreads: results.filter((r) => !r.right && !r.uncertain).length, falseWarnings: results.filter((r) => r.right && r.uncertain).length };
  return { table, numbers, results };
}

function countBy(xs, key) {
  const m = new Map();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

/** The command line of a ship set's scorer: `--dist DIR`, `--rebuild`, `--peers`, `--json OUT`. */
export async function main(runSet, argv = process.argv.slice(2)) {
  const opt = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
  const { table, results } = await runSet({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, rebuild: argv.includes("--rebuild"), peers: argv.includes("--peers") });
  console.log(table);
  const p = opt("--json");
  if (p && results) writeFileSync(resolve(p), JSON.stringify(results, null, 1));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(run);
