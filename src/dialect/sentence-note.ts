// A `# ` line that is a sentence (`# R=0.7 is assumed`): a note, however its words split to the table's width.

/** Forms of `to be`: a sentence's verb, never a column's name. */
const COPULA = /^(?:is|are|was|were)$/i;

/**
 * True when the marked line is the mark, a blank, then 3 words or more, one of them past the first a form of `to be`
 * (`# R=0.7 is assumed` above rows of 4 numbers): a sentence, not a commented header. why: split at blanks its words
 * had the rows' width, so the line fitted the table and was read as its header (`#`, `R=0.7`, `is`, `assumed`), the
 * numbers under names, silently. Refused: a line glued to the mark (`#is valid`: a commented-out row), fewer than 3
 * words, `is` as the first word (a name such as `# is_set` or `# is x y`), names only (`# x y z`).
 */
export function sentenceNote(c: string, text: string): boolean {
  if (!text.startsWith(c + " ")) return false;
  const words = text.slice(c.length).trim().split(/\s+/);
  return words.length >= 3 && words.slice(1).some((w) => COPULA.test(w));
}
