// jschardet's CJK pick, outvoted by far on our own score: the reading our score prefers is named in a warning.

/**
 * Nats by which our score must prefer another clean CJK reading to jschardet's pick for the pick to be warned. why so many:
 * on short text our score and jschardet often differ by a few characters' worth (CJK_UNCERTAIN_MARGIN, 20); a lead of 100
 * is dozens of characters our score reads as common text and the pick as rare ones.
 */
export const CJK_OUTVOTED = 100;

/**
 * How many times our score's cost of the pick must exceed the other reading's as well. why: our score is coarse (a common
 * hangul and a common kanji cost alike), so on a long Korean text EUC-JP gains 100 nats by chance (euc_kr.txt: 1,643 against
 * 1,430, 1.15 times); kana read as rare kanji cost twice and more (EUC-JP `あああ` as Shift_JIS: 1,241 against 875, 1.42).
 */
export const CJK_OUTVOTED_RATIO = 1.3;

/**
 * The clean CJK reading (best first) that decodes the evidence to another text and that our score puts CJK_OUTVOTED nats or
 * more ahead of jschardet's pick `name`; else null. why: cjkRival trusts jschardet's odds over any lead of ours, so EUC-JP
 * table names in hiragana and half-width katakana (`あああ`, `ｱｱｱ`; MariaDB's jp tests), 366 nats ahead in EUC-JP, were
 * answered Shift_JIS (`､｢､｢､｢`) silently. Refused: a lead under CJK_OUTVOTED or under CJK_OUTVOTED_RATIO times
 * the reading's cost, and readings of the same text.
 */
export function outvotingReading<R extends { name: string; text: string; score: number }>(name: string, cjk: R[]): R | null {
  const mine = cjk.find((r) => r.name === name);
  if (mine === undefined) return null;
  return cjk.find((r) => r.text !== mine.text && r.score - mine.score >= CJK_OUTVOTED && mine.score <= CJK_OUTVOTED_RATIO * r.score) ?? null;
}
