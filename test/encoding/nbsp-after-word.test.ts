// nbsp-after-word.ts: a no-break space between a lower-case word and a figure that a commoner page reads as a letter ending the word (KOI8-R `:mi 5:`, windows-1250 `:miš5:`) is warned, never answered silently by the signs rule.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { commonerLetterForSpace } from "../../src/encoding/nbsp-after-word.js";
import { chunked } from "./helpers.js";

const decide = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;

test("a windows-1250 autocorrect list whose only non-ASCII is `:miš5:`: warned naming a page that reads `š` (main: KOI8-R `:mi 5:`, silent)", async () => {
  const text = "reading;word;part of speech;frequency;added\n:srednji kvadrat:;?;symbol;712;10/22/2023\n:lubanja:;?;symbol;3621;05/25/2002\n" +
    ":bomba:;?;symbol;3321;06/22/2022\n:miš5:;?;symbol;4011;03/16/2000\n:krema:;?;symbol;3438;03/03/2020\n";
  const d = await decide(text, "windows-1250");
  const readsŠ = ["windows-1250", "windows-1252", "iso-8859-15"];
  assert.ok(readsŠ.includes(d.name) || (d.uncertain && d.alternatives?.some((n) => readsŠ.includes(n))), JSON.stringify(d));
});

test("near misses: a currency before its amount in the default page (`kr 129,50`, `Bs 17,00`) stays windows-1252, unwarned", async () => {
  for (const text of ["item;price\nDesk lamp;kr\u00a0129,50\nGreen tea;kr\u00a045,00\nCable ties;kr\u00a012,90\n", "name;balance\nProseware;Bs\u00a01.234,50\nLitware;Bs\u00a017,00\n"]) {
    const d = await decide(text, "windows-1252");
    assert.equal(d.name, "windows-1252", JSON.stringify(d));
    assert.equal(d.uncertain, false, JSON.stringify(d));
  }
});

test("commonerLetterForSpace: only a commoner page's lower-case letter after a lower-case word and before a figure", () => {
  const signs = { text: ":mi\u00a05:", prior: -3 };
  const w1250 = { text: ":miš5:", prior: -2 };
  assert.equal(commonerLetterForSpace(signs, [signs, w1250]), w1250);
  assert.equal(commonerLetterForSpace(signs, [{ text: ":miŠ5:", prior: 0 }]), null);
  assert.equal(commonerLetterForSpace(signs, [{ text: ":miš5:", prior: -4 }]), null);
  for (const t of ["EUR\u00a013", "Lei\u00a012547", "12\u00a0kg", "mi\u00a0x", "mi \u00a05"]) assert.equal(commonerLetterForSpace({ text: t, prior: -3 }, [{ text: t.replace("\u00a0", "š"), prior: 0 }]), null, t);
});
