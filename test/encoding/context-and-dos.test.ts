// The ASCII words of a file tell its language (context.ts); DOS exports in cp850 / cp852 are read in their page, and one in a DOS page the detector does not know is warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { asciiWords, contextFit } from "../../src/encoding/context.js";
import { chunked } from "./helpers.js";

const ITALIAN = ["scarpe da ginnastica", "borsa di pelle", "giacca invernale", "camicia bianca", "pantaloni corti", "cintura nera", "sciarpa di lana", "guanti caldi", "cappello estivo", "maglione grigio"];
const CITIES = ["Milano", "Torino", "Genova", "Bologna", "Firenze", "Napoli", "Palermo", "Verona", "Padova", "Trieste"];
const ENGLISH = ["Springfield", "Riverside", "Franklin", "Greenville", "Bristol", "Clinton", "Fairview", "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Dover", "Oxford", "Jackson", "Burlington", "Manchester", "Milton"];

/** An export of 60 rows: `describe(i)` and `city(i)` per row, `value` put in the description of row 30. */
function exportOf(value: string, describe: (i: number) => string, city: (i: number) => string): string {
  const rows = ["code;description;city;price;date"];
  for (let i = 0; i < 60; i++) rows.push([`A${100 + i}`, i === 30 ? value : describe(i), city(i), `${i},50`, "01/02/2024"].join(";"));
  return rows.join("\r\n") + "\r\n";
}

async function detect(text: string, encoding: string) {
  return (await sniffEncoding(chunked(iconv.encode(text, encoding)))).decision;
}

test("one accented word among Italian words is Italian: windows-1252, not a Baltic reading, and no warning", async () => {
  // why: alone, "città" reads as Latvian "cittā" (ISO-8859-4) nearly as well; the Italian words around it settle it
  const d = await detect(exportOf("città vecchia", (i) => ITALIAN[i % 10], (i) => CITIES[i % 10]), "windows-1252");
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false, d.example);
});

test("the ASCII words of an Italian column favour Italian by the cap; a list of English names favours no language", () => {
  const italian = contextFit(Buffer.from(exportOf("x", (i) => ITALIAN[i % 10], (i) => CITIES[i % 10]), "latin1"));
  assert.equal(italian.get("ita"), 0);
  assert.ok((italian.get("lit") as number) < -4 && (italian.get("ces") as number) < -4);
  // why nothing: English fits no modelled language; its best fit is noise and must not move the answer
  const english = contextFit(Buffer.from(exportOf("x", (i) => ENGLISH[i % 18], (i) => ENGLISH[(i + 5) % 18]), "latin1"));
  assert.equal(english.size, 0);
});

test("context words skip the header line and the halves of accented words", () => {
  const words = asciiWords(Buffer.from("Beschreibung;Stadt\r\nh\xe4keltet;Berlin\r\n", "latin1")).split("\n");
  // "Beschreibung" and "Stadt" are the header; "h" and "keltet" touch the byte of ä
  assert.deepEqual(words, ["berlin"]);
});

test("a DOS export in cp850 is read as cp850; one in cp852 as cp852", async () => {
  const west = ["Hypothéquasse;Deûlémont", "Bevölkerung;Fuhlsbüttel", "Señora;Málaga", "Forêt;Besançon", "Grøn;Århus"];
  const text850 = "id;name;city\r\n" + west.map((v, i) => `${i + 1};${v}`).join("\r\n") + "\r\n";
  const d850 = await detect(text850, "cp850");
  assert.equal(iconv.decode(iconv.encode(text850, "cp850"), d850.name), text850, `answered ${d850.name}`);
  const central = ["Łódź;Kraków", "Żółć;Gdańsk", "Příliš;Brno", "Kőszeg;Győr", "Šibenik;Čakovec"];
  const text852 = "id;name;city\r\n" + central.map((v, i) => `${i + 1};${v}`).join("\r\n") + "\r\n";
  const d852 = await detect(text852, "cp852");
  assert.equal(d852.name, "cp852");
  assert.equal(d852.uncertain, false, d852.example);
});

test("Greek DOS cp737 is read in its page; a Greek DOS page the detector does not know (cp869) is warned, not read silently", async () => {
  // why: cp737 Greek read best in cp866 (`АиЪЬдладук`) before cp737 was a candidate; cp869 still reads best as soup
  // in a page the detector knows, and only its poor fit tells
  const greek = ["Αργεντινής;Νασάου", "Άγιος Βαρθολομαίος;Αθήνα", "Χαράρε;Πειραιάς", "Θεσσαλονίκη;Λάρισα", "Ηράκλειο;Βόλος"];
  const text = "id;name;city\r\n" + greek.map((v, i) => `${i + 1};${v}`).join("\r\n") + "\r\n";
  const d737 = await detect(text, "cp737");
  assert.equal(d737.name, "cp737");
  const d = await detect(text, "cp869");
  assert.notEqual(iconv.decode(iconv.encode(text, "cp869"), d.name === "ibm866" ? "cp866" : d.name), text);
  assert.equal(d.uncertain, true, `answered ${d.name} without a warning`);
  assert.ok(d.alternative, "the warning names an encoding to try");
});
