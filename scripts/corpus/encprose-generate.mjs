// Writes the encprose set (scripts/corpus/encprose/build.mjs, text from installed Debian packages) to a folder with its labels.tsv.
// Usage: node scripts/corpus/encprose-generate.mjs OUT_DIR [--seed N] [--small]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { generateProse } from "./encprose/build.mjs";
import { loadTexts } from "./encprose/sources.mjs";

/** Writes the files under `dir` (emptied first) and labels.tsv; why not encset-generate's writer: that script runs its command line when imported. */
function writeFiles(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  const rows = ["path\tencoding\tfamily\tlanguage\tdifficulty\tlookalike"];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
    rows.push([f.path, f.encoding, f.family, f.language, f.difficulty, f.lookalike ?? ""].join("\t"));
  }
  writeFileSync(join(dir, "labels.tsv"), rows.join("\n") + "\n");
  return files.reduce((n, f) => n + f.bytes.length, 0);
}

const args = process.argv.slice(2);
if (args.length === 0 || args[0].startsWith("-")) {
  console.error("usage: node scripts/corpus/encprose-generate.mjs OUT_DIR [--seed N] [--small]");
  process.exit(2);
}
const i = args.indexOf("--seed");
const seed = i >= 0 ? Number(args[i + 1]) : 29;
const texts = loadTexts();
if (Object.keys(texts).length < 10) {
  console.error("encprose: the prose sources are not installed (man pages, vim-runtime, locales; see the README)");
  process.exit(2);
}
const files = generateProse({ texts, seed, scale: args.includes("--small") ? "small" : "full" });
const bytes = writeFiles(resolve(args[0]), files);
console.log(`encprose: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB in ${args[0]} (seed ${seed}, ${Object.keys(texts).length} languages)`);
