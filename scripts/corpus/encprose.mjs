// Scores encoding detection on the encprose set (independent prose from Debian packages, scripts/corpus/encprose/) by decode-equivalence, beside chardet, jschardet and uchardet.
// Usage: node scripts/corpus/encprose.mjs [--dist DIR] [--seed N] [--no-peers] [--json OUT] [--findings OUT.md]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { scoreSet, tableOf, answerCodec, numbersOf } from "./encset.mjs";
import { generateProse, labelCodec } from "./encprose/build.mjs";
import { loadTexts } from "./encprose/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The first place where the file reads differently under the truth and under the answer: both readings of that stretch. */
export function differingSnippet(bytes, truthLabel, answer) {
  const codec = answerCodec(answer);
  const truth = iconv.decode(bytes, labelCodec(truthLabel), { stripBOM: true });
  if (!codec) return { truth: truth.slice(0, 60), answer: "(no decoder)" };
  const got = iconv.decode(bytes, codec, { stripBOM: true });
  const tl = truth.split(/\r\n|\n|\r/), gl = got.split(/\r\n|\n|\r/);
  for (let i = 0; i < tl.length; i++) {
    if (tl[i] === gl[i]) continue;
    let k = 0;
    while (k < tl[i].length && tl[i][k] === gl[i]?.[k]) k++;
    const from = Math.max(0, k - 30);
    return { line: i + 1, truth: tl[i].slice(from, from + 80), answer: (gl[i] ?? "").slice(from, from + 80) };
  }
  return { truth: "(same text)", answer: "(same text)" };
}

/** Every wrong answer with its language and both readings of the first stretch that differs (markdown). */
export function wrongAnswers(results, files) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const lines = [];
  for (const r of results.filter((x) => !x.right)) {
    const s = differingSnippet(byPath.get(r.path).bytes, r.encoding, r.answer);
    lines.push(`- ${r.uncertain ? "warned" : "**SILENT**"} \`${r.path}\` (${r.language}, ${r.difficulty}${r.lookalike ? ` vs ${r.lookalike}` : ""}): truth ${r.encoding}, answer ${r.answer}` +
      `${s.line ? ` — line ${s.line}` : ""}: \`${s.truth}\` → \`${s.answer}\``);
  }
  return lines.join("\n");
}

/** The `npm run corpus` section: reads the installed Debian text, generates the set in memory and scores it; skipped without the text. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), peers = true, seed = 29 } = {}) {
  const texts = loadTexts();
  const langs = Object.keys(texts);
  if (langs.length < 10) {
    const msg = `skipped: the prose sources are not installed (${langs.length} languages found; apt-get install manpages-de manpages-fr … locales vim-runtime, see README "encprose")`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const files = generateProse({ texts, seed });
  const { results, uchardet } = await scoreSet(files, { distDir, peers });
  const sources = langs.map((l) => `${l} (${texts[l].sources.join(" ")})`).join(", ");
  const table = [`${files.length} files from ${langs.length} languages, seed ${seed}: ${sources}.`, "", tableOf(results, { peers, uchardet }), "", "With the text both ways:", "", wrongAnswers(results, files)].join("\n");
  return { table, numbers: numbersOf(results, peers), results, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (name) => (a.indexOf(name) >= 0 ? a[a.indexOf(name) + 1] : undefined);
  const { table, results } = await run({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, seed: opt("--seed") ? Number(opt("--seed")) : 29, peers: !a.includes("--no-peers") });
  console.log(table);
  for (const [flag, body] of [["--json", () => JSON.stringify(results, null, 1)], ["--findings", () => table]]) {
    const p = opt(flag);
    if (p && results) {
      mkdirSync(dirname(resolve(p)), { recursive: true });
      writeFileSync(resolve(p), body());
    }
  }
}
