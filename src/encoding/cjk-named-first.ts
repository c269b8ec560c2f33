// A close single-byte answer that jschardet left unchallenged also names the CJK readings our score puts far ahead of it.

/**
 * The CJK readings of `cjk` (best first) whose score leads `singleBest`, the best single-byte score, by `lead` nats or
 * more. why: where jschardet sees no CJK (EUC-JP with JIS X 0212 kanji, `龖龖龖`, stops its prober), a close single-byte
 * answer named only its single-byte rivals: EUC-JP table names (`ｱｱｱ`, `あああ`) were answered x-mac-cyrillic, warned
 * naming ISO-8859-7, with EUC-JP 1,100 nats ahead and unnamed. Refused: CJK readings under `lead` ahead (a few
 * hanzi a Greek or Thai value also decodes to; legacy.ts passes CJK_OUTVOTED, 100), and legacy.ts names
 * them after the closest single-byte rival, which keeps the first place and the example: hunspell's Scottish Gaelic `TRY`
 * alphabet (`àèìòù…`), read windows-1250, lost its windows-1252 hint to euc-jp, gb18030, euc-kr in a first version that named them first.
 */
export function cjkFarAhead<R extends { name: string; score: number }>(cjk: R[], singleBest: number, lead: number): R[] {
  return cjk.filter((r) => r.score - singleBest >= lead);
}
