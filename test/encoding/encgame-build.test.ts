// The encgame generator (scripts/corpus/encgame/): a game's catalogue messages made cells (context and player-count prefixes dropped), pooled by catalogue, the halves split by message, every label decoding its file, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLabelsAndHalves, madeTwice, mo } from "./helpers.js";

interface GameFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateGameExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): GameFile[] };
type Pools = { lang: string; names: string[]; places: string[]; words: string[]; notes: string[]; english: { names: string[] }; halfOf(v: string): number };
type Sources = { gameCell(s: string): string | null; loadSources(dir: string): Pools[] };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encgame/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encgame/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encgame.mjs";

test("encgame gameCell: the msgctxt, a `female^` context and a map's player count are no part of the cell", async () => {
  const s: Sources = await import(sourcesPath);
  assert.equal(s.gameCell("female^Elvish Sylph"), "Elvish Sylph");
  assert.equal(s.gameCell("race+female^Ogre"), "Ogre");
  assert.equal(s.gameCell("menu\x04Load Map"), "Load Map");
  assert.equal(s.gameCell("2p — Thousand Stings Garrison"), "Thousand Stings Garrison");
  assert.equal(s.gameCell("2 jug. — Ciudadela de Arcanclave"), "Ciudadela de Arcanclave");
  assert.equal(s.gameCell("4и: Нова земља"), "Нова земља");
  assert.equal(s.gameCell("Cost: %d gold"), null, "a format directive makes no cell");
});

const UNITS: [string, string][] = [["Elvish Scout", "Explorador elf"], ["Dune Marauder", "Saltejador de les dunes"], ["Poacher", "Caçador furtiu"], ["Lieutenant", "Tinent"], ["Ancient Lich", "Lich ancià"]];
const MAPS: [string, string][] = [["2p — Caves of the Basilisk", "2j — Les coves del basilisc"], ["4p — A New Land", "4j — Una terra nova"]];
const LIB: [string, string][] = [["Windmill", "Molí de vent"], ["Open saves folder", "Obre la carpeta de les partides desades"], ["Coastal Reef", "Escull costaner"]];

test("encgame loadSources: unit names, map names and messages of each catalogue in their pools, words from the messages", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encgame-"));
  try {
    const lc = join(dir, "deb", "usr", "share", "games", "wesnoth", "1.16", "locale", "ca", "LC_MESSAGES");
    mkdirSync(lc, { recursive: true });
    writeFileSync(join(lc, "wesnoth-units.mo"), mo(UNITS));
    writeFileSync(join(lc, "wesnoth-multiplayer.mo"), mo(MAPS));
    writeFileSync(join(lc, "wesnoth-lib.mo"), mo(LIB));
    const [ca] = s.loadSources(dir);
    assert.equal(ca.lang, "ca");
    assert.ok(ca.names.includes("Caçador furtiu") && ca.names.includes("Molí de vent"));
    assert.deepEqual(ca.places.sort(), ["Les coves del basilisc", "Una terra nova"]);
    assert.ok(ca.notes.includes("Obre la carpeta de les partides desades"));
    assert.ok(ca.words.includes("carpeta") && !ca.words.includes("coves"), "words come from names and messages, not map names");
    assert.ok(ca.english.names.includes("Poacher"));
    // a message and its translation fall in one half
    assert.equal(ca.halfOf("Caçador furtiu"), ca.halfOf("Poacher"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const english = { names: ["Elvish Scout", "Poacher", "Lieutenant", "Windmill"], places: ["Caves of the Basilisk", "A New Land"], words: ["scout", "poacher", "windmill"], notes: ["Open saves folder", "Recruit two Elvish Fighters"] };
const half = (v: string) => (/^[ACLM]/.test(v) ? 0 : 1);
const catalan = { lang: "ca", names: ["Caçador furtiu", "Molí de vent", "Lich ancià", "Explorador elf", "Escull costaner"], places: ["Les coves del basilisc", "Una terra nova"],
  words: ["Caçador", "Molí", "ancià", "lluitadors"], notes: ["Obre la carpeta de les partides desades", "Recluteu dos lluitadors elfs", "Atac especial"], english, halfOf: half };

test("encgame generateGameExports: deterministic, labels decode their files, halves keep their messages' values", async () => {
  const b: Build = await import(buildPath);
  const a = madeTwice(() => b.generateGameExports({ sources: [catalan], seed: 3 }));
  assert.ok(a.some((f) => f.encoding === "windows-1252") && a.some((f) => f.encoding === "cp850"));
  assertLabelsAndHalves(a, [...catalan.names, ...catalan.notes, ...catalan.places], half);
});

test("encgame scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encgame-sources" });
  assert.match(r.table, /skipped: the encgame sources are not there/);
});
