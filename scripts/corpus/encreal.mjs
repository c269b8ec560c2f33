// Scores encoding detection on the encreal set (real tables from packages transcoded into every page that holds them, scripts/corpus/encreal/) by decode-equivalence: right, wrong but warned, wrong and silent.
// Usage: node scripts/corpus/encreal.mjs [--dist DIR] [--seed N] [--peers] [--out DIR] [--json OUT]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreSet, tableOf, numbersOf } from "./encset.mjs";
import { wrongAnswers } from "./encprose.mjs";
import { mdTable, pct } from "./lib.mjs";
import { generateReal } from "./encreal/build.mjs";
import { loadTables, defaultRoots } from "./encreal/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpusDir = resolve(process.env.INGEST_CHECK_CORPUS ?? join(root, "..", "shared", "corpus"));

/** Right / warned / silent per origin of the table (real files vs iso-codes), the line the README quotes. */
function byOrigin(results) {
  const origins = [...new Set(results.map((r) => r.origin))];
  const row = (o, rs) => {
    const ok = rs.filter((r) => r.right).length;
    const warned = rs.filter((r) => !r.right && r.uncertain);
    return [o, rs.length, `${ok} (${pct(ok, rs.length)})`, warned.length, warned.filter((r) => r.rivalRight).length, rs.filter((r) => !r.right && !r.uncertain).length];
  };
  return mdTable(["origin", "files", "right", "wrong, warned", "… naming the right one", "wrong, silent"], [...origins.map((o) => row(o, results.filter((r) => r.origin === o))), row("**all**", results)]);
}

/** The `npm run corpus` section: reads the real tables, builds the set in memory and scores it; skipped without its sources. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), peers = false, seed = 5, out = null, corpusDir: shared = corpusDir } = {}) {
  const tables = loadTables(defaultRoots(root, shared));
  const fromFiles = tables.filter((t) => t.origin === "file").length;
  if (tables.length < 20) {
    const msg = `skipped: the real tables are not there (${tables.length} found; needs Debian iso-codes and the unseen samples' files next to the repository, see README "encreal")`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const files = generateReal({ tables, seed });
  if (out) writeSet(out, files);
  const { results, uchardet } = await scoreSet(files, { distDir, peers });
  const head = `${files.length} files from ${tables.length} real tables (${fromFiles} package files, ${tables.length - fromFiles} iso-codes tables), seed ${seed}.`;
  const table = [head, "", "Per origin:", "", byOrigin(results), "", tableOf(results, { peers, uchardet }), "", "With the text both ways:", "", wrongAnswers(results, files)].join("\n");
  const warnedNamingRight = results.filter((r) => r.rivalRight).length;
  return { table, numbers: { ...numbersOf(results, peers), warnedNamingRight }, results, files };
}

function writeSet(dir, files) {
  const rows = ["path\tencoding\tfamily\tlanguage\tdifficulty\torigin"];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
    rows.push([f.path, f.encoding, f.family, f.language, f.difficulty, f.origin].join("\t"));
  }
  writeFileSync(join(dir, "labels.tsv"), rows.join("\n") + "\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (name) => (a.indexOf(name) >= 0 ? a[a.indexOf(name) + 1] : undefined);
  const { table, results } = await run({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, seed: opt("--seed") ? Number(opt("--seed")) : 5, peers: a.includes("--peers"), out: opt("--out") ? resolve(opt("--out")) : null });
  console.log(table);
  const p = opt("--json");
  if (p && results) writeFileSync(resolve(p), JSON.stringify(results, null, 1));
}
