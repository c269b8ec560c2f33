// A low quotation mark written twice in a row (`‚‚n`, `„„`): no text doubles it; it is a DOS or Mac page's letter read in windows-1252 (cp850 `één`).

/** What each low quotation mark of such a pair costs more: what a rare sign glued to a word costs (language.ts symbolScore). */
export const DOUBLED_LOW_QUOTE = -7;

/**
 * DOUBLED_LOW_QUOTE when `text[i]` is `‚` or `„` and a neighbour is the same mark, else 0. why: cp850 and cp437 write
 * `é` as 82, which windows-1252 reads `‚`; Dutch `één` became `‚‚n`, two quotes and a one-letter word that cost less
 * than the word in a letter table that holds few `é`, and the file was answered windows-1252. A quote opens a quotation
 * once; `,,` typed for `„` is two ASCII commas. Refused: one mark (`‚Wort‘`, `„Haus“`), other doubled signs (`»»`, `¡¡`).
 */
export function doubledLowQuoteCost(text: string, i: number): number {
  const c = text[i];
  if (c !== "‚" && c !== "„") return 0;
  return text[i - 1] === c || text[i + 1] === c ? DOUBLED_LOW_QUOTE : 0;
}
