// kana-over-gb.ts: kana in jschardet's GB18030 reading of a short CJK file make EUC-JP the answer, warned naming GB18030.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { kanaOverGb } from "../../src/encoding/kana-over-gb.js";
import { chunked, fixture } from "./helpers.js";

const r = (name: string, text: string) => ({ name, text });
const GB_KANA = "ケコ厂广ナヌ囗廴ホマ攵聿";

test("kanaOverGb: 5 kana or more, 5 % of the CJK characters, a clean other EUC-JP text", () => {
  assert.equal(kanaOverGb("gb18030", [r("gb18030", GB_KANA), r("euc-jp", "ケコ厂广ナヌ囗廴ホマ攵聿x")])?.name, "euc-jp");
});

test("kanaOverGb refuses: another pick, 4 kana, kana under 5 %, EUC-JP with U+FFFD or missing, the same text", () => {
  const jp = r("euc-jp", "其他");
  assert.equal(kanaOverGb("big5", [r("gb18030", GB_KANA), jp]), null);
  assert.equal(kanaOverGb("gb18030", [r("gb18030", "ケコナヌ厂广囗廴"), jp]), null);
  assert.equal(kanaOverGb("gb18030", [r("gb18030", "ケコナヌホ" + "中".repeat(100)), jp]), null);
  assert.equal(kanaOverGb("gb18030", [r("gb18030", GB_KANA), r("euc-jp", "其\ufffd")]), null);
  assert.equal(kanaOverGb("gb18030", [r("gb18030", GB_KANA)]), null);
  assert.equal(kanaOverGb("gb18030", [r("gb18030", GB_KANA), r("euc-jp", GB_KANA)]), null);
});

test("EUC-JP katakana beside radicals: euc-jp, warned naming GB18030 (main: gb18030 silently)", async () => {
  const d = (await sniffEncoding(chunked(fixture("euc-jp-katakana-beside-radicals.tsv")))).decision;
  assert.equal(d.name, "euc-jp", JSON.stringify(d));
  assert.equal(d.uncertain, true);
  assert.ok((d.alternatives ?? [d.alternative]).includes("gb18030"), JSON.stringify(d));
});

test("GB18030 Chinese with one katakana name among 122 hanzi: gb18030 stands (kana under 5 %, near miss)", async () => {
  // why these rows: EUC-JP decodes their bytes cleanly too, so only the kana share refuses
  const rows = ["东京\t日本首都 片假名写作トウキョウ", "北京\t中国首都 历史文化名城", "上海\t中国最大的城市 国际金融中心", "广州\t华南的中心城市 对外贸易港口", "深圳\t经济特区 科技创新城市", "南京\t江苏省会 六朝古都", "杭州\t浙江省会 西湖风景名胜", "成都\t四川省会 天府之国", "武汉\t湖北省会 九省通衢", "西安\t陕西省会 十三朝古都"];
  const bytes = iconv.encode("名称\t说明\n" + rows.join("\n") + "\n", "gb18030");
  assert.ok(!new TextDecoder("euc-jp").decode(bytes).includes("\ufffd"));
  const d = (await sniffEncoding(chunked(bytes))).decision;
  assert.equal(d.name, "gb18030", JSON.stringify(d));
});
