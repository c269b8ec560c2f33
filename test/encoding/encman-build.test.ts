// The encman generator (scripts/corpus/encman/): a man page's summary, headings, option texts and lead sentence read from groff, escapes made plain, the halves split by page, every label decoding its file, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLabelsAndHalves, madeTwice } from "./helpers.js";

interface ManFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateManExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): ManFile[] };
type Values = { summary: string | null; headings: string[]; options: string[]; lead: string | null };
type Sources = { manValues(text: string): Values; plainLine(line: string): string | null };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encman/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encman/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encman.mjs";

const PAGE = `.\\" -*- coding: UTF-8 -*-
.TH KOPIE 1 "Mai 2024" "Werkzeuge 1.0" "Dienstprogramme für Benutzer"
.SH BEZEICHNUNG
kopie \\- Dateien und Verzeichnisse kopieren
.SH ÜBERSICHT
\\fBkopie\\fP [\\fI\\,OPTION\\/\\fP]… \\fIQUELLE ZIEL\\fP
.SH BESCHREIBUNG
.PP
Kopiert die QUELLE nach ZIEL. Weitere Sätze folgen
hier.
.TP
\\fB\\-a\\fP, \\fB\\-\\-alles\\fP
Einträge nicht überspringen. Zweiter Satz
.TP
\\fB\\-v\\fP
ausführlich berichten, was getan wird
.SH "SIEHE AUCH"
\\fBverschieben\\fP(1)
`;

test("encman manValues: the NAME line's summary, headings, each option's first sentence and the description's lead", async () => {
  const s: Sources = await import(sourcesPath);
  const v = s.manValues(PAGE);
  assert.equal(v.summary, "Dateien und Verzeichnisse kopieren");
  assert.deepEqual(v.headings, ["BEZEICHNUNG", "ÜBERSICHT", "BESCHREIBUNG", "SIEHE AUCH"]);
  assert.deepEqual(v.options, ["Einträge nicht überspringen", "ausführlich berichten, was getan wird"]);
  assert.equal(v.lead, "Kopiert die QUELLE nach ZIEL");
  assert.equal(s.plainLine("\\fBls\\fP \\- Inhalte \\(em auflisten"), "ls - Inhalte — auflisten");
  assert.equal(s.plainLine("\\*(Tx unbekannt"), null, "an escape the reader does not know makes no cell");
});

const english = { names: ["Name", "Synopsis", "Description"], places: ["Name", "Synopsis"], words: ["copy", "files", "directory"], notes: ["copy files and directories", "list directory contents"] };
const half = (v: string) => (/^[ADE]/.test(v) ? 0 : 1);
const german = { lang: "de", names: ["Übersicht", "Beschreibung", "Siehe auch", "Rückgabewert", "Fehler"], words: ["Einträge", "überspringen", "ausführlich"],
  notes: ["Dateien und Verzeichnisse kopieren", "Einträge nicht überspringen", "ausführlich berichten, was getan wird", "Größe ändern"], english, halfOf: half };

test("encman generateManExports: deterministic, labels decode their files, halves keep their pages' values", async () => {
  const b: Build = await import(buildPath);
  const a = madeTwice(() => b.generateManExports({ sources: [german], seed: 3 }));
  assert.ok(a.some((f) => f.encoding === "windows-1252") && a.some((f) => f.encoding === "cp850"));
  // a held-out file never holds a tuning page's native value, nor the reverse
  assertLabelsAndHalves(a, [...german.names, ...german.notes], half);
});

test("encman scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encman-sources" });
  assert.match(r.table, /skipped: the encman sources are not there/);
});
