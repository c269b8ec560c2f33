// Western languages modelled from round 17 on (Occitan, Asturian, Scottish Gaelic, Faroese, Luxembourgish): their exports in the Western pages read in their page, or warned, and as rare languages their letter pairs take no other page's word.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked } from "./helpers.js";

async function answer(text: string, page: string): Promise<{ name: string; uncertain: boolean }> {
  return (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
}

const rows = (values: string[]) => ["id;name;amount", ...values.map((v, i) => `${i + 1};${v};${(i + 2) * 3},50`)].join("\r\n") + "\r\n";

test("a Scottish Gaelic DOS export (grave vowels inside words) is read as cp850 or warned, not Mac Roman silently", async () => {
  // why: on main `Dùin`, `tùsail` in cp850 (ù = 0x97) read silently as Mac Roman `Dóin`, `tósail`: no modelled
  // language wrote ù inside a word the way Gaelic does, while Irish makes ó plausible
  const d = await answer(rows(["Dùin", "tùsail", "Cùl-taic"]), "cp850");
  assert.ok(d.name === "cp850" || d.uncertain, `${d.name}, uncertain ${d.uncertain}`);
});

test("Gaelic, Faroese, Occitan and Asturian windows-1252 exports read as windows-1252, unwarned", async () => {
  const texts = [
    rows(["Sgàilean", "Clàr-taice ùr", "Fòrladh", "Dèan lethbhreac"]),
    rows(["Skrivborð", "Tórshavn", "Rættindi", "Ferðaleið"]),
    rows(["Fenèstra novèla", "Paramètres", "Mòbil", "Dobrir l'onglet"]),
    rows(["Configuración", "Uviéu", "Xixón", "Avilés"]),
  ];
  for (const text of texts) {
    const d = await answer(text, "windows-1252");
    assert.equal(d.name, "windows-1252", text);
    assert.equal(d.uncertain, false, text);
  }
});

/** The file's text as the detector's answer decodes it. */
async function readAs(text: string, page: string): Promise<string> {
  const d = await answer(text, page);
  return iconv.decode(iconv.encode(text, page), d.name === "shift_jis" ? "cp932" : d.name);
}

const oneword = (word: string) =>
  ['"id","account","city","balance"', ...["Screen Saver", "Keyboard", "Display", word, "Printers", "Mouse", "Sound"].map((a, i) => `"${1000 + i}","${a}","${["Springfield", "Riverton", "Lakeside", "Nouakchott", "Oakland", "Denver", "Boston"][i]}","${i * 217}.27"`)].join("\r\n") + "\r\n";

test("a Baltic word among English rows keeps its letters: a rare language's pairs (ë, è) do not win it for windows-1252", async () => {
  // why: counted like French, Luxembourgish `Permës` and Occitan `Siunèiama` won these files for windows-1252 (warned)
  assert.match(await readAs(oneword("Permės"), "iso-8859-13"), /Permės/);
  assert.match(await readAs(oneword("Siunčiama"), "iso-8859-4"), /Siunčiama/);
});

test("Central European and Baltic words stay in their own pages beside the new Western languages", async () => {
  // guard: Faroese ð/ø and Occitan ò/è must not pull windows-1250 or windows-1257 files into windows-1252
  assert.equal((await answer(rows(["Poznań i Gdańsk", "Łódź", "Toruń"]), "windows-1250")).name, "windows-1250");
  assert.equal((await answer(rows(["Kaunas ir Šiauliai", "Klaipėda", "Panevėžys"]), "windows-1257")).name, "windows-1257");
  assert.equal((await answer(rows(["Český Krumlov", "Plzeň", "Děčín"]), "windows-1250")).name, "windows-1250");
});
