// Scores encoding detection on the encexport set (tables shaped like real exports, from sources no other set uses; scripts/corpus/encexport/): right, wrong but warned (naming the right encoding or not), wrong and silent, per tool, case and encoding, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encexport.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreSet, tableOf } from "./encset.mjs";
import { wrongAnswers } from "./encprose.mjs";
import { mdTable, pct } from "./lib.mjs";
import { generateExports } from "./encexport/build.mjs";
import { loadSources, defaultDir } from "./encexport/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** DOS pages: scored apart from the headline. cp850 and cp852 are candidates of the detector; the others it does not know (how such a file is reported). */
export const DOS_PAGES = new Set(["cp850", "cp852"]);
export const UNKNOWN_PAGES = new Set(["cp737", "cp857", "cp775"]);
const headline = (r) => !UNKNOWN_PAGES.has(r.encoding) && !DOS_PAGES.has(r.encoding);

/** One summary row: files, right, warned (naming the right one), silent, warnings on right answers. */
function summaryRow(name, rs) {
  const ok = rs.filter((r) => r.right).length;
  const warned = rs.filter((r) => !r.right && r.uncertain);
  return [name, rs.length, `${ok} (${pct(ok, rs.length)})`, warned.length, warned.filter((r) => r.rivalRight).length, rs.filter((r) => !r.right && !r.uncertain).length, rs.filter((r) => r.right && r.uncertain).length];
}

export function summary(results) {
  const known = results.filter(headline);
  const legacy = known.filter((r) => !/^utf-/.test(r.encoding));
  const head = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
  const rows = [summaryRow("Windows, Mac, ISO, KOI8, CJK and Unicode pages", known), summaryRow("  of which legacy (not UTF)", legacy)];
  for (const k of ["normal", "short", "sparse", "oneword"]) rows.push(summaryRow(`  ${k}`, known.filter((r) => r.difficulty === k)));
  rows.push(summaryRow("DOS cp850, cp852", results.filter((r) => DOS_PAGES.has(r.encoding))));
  rows.push(summaryRow("DOS cp737, cp857, cp775 (pages the detector does not know)", results.filter((r) => UNKNOWN_PAGES.has(r.encoding))));
  return mdTable(head, rows);
}

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 6, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  const sources = loadSources(sourcesDir);
  if (sources.length < 10) {
    const msg = `skipped: the encexport sources are not there (${sources.length} languages found in ${sourcesDir}; see README "encexport" to unpack them)`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const halves = half === "both" ? [0, 1] : half === "held" ? [1] : [0];
  const files = generateExports({ sources, seed, halves, world: sources.world });
  if (out) writeSet(out, files);
  const { results } = await scoreSet(files, { distDir, peers: false });
  const parts = [`${files.length} files, ${sources.length} languages, seed ${seed}, half ${half}.`];
  for (const h of halves) {
    const rs = results.filter((r) => r.half === h);
    parts.push("", `## ${h ? "Held-out" : "Tuning"} half`, "", summary(rs), "", tableOf(rs, { peers: false }), "", "With the text both ways:", "", wrongAnswers(rs, files));
  }
  const known = results.filter(headline);
  const numbers = { files: known.length, correct: known.filter((r) => r.right).length, silentMisreads: known.filter((r) => !r.right && !r.uncertain).length, falseWarnings: known.filter((r) => r.right && r.uncertain).length };
  return { table: parts.join("\n"), numbers, results, files };
}

/** Writes the set's files under `dir` with labels.tsv (path, encoding, tool, language, case). */
export function writeSet(dir, files) {
  const rows = ["path\tencoding\ttool\tlanguage\tcase"];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
    rows.push([f.path, f.encoding, f.family, f.language, f.difficulty].join("\t"));
  }
  writeFileSync(join(dir, "labels.tsv"), rows.join("\n") + "\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (name) => (a.indexOf(name) >= 0 ? a[a.indexOf(name) + 1] : undefined);
  const { table, results } = await run({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, seed: opt("--seed") ? Number(opt("--seed")) : 6, half: opt("--half") ?? "tune", out: opt("--out") ? resolve(opt("--out")) : null });
  console.log(table);
  const p = opt("--json");
  if (p && results) writeFileSync(resolve(p), JSON.stringify(results.map((r) => ({ ...r, bytes: undefined })), null, 1));
}
