// Writes the encoding test set (scripts/corpus/encset/build.mjs) to a folder: the CSV files and labels.tsv (path, encoding, family, language, difficulty, lookalike).
// Usage: node scripts/corpus/encset-generate.mjs OUT_DIR [--seed N] [--small]
import { mkdirSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { generateSet } from "./encset/build.mjs";

/** Writes `files` under `dir` (emptied first) with their labels.tsv; returns the number of bytes written. */
export function writeSet(dir, files) {
  if (existsSync(join(dir, "labels.tsv"))) rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const rows = ["path\tencoding\tfamily\tlanguage\tdifficulty\tlookalike"];
  for (const f of files) {
    const p = join(dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.bytes);
    bytes += f.bytes.length;
    rows.push([f.path, f.encoding, f.family, f.language, f.difficulty, f.lookalike ?? ""].join("\t"));
  }
  writeFileSync(join(dir, "labels.tsv"), rows.join("\n") + "\n");
  return bytes;
}

const args = process.argv.slice(2);
if (args.length === 0 || args[0].startsWith("-")) {
  console.error("usage: node scripts/corpus/encset-generate.mjs OUT_DIR [--seed N] [--small]");
  process.exit(2);
}
const i = args.indexOf("--seed");
const seed = i >= 0 ? Number(args[i + 1]) : 13;
const files = generateSet({ seed, scale: args.includes("--small") ? "small" : "full" });
const bytes = writeSet(resolve(args[0]), files);
console.log(`encset: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB in ${args[0]} (seed ${seed})`);
