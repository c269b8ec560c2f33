// Scores encoding detection on the encmix set (export-shaped tables from person names, places, country names in ~78 languages and fortune cookies no other set uses; scripts/corpus/encmix/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encmix.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreHalves, summaryFor } from "./enccat.mjs";
import { generateMixExports } from "./encmix/build.mjs";
import { loadSources, defaultDir } from "./encmix/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** A page the detector does not know: the right outcome is a warning (or an answer that decodes the same text). */
const UNKNOWN = new Set(["iso-8859-3"]);

const summary = summaryFor(UNKNOWN, "ISO-8859-3 (Maltese, Esperanto)");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 8, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  const sources = loadSources(sourcesDir);
  if (sources.length < 10) {
    const msg = `skipped: the encmix sources are not there (${sources.length} languages found in ${sourcesDir}; see README "encmix" to unpack them)`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const halves = half === "both" ? [0, 1] : half === "held" ? [1] : [0];
  const files = generateMixExports({ sources, seed, halves });
  return scoreHalves({ files, halves, distDir, out, head: `${files.length} files, ${sources.length} languages, seed ${seed}, half ${half}.`, summary, known: (r) => !UNKNOWN.has(r.encoding) });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (name) => (a.indexOf(name) >= 0 ? a[a.indexOf(name) + 1] : undefined);
  const { table, results } = await run({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, seed: opt("--seed") ? Number(opt("--seed")) : 8, half: opt("--half") ?? "tune", out: opt("--out") ? resolve(opt("--out")) : null });
  console.log(table);
  const p = opt("--json");
  if (p && results) writeFileSync(resolve(p), JSON.stringify(results.map((r) => ({ ...r, bytes: undefined })), null, 1));
}
