// The enccat generator (scripts/corpus/enccat/): catalogue messages cleaned into cells, six cases, one native value in sparse files, upper case in caps files, halves that share no value, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";

interface CatFile { path: string; encoding: string; family: string; language: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateCatalogueExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): CatFile[]; codecOf(label: string): string };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/enccat/build.mjs";
const sourcesPath: string = "../../scripts/corpus/enccat/sources.mjs";
const scorerPath: string = "../../scripts/corpus/enccat.mjs";

/** A Lithuanian source of our own words (what loadSources makes from the catalogues). */
const LT = {
  locale: "lt", lang: "lt",
  labels: ["Žalia arbata", "Juoda duona", "Šviežias pienas", "Obuolių sultys", "Sūris", "Kava", "Medus", "Cukrus", "Druska", "Miltai", "Grietinė", "Sviestas",
    "Rūgpienis", "Kiaušiniai", "Bulvės", "Morkos", "Svogūnai", "Česnakai", "Agurkai", "Pomidorai", "Obuoliai", "Kriaušės", "Vyšnios", "Braškės"],
  sentences: ["Prekė bus pristatyta rytoj ryte.", "Sąskaita apmokėta laiku, ačiū.", "Užsakymas atšauktas pirkėjo prašymu.", "Kaina pakeista nuo kito mėnesio."],
  places: ["Šiauliai", "Klaipėda", "Panevėžys", "Kėdainiai", "Tauragė", "Vilnius", "Kaunas", "Alytus", "Marijampolė", "Mažeikiai", "Jonava", "Utena",
    "Kretinga", "Plungė", "Šilutė", "Radviliškis", "Druskininkai", "Palanga", "Rokiškis", "Biržai", "Gargždai", "Elektrėnai"],
  names: ["Jonas Petraitis", "Rūta Kazlauskienė", "Tomas Žukauskas"],
  english: ["Green tea", "Black bread", "Fresh milk", "Apple juice", "Cheese", "Coffee", "Honey", "Sugar", "Salt", "Flour", "Butter", "Sour cream"],
  worldPlaces: ["Springfield", "Riverside", "Franklin", "Greenville", "Bristol", "Clinton", "Fairview", "Salem", "Madison", "Dover"],
  headers: { Description: "Aprašas", Price: "Kaina", Date: "Data", City: "Miestas", Name: "Pavadinimas" },
};

let made: CatFile[] | undefined;
async function set(): Promise<CatFile[]> {
  made ??= ((await import(buildPath)) as Build).generateCatalogueExports({ sources: [LT], seed: 7 });
  return made;
}
async function textOf(f: CatFile): Promise<string> {
  const { codecOf } = (await import(buildPath)) as Build;
  return iconv.decode(f.bytes, codecOf(f.encoding), { stripBOM: true });
}
const nonAscii = (s: string) => /[^\x00-\x7f]/.test(s);

test("catalogue messages become cells: accelerators and trailing colons go, format directives and markup are dropped", async () => {
  const { cleanMessage } = (await import(sourcesPath)) as { cleanMessage(s: string): string | null };
  assert.equal(cleanMessage("_Apmokėti:"), "Apmokėti");
  assert.equal(cleanMessage("口座(_C)"), "口座");
  assert.equal(cleanMessage("%d prekės"), null);
  assert.equal(cleanMessage("<b>Kaina</b>"), null);
});

test("the same seed makes the same files; every case and both halves are there, the Baltic DOS page too", async () => {
  const a = await set();
  const b = ((await import(buildPath)) as Build).generateCatalogueExports({ sources: [LT], seed: 7 });
  assert.ok(a.length > 0 && a.every((f, i) => f.path === b[i].path && f.bytes.equals(b[i].bytes)));
  assert.deepEqual([...new Set(a.map((f) => f.difficulty))].sort(), ["caps", "mixed", "normal", "oneword", "short", "sparse"]);
  assert.deepEqual([...new Set(a.map((f) => f.half))].sort(), [0, 1]);
  assert.ok(a.some((f) => f.encoding === "cp775") && a.some((f) => /^utf-/.test(f.encoding)));
});

test("a sparse file holds one non-ASCII value; a caps file is upper case", async () => {
  for (const f of (await set()).filter((x) => x.difficulty === "sparse" && !/^utf-16/.test(x.encoding))) {
    const cells = (await textOf(f)).split(/\r\n|\r|\n/).slice(1).flatMap((l) => l.split(/[;,\t]/));
    assert.equal(cells.filter(nonAscii).length, 1, f.path);
  }
  for (const f of (await set()).filter((x) => x.difficulty === "caps")) {
    const t = await textOf(f);
    assert.equal(t, t.toLocaleUpperCase("lt"), f.path);
  }
});

test("the halves share no native value", async () => {
  const values = async (h: number) => new Set((await Promise.all((await set()).filter((f) => f.half === h).map(textOf))).flatMap((t) => t.split(/[;,\t\r\n"]/)).filter(nonAscii));
  const [a, b] = [await values(0), await values(1)];
  const headers = new Set(Object.values(LT.headers).flatMap((h) => [h, h.toLocaleUpperCase("lt")]));
  assert.deepEqual([...a].filter((v) => b.has(v) && !headers.has(v)), []);
});

test("the scorer skips with a message when the sources folder is absent", async () => {
  const dir = mkdtempSync(join(tmpdir(), "enccat-"));
  try {
    const { run } = (await import(scorerPath)) as { run(o: { sourcesDir: string }): Promise<{ table: string }> };
    assert.match((await run({ sourcesDir: dir })).table, /^skipped: the enccat sources are not there/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
