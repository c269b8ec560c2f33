// Kana in a GB18030 reading: the same bytes are kana in EUC-JP, and a text that writes kana is Japanese.

/** Kana (hiragana and katakana, U+3041–U+30FA) a GB18030 reading must hold to count as Japanese. */
export const KANA_MIN = 5;
/** Share of its CJK characters (kana and hanzi) the kana must make up. */
export const KANA_SHARE = 0.05;

const KANA = /[\u3041-\u30fa]/g;
const CJK_CHAR = /[\u3041-\u30fa\u4e00-\u9fff]/g;

/**
 * The EUC-JP reading to answer instead of jschardet's GB18030 pick `name`, when the GB18030 text holds KANA_MIN kana or
 * more, KANA_SHARE of its CJK characters or more, and EUC-JP decodes the same bytes to other text without a single
 * invalid sequence; else null. why: GB2312 keeps the JIS kana rows (0xA4, 0xA5) where EUC-JP has them, so EUC-JP text
 * reads as kana among other hanzi in GB18030; on a short file jschardet's odds are thin and our score cannot tell
 * common kanji from common hanzi (t-code's `order.txt`, katakana and radicals in EUC-JP, was answered GB18030,
 * silently). Chinese text writes kana seldom and few. Refused: another pick, kana under either bound, an EUC-JP
 * reading missing or holding U+FFFD (GBK-only bytes), or the same text.
 */
export function kanaOverGb<R extends { name: string; text: string }>(name: string, cjk: R[]): R | null {
  if (name !== "gb18030") return null;
  const gb = cjk.find((r) => r.name === "gb18030");
  const jp = cjk.find((r) => r.name === "euc-jp");
  if (gb === undefined || jp === undefined || jp.text === gb.text || jp.text.includes("\ufffd")) return null;
  const kana = gb.text.match(KANA)?.length ?? 0;
  const chars = gb.text.match(CJK_CHAR)?.length ?? 0;
  return kana >= KANA_MIN && kana >= KANA_SHARE * chars ? jp : null;
}
