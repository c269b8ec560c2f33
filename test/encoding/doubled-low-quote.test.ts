// doubled-low-quote.ts: a low quotation mark written twice in a row (`‚‚n`) is a DOS page's `é` read in windows-1252, not a quote.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { doubledLowQuoteCost, DOUBLED_LOW_QUOTE } from "../../src/encoding/doubled-low-quote.js";
import { chunked } from "./helpers.js";

const ROWS = ["id;tekst;status", "1;Geef niet meer dan één computer.;open", "2;Kies de gewenste taal voor het systeem;open", "3;Wilt u de wijzigingen opslaan?;gesloten", "4;Voer het wachtwoord van de beheerder in;open"];

test("doubledLowQuoteCost: each of two low quotes in a row; not one quote, other marks, or other doubled signs", () => {
  assert.equal(doubledLowQuoteCost("‚‚n", 0), DOUBLED_LOW_QUOTE);
  assert.equal(doubledLowQuoteCost("‚‚n", 1), DOUBLED_LOW_QUOTE);
  assert.equal(doubledLowQuoteCost("x„„y", 2), DOUBLED_LOW_QUOTE);
  for (const [t, i] of [["‚Wort‘", 0], ["„Haus“", 0], ["‚„", 0], ["»»", 0], ["¡¡Hola", 1]] as const) assert.equal(doubledLowQuoteCost(t, i), 0, t);
});

test("sniffEncoding on a cp850 Dutch sheet whose only accented word is `één`: cp850, not windows-1252 `‚‚n`", async () => {
  // why: on main the file was answered windows-1252 (`‚‚n`), warned naming cp850; the same for cp437, which writes é alike
  const d = (await sniffEncoding(chunked(iconv.encode(ROWS.join("\r\n") + "\r\n", "cp850")))).decision;
  assert.equal(d.name, "cp850");
});

test("sniffEncoding near misses: German windows-1252 quoting with single and double low quotes stays windows-1252, unwarned", async () => {
  const rows = ["id;text", "1;Er sagte ‚Guten Morgen‘ und ging;x", "2;Das „Haus am See“ ist verkauft;x", "3;Die Größe ist ‚mittel‘ für Straße;x", "4;Bitte „Übernehmen“ wählen;x"];
  const d = (await sniffEncoding(chunked(iconv.encode(rows.join("\r\n") + "\r\n", "windows-1252")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});
