// Esperanto's letter pairs from its Hunspell list (myspell-eo) beside the UDHR: an ISO-8859-3 sentence with `ŝi`, `marŝi`, `firmiĝas` is Esperanto, not windows-1257 `ži`, `marži`, `firmiųas`; Lithuanian in windows-1257 and Turkish in ISO-8859-9 stay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { segmentScoresByLanguage } from "../../src/encoding/language.js";
import { chunked, fixture } from "./helpers.js";

const score = (text: string, page: string, lang: string): number => {
  const { langs, rows } = segmentScoresByLanguage(text, page);
  return rows[langs.indexOf(lang)][0];
};

test("Esperanto's everyday words outscore their windows-1257 reading in Lithuanian", () => {
  // why: with UDHR pairs alone `ŝi` scored -13.3 against Lithuanian `ži` -6.6, `fiŝo` -23.5 against `fižo` -17.8
  for (const [eo, lt] of [["fiŝo", "fižo"], ["firmiĝas", "firmiųas"], ["ŝin", "žin"]]) assert.ok(score(eo, "iso-8859-3", "epo") > score(lt, "windows-1257", "lit"), `${eo} / ${lt}`);
});

test("an English ticket list whose one message is an Esperanto sentence in ISO-8859-3: iso-8859-3, unwarned", async () => {
  // why: on main windows-1257 won (0.20, warned; enchelp's tuning half had such a file answered silently)
  const d = (await sniffEncoding(chunked(fixture("iso-8859-3-esperanto-sentence-among-english.csv")))).decision;
  assert.equal(d.name, "iso-8859-3", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("refused: Lithuanian windows-1257 and Turkish ISO-8859-9 sentences among English rows keep their pages, unwarned", async () => {
  for (const [name, page] of [["1257-lithuanian-sentence-among-english.csv", "windows-1257"], ["iso-8859-9-turkish-sentence-among-english.csv", "windows-1254"]]) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
