// The encconf generator (scripts/corpus/encconf/): debconf templates read into entries (short and long descriptions split into sentences, choices split on `, ` with `\,` kept, translations by language, `${VAR}` texts and mojibake left out), per-language exports with English filler in each language's pages, halves split by template with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice } from "./helpers.js";

interface Entry { lang: string; template: string; pkg: string; kind: string; text: string; en: string }
interface ConfFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; parseTemplates(t: string): { name: string; fields: Map<string, string> }[]; choicesOf(v: string): string[]; descriptionTexts(v: string): string[]; MOJIBAKE: RegExp };
type Build = { generateConfExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): ConfFile[]; halfOfTemplate(t: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encconf/sources.mjs";
const buildPath: string = "../../scripts/corpus/encconf/build.mjs";
const scorerPath: string = "../../scripts/corpus/encconf.mjs";

const N = 40;
const LANGS: Record<string, (k: number) => [string, string]> = {
  is: (k) => [`Veldu lyklaborð ${k}:`, `Þýska ${k}, Íslenska`],
  tr: (k) => [`Klavye düzeni ${k}:`, `Türkçe ${k}, İngilizce`],
  he: (k) => [`פריסת מקלדת ${k}:`, `עברית ${k}, אנגלית`],
  ja: (k) => [`キーボード配置 ${k}:`, `日本語 ${k}, 英語`],
  hu: (k) => [`Billentyűzet kiosztás ${k}:`, `Magyar ${k}, Angol`],
  ru: (k) => [`Раскладка клавиатуры ${k}:`, `Русская ${k}, Английская`],
  nb: (k) => [`Tastaturoppsett på ${k}:`, `Norsk ${k}, Engelsk språk`],
};
const record = (k: number) => [`Template: pkg/question${k}`, "Type: select", `Choices: German ${k}, English`, ...Object.entries(LANGS).map(([l, f]) => `Choices-${l}.UTF-8: ${f(k)[1]}`),
  `Description: Keyboard layout ${k}:`, " Pick the layout of your keyboard. It is used on the console.", ...Object.entries(LANGS).map(([l, f]) => `Description-${l}.UTF-8: ${f(k)[0]}`)].join("\n");

function sourcesIn(dir: string): void {
  for (const pkg of ["alpha", "beta"]) {
    mkdirSync(join(dir, pkg), { recursive: true });
    writeFileSync(join(dir, pkg, "templates"), Array.from({ length: N / 2 }, (_, i) => record(pkg === "alpha" ? i : i + N / 2)).join("\n\n") + "\n");
  }
}

test("encconf parseTemplates, choicesOf, descriptionTexts: fields with their continuation lines, choices with \\, kept, sentences of the paragraphs", async () => {
  const s: Sources = await import(sourcesPath);
  const [r] = s.parseTemplates("Template: a/b\nType: select\nChoices: x\\, y, z\nDescription: Short:\n First one. Second\n one!\n .\n  verbatim line\n .\n Last.\nDescription-de.UTF-8: Kurz:\n");
  assert.equal(r.name, "a/b");
  assert.deepEqual(s.choicesOf(r.fields.get("Choices") ?? ""), ["x, y", "z"]);
  assert.deepEqual(s.descriptionTexts(r.fields.get("Description") ?? ""), ["Short:", "First one.", "Second one!", "Last."]);
  assert.equal(r.fields.get("Description-de.UTF-8"), "Kurz:");
});

test("encconf loadEntries: translations by language, ${VAR} texts and mojibake left out, template as pkg/name", async () => {
  const s: Sources = await import(sourcesPath);
  assert.ok(s.MOJIBAKE.test("DeberÃ­a") && s.MOJIBAKE.test("EmpfÃ¤nger") && s.MOJIBAKE.test("Â«blah»"));
  assert.ok(!s.MOJIBAKE.test("INFORMAÇÃO") && !s.MOJIBAKE.test("Ãrvore") && !s.MOJIBAKE.test("Ångström"));
  const dir = mkdtempSync(join(tmpdir(), "encconf-"));
  try {
    sourcesIn(dir);
    writeFileSync(join(dir, "gamma-templates-only-elsewhere"), "not a folder");
    mkdirSync(join(dir, "delta"));
    writeFileSync(join(dir, "delta", "templates"), "Template: d/q\nChoices: ${CHOICES}\nDescription: Mail to ${user}:\nDescription-es.UTF-8: DeberÃ­a enviarse:\nDescription-fr.UTF-8: Envoyer à ${user} :\n");
    const e = s.loadEntries(dir);
    assert.equal(e.filter((x) => x.lang === "is").length, N * 3, "a short description and two choices a template");
    assert.equal(e.filter((x) => x.template === "delta/d/q").length, 0, "only ${VAR} texts and mojibake");
    const is1 = e.find((x) => x.lang === "is" && x.template === "alpha/pkg/question1" && x.kind === "Choices");
    assert.deepEqual([is1?.pkg, is1?.text, is1?.en], ["alpha", "Þýska 1", "German 1"]);
    assert.equal(e.filter((x) => x.lang === "en" && x.kind === "Description").length, N * 3, "the English short line and two sentences");
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encconf generateConfExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encconf-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateConfExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["maciceland", "cp861", "cp865", "maccenteuro", "windows-1254", "cp857", "windows-1255", "shift_jis", "koi8-r", "ibm866"]) assert.ok(pages.has(p), p);
    assertLanguageHalves(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encconf scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encconf-sources" });
  assert.match(r.table, /skipped: the encconf sources are not there/);
});
