// The encdesk generator (scripts/corpus/encdesk/): desktop entries read (translated keys, keywords split, other groups left out), the halves split by source entry, every label decoding its file, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";

interface DeskFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateDeskExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): DeskFile[] };
type Value = { key: string; lang: string | null; values: string[] };
type Sources = { desktopValues(text: string): Value[]; langOf(loc: string): string | null };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encdesk/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encdesk/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encdesk.mjs";

const ENTRY = `[Desktop Entry]
Name=Screen Saver
Name[de]=Bildschirmschoner
Name[pt_BR]=Proteção de tela
Comment=Set your screen saver preferences
Comment[de]=Einstellungen für den Bildschirmschoner
Keywords=screen;saver;lock;
Keywords[de]=Bildschirm;Schoner;Sperre;
Exec=xscreensaver-settings

[Desktop Action Lock]
Name=Lock Screen
Name[de]=Bildschirm sperren
`;

test("encdesk desktopValues: the Desktop Entry group's keys, each language's, keywords split at ;", async () => {
  const s: Sources = await import(sourcesPath);
  const v = s.desktopValues(ENTRY);
  assert.deepEqual(v.find((x) => x.key === "Name" && x.lang === "pt_BR")?.values, ["Proteção de tela"]);
  assert.deepEqual(v.find((x) => x.key === "Keywords" && x.lang === "de")?.values, ["Bildschirm", "Schoner", "Sperre"]);
  assert.ok(!v.some((x) => x.values.includes("Bildschirm sperren")), "an action's name is no entry value");
  assert.equal(s.langOf("pt_BR"), "pt");
  assert.equal(s.langOf("sr@latin"), "sr-Latn");
  assert.equal(s.langOf("en_GB"), null);
});

const english = { names: ["Screen Saver", "Display", "Keyboard"], places: ["Springfield", "Riverton", "Lakeside"], words: ["screen", "saver", "lock"], notes: ["Set your preferences", "Configure the panel"] };
const half = (v: string) => (/^[BÄE]/.test(v) ? 0 : 1);
const german = { lang: "de", names: ["Bildschirmschoner", "Tastatur für Größen", "Ästhetik", "Lautstärke", "Schriftgröße"], places: ["Zürich", "München", "Köln"],
  words: ["Bildschirm", "Größe", "Schließen"], notes: ["Einstellungen für den Bildschirmschoner", "Leiste einrichten"], english, halfOf: half };

test("encdesk generateDeskExports: deterministic, labels decode their files, halves keep their sources' values", async () => {
  const b: Build = await import(buildPath);
  const a = b.generateDeskExports({ sources: [german], seed: 3 });
  const again = b.generateDeskExports({ sources: [german], seed: 3 });
  assert.ok(a.length > 10);
  assert.deepEqual(a.map((f) => f.bytes.toString("hex")), again.map((f) => f.bytes.toString("hex")));
  assert.ok(a.some((f) => f.path.includes("tsv-windows-1252/")) && a.some((f) => f.encoding === "cp437"));
  for (const f of a) {
    const codec = ({ shift_jis: "cp932", ibm866: "cp866", "tis-620": "tis620", "euc-kr": "cp949" } as Record<string, string>)[f.encoding] ?? f.encoding;
    const text = iconv.decode(f.bytes, codec).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd"), f.path);
    // a held-out file never holds a tuning source's native value, nor the reverse
    for (const v of [...german.names, ...german.places]) if (/[^\x00-\x7f]/.test(v) && text.toLowerCase().includes(v.toLowerCase())) assert.equal(half(v), f.half, `${f.path}: ${v}`);
  }
});

test("encdesk scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encdesk-sources" });
  assert.match(r.table, /skipped: the encdesk sources are not there/);
});
