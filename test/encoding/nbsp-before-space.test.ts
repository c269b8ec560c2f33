// nbsp-before-space.ts: a no-break space glued to the end of a lower-case word and followed by a plain space, where another page reads its byte as a letter, is a word-final letter misread (cp850 Spanish `está desconectado` as windows-1252 `est\u00a0 desconectado`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { NBSP_BEFORE_SPACE, nbspBeforeSpaceBytes, nbspBeforeSpaceCosts } from "../../src/encoding/nbsp-before-space.js";
import { chunked, fixture } from "./helpers.js";

const bytes = (s: string) => Buffer.from(s, "latin1");

test("nbspBeforeSpaceBytes: a no-break-space byte after a lower-case letter and before a space and a lower-case letter, every time", () => {
  assert.deepEqual([...nbspBeforeSpaceBytes(bytes("a;cuando est\xa0 desconectado;b\r\nvolver\xa0 pronto"), 0)], [0xa0]);
  assert.equal(nbspBeforeSpaceBytes(bytes("est\xa0 desconectado;20\xa0min"), 0).size, 0, "also after a figure: a no-break space doing its job");
  assert.equal(nbspBeforeSpaceBytes(bytes("s\xa0bado"), 0).size, 0, "inside a word");
  assert.equal(nbspBeforeSpaceBytes(bytes("Done.\xa0 next"), 0).size, 0, "after a full stop (HTML's `&nbsp; ` between sentences)");
  assert.equal(nbspBeforeSpaceBytes(bytes("until\xa0 Noon"), 0).size, 0, "before a capital");
  assert.equal(nbspBeforeSpaceBytes(bytes("est\xa0;next"), 0).size, 0, "before a delimiter");
  assert.equal(nbspBeforeSpaceBytes(bytes("est\x82 des"), 0).size, 0, "no page reads 82 as a no-break space");
  assert.equal(nbspBeforeSpaceBytes(bytes("est\xa0 des"), 4).size, 0, "before `from`");
});

test("nbspBeforeSpaceCosts: a word ending in a byte of `glued` read as a no-break space; not the letter readings, nor other words", () => {
  const ev = bytes("est\xa0\nVolver\xa0\n");
  assert.deepEqual(nbspBeforeSpaceCosts("est\u00a0\nVolver\u00a0\n", ev, new Set([0xa0])), [NBSP_BEFORE_SPACE, NBSP_BEFORE_SPACE, 0]);
  assert.equal(nbspBeforeSpaceCosts("está\nVolverá\n", ev, new Set([0xa0])), null, "cp850's letters pay nothing");
  assert.equal(nbspBeforeSpaceCosts("est\u00a0\nVolver\u00a0\n", ev, new Set()), null, "no byte glued before a space");
  assert.equal(nbspBeforeSpaceCosts("s\u00a0bado\n", bytes("s\xa0bado\n"), new Set([0xa0])), null, "not at the word's end");
});

test("sniffEncoding on a cp850 Spanish account list whose only accents are word-final `á` (`está desconectado`): cp850 (main: windows-1252, warned)", async () => {
  // why: on main windows-1252's `est\u00a0` (a common sign) beat cp850's `está` by the pages' prior, 6.5 nats
  const d = (await sniffEncoding(chunked(fixture("cp850-spanish-accounts-word-final-a-acute.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
});

test("refused: a windows-1252 list whose no-break spaces also sit between a figure and a unit stays windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-accounts-nbsp-before-unit-and-space.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
