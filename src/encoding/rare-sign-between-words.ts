// What a rare sign standing alone between two lower-case words costs: a DOS page's one-letter word read in a windows page (cp865 Nynorsk `Byrjar å importera` read in windows-1252 as `Byrjar † importera`).

/**
 * The extra cost, what a rare sign glued to a word costs beyond its own (language.ts symbolScore). why: a rare sign (`†`,
 * `‡`, `‰`, `¦`) stands beside a name, a figure or a word it marks (`† 1890`, `Müller†`, `5 ‰`), not alone between two
 * lower-case words; there it is a one-letter word of another page: byte 86 is `å` in cp850, cp865 and cp437 (Norwegian
 * `å`, "to", before every infinitive) and `†` in every windows page, and a Nynorsk cp865 photo list whose only accent was
 * that word was read windows-1252 on the page's prior.
 */
export const RARE_SIGN_BETWEEN_WORDS = -7;

const SPACE = 0x20;

/** Whether text[i] is a lower-case letter (`lower`, the caller's test) ending or opening a word of two letters or more. */
function wordEdge(text: string, i: number, step: number, lower: (c: number) => boolean): boolean {
  return i >= 0 && i < text.length && lower(text.charCodeAt(i)) && i + step >= 0 && i + step < text.length && lower(text.charCodeAt(i + step));
}

/**
 * RARE_SIGN_BETWEEN_WORDS when text[i], a rare sign, stands between one space and a lower-case word on each side
 * (`vent † importera`); else 0. Refused (0): a sign by a figure or a capital (`† 1890`, `† Anna`), glued to a word
 * (`Müller†`, priced in symbolScore), at a line's edge, or with two spaces or none around it.
 */
export function rareSignBetweenWordsCost(text: string, i: number, lower: (c: number) => boolean): number {
  if (text.charCodeAt(i - 1) !== SPACE || text.charCodeAt(i + 1) !== SPACE) return 0;
  return wordEdge(text, i - 2, -1, lower) && wordEdge(text, i + 2, 1, lower) ? RARE_SIGN_BETWEEN_WORDS : 0;
}
