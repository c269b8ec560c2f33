// cjk-outvoted.ts and cjk-named-first.ts: a CJK reading our score puts far ahead is named in a warning, whether jschardet picked another CJK page or none.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { outvotingReading } from "../../src/encoding/cjk-outvoted.js";
import { chunked } from "./helpers.js";

// why written here: table names in half-width katakana, hiragana and JIS X 0212 kanji, as MariaDB's jp tests name tables
const NAMES = [..."ｱｲｳｴｵあいうえお龖龗龞龡龢"].map((c) => c.repeat(3));
const COLUMNS = [..."ｶｷｸｹｺかきくけこ丂丄丅丌丒"].map((c) => c.repeat(3));
const CREATE = NAMES.map((n, i) => `CREATE TABLE \`${n}\`(\`${COLUMNS[i]}\` char(1)) DEFAULT CHARSET = ucs2;\n`).join("");
const ORDER = [0, 5, 10, 1, 6, 11, 2, 7, 12, 3, 8, 13, 4, 9, 14];
const TABLES = "table;column\n" + ORDER.map((i) => `${NAMES[i]};${COLUMNS[i]}\n`).join("");
const KOREAN = "◎ 파이썬은 배우기 쉽고 강력한 프로그래밍 언어입니다. 파이썬은 효율적인 고수준 데이터 구조와 간단하지만 효율적인 객체지향프로그래밍을 지원합니다. 파이썬의 우아한 문법과 동적 타이핑, 그리고 인터프리팅 환경은 파이썬을 스크립팅과 여러 분야에서와 대부분의 플랫폼에서의 빠른 애플리케이션 개발을 할 수 있는 이상적인 언어로 만들어줍니다.\n";

test("outvotingReading: 100 nats and 1.3 times the cost; not a smaller lead, not the same text", () => {
  const r = (name: string, text: string, score: number) => ({ name, text, score });
  assert.equal(outvotingReading("shift_jis", [r("euc-jp", "a", -875), r("shift_jis", "b", -1241)])?.name, "euc-jp");
  assert.equal(outvotingReading("euc-kr", [r("euc-jp", "a", -1430), r("euc-kr", "b", -1643)]), null);
  assert.equal(outvotingReading("big5", [r("gb18030", "a", -100), r("big5", "b", -180)]), null);
  assert.equal(outvotingReading("gbk", [r("gb18030", "a", -100), r("gbk", "a", -300)]), null);
});

test("EUC-JP half-width katakana and hiragana table names: jschardet's Shift_JIS is warned naming EUC-JP", async () => {
  // why: on main Shift_JIS (`竺竺竺`, `､｢､｢､｢`) stood at 0.64, silently
  const d = (await sniffEncoding(chunked(iconv.encode(CREATE, "euc-jp")))).decision;
  assert.ok(d.name === "euc-jp" || (d.uncertain && d.alternatives?.[0] === "euc-jp"), JSON.stringify(d));
});

test("EUC-JP table names jschardet reads as no CJK: the close single-byte answer names EUC-JP too", async () => {
  // why: on main x-mac-cyrillic was warned naming ISO-8859-7 only, EUC-JP 1,100 nats ahead and unnamed
  const d = (await sniffEncoding(chunked(iconv.encode(TABLES, "euc-jp")))).decision;
  assert.ok(d.name === "euc-jp" || (d.uncertain && (d.alternatives ?? []).includes("euc-jp")), JSON.stringify(d));
});

test("EUC-KR prose where EUC-JP scores a little better: euc-kr, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(iconv.encode(KOREAN, "euc-kr")))).decision;
  assert.equal(d.name, "euc-kr");
  assert.equal(d.uncertain, false);
});
