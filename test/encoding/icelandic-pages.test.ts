// language.ts SERVES/PRIOR maciceland and cp861: Icelandic exports from the Mac and DOS in Icelandic's own pages, whose ð þ Ð Þ Mac Roman and cp850 read as punctuation or other letters.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked } from "./helpers.js";

const decide = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;

/** A stamp catalogue of `n` rows with Icelandic descriptions (`ð`, `þ` among them when `eth`), `;`-delimited as Excel writes. */
function catalogue(n: number, eth = true): string {
  const words = eth
    ? ["Froskur með græna fætur.", "Þetta er rauð rós.", "Hús við sjóinn.", "Köttur sem þvær sér.", "Fallegt blóm í garði.", "Bíll á götunni."]
    : ["Froskur á steini.", "Rauð rós í vasa.", "Hús á hæð.", "Köttur sefur.", "Fallegt blóm.", "Bíll á götunni."];
  let s = "id;file;description;size_kb;added\r\n";
  for (let i = 0; i < n; i++) s += `${i + 1};stamp${i}.png;${words[i % words.length]};${(i * 13.7).toFixed(1).replace(".", ",")};0${1 + (i % 9)}.03.2011\r\n`;
  return s;
}

test("an Icelandic catalogue from Excel on the Mac (Mac Icelandic, `með`, `Þetta`): maciceland (main: Mac Roman `me›`, `ﬁetta`, silently)", async () => {
  const d = await decide(catalogue(12), "maciceland");
  assert.equal(d.name, "maciceland", JSON.stringify(d));
});

test("an Icelandic catalogue from a DOS program (cp861, `með`, `Þetta`): cp861 (main: cp850 `meÉ`, warned)", async () => {
  const d = await decide(catalogue(12), "cp861");
  assert.equal(d.name, "cp861", JSON.stringify(d));
});

test("near miss: a French Mac Roman list with `ﬁ`, `‹ ›` and `†` (the bytes Mac Icelandic reads Þ Ð ð Ý) stays macintosh", async () => {
  let s = "id;titre;note\r\n";
  const t = ["Le café ‹ bien › servi", "Une ﬁne équipe", "† décédé en 1921", "Élève très doué"];
  for (let i = 0; i < 12; i++) s += `${i};${t[i % t.length]};${i * 3}\r\n`;
  const d = await decide(s, "macintosh");
  assert.equal(d.name, "macintosh", JSON.stringify(d));
});

test("near miss: Icelandic without ð þ in Mac Roman or cp850 reads the same in Icelandic's pages; the commoner page is named", async () => {
  assert.equal((await decide(catalogue(12, false), "macintosh")).name, "macintosh");
  assert.equal((await decide(catalogue(12, false), "cp850")).name, "cp850");
});
