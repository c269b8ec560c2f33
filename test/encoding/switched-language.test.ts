// switched-language.ts: a silent pick is warned when a rival beats it with each reading's file language chosen by totals with foreign words switched; the answer itself never changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { switchedLanguageRival } from "../../src/encoding/switched-language.js";
import { chunked, fixture } from "./helpers.js";

test("an ISO-8859-15 quiz of world names (`Malësi`, `Delvinë`, `België`, `Armenië`, `Egilsstaðir`): still windows-1257, now warned naming windows-1252", async () => {
  // why: on main windows-1257 at 0.62, unwarned: windows-1252's raw totals put the file in Icelandic (one `Egilsstaðir`),
  // so its `-ië` and `-ë` names each paid a switch; with switches Albanian explains them and windows-1252 leads
  const bytes = fixture("iso-8859-15-dutch-quiz-albanian-and-ie-names.csv");
  const d = (await sniffEncoding(chunked(bytes))).decision;
  assert.equal(d.name, "windows-1257");
  assert.ok(d.uncertain, JSON.stringify(d));
  assert.equal(iconv.decode(bytes, d.alternative as string), iconv.decode(bytes, "iso-8859-15"), JSON.stringify(d));
});

test("refused: the same kind of quiz with other names (`Korçë`, `Dibër`, `Italië`, `Fjarðabyggð`, `Paraná`) stays windows-1252, unwarned", async () => {
  const bytes = fixture("iso-8859-15-dutch-quiz-names-read-alike.csv");
  const d = (await sniffEncoding(chunked(bytes))).decision;
  assert.equal(iconv.decode(bytes, d.name), iconv.decode(bytes, "iso-8859-15"), JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("switchedLanguageRival: the rival with the lowest switched head-to-head under `needed`, else null", () => {
  const adv: Record<string, number> = { b: 12, c: 3, d: -1 };
  const pick = (rs: string[], needed: number) => switchedLanguageRival(rs, "a", needed, (_x, y) => adv[y]);
  assert.deepEqual(pick(["a", "b", "c", "d"], 8), { rival: "d", margin: -1 });
  assert.deepEqual(pick(["a", "b", "c"], 8), { rival: "c", margin: 3 });
  assert.equal(pick(["a", "b"], 8), null);
  assert.equal(pick(["a", "b", "c"], 2), null);
});
