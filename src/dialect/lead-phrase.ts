// A first-row cell of a phrase whose opening words open the values of its column (`information applies to …`): one more value.

/** The words of a cell, split at blanks. */
const wordsOf = (cell: string): string[] => cell.trim().split(/\s+/);

/**
 * True when the cell is a phrase of 3 words or more and its first 2 words open 9 in 10 of 5 values or more below,
 * each of 3 words or more (`information applies to the attribute class` above `information applies to the dataset`):
 * a description column written from one formula, whose first row is one more description. why 2 words and 3: a
 * column's name is a word or two (`Description`, `Scope text`), and a name that opens like its values
 * (`Description of scope` above `Description of …`) is rare beside a list of definitions written from a formula.
 */
export function leadPhraseLikeBody(cell: string, values: string[]): boolean {
  const head = wordsOf(cell);
  if (head.length < 3 || values.length < 5) return false;
  const lead = head.slice(0, 2).join(" ");
  const alike = values.filter((v) => { const w = wordsOf(v); return w.length >= 3 && w.slice(0, 2).join(" ") === lead; }).length;
  return alike >= values.length * 0.9;
}
