// Whether a first row's cell is a column's name by its length alone: longer or shorter than every value below it.

/**
 * True when the cell is longer or shorter than each of 5 values or more of its column (`alpha2` above `aa`, `ab`,
 * `af`: two-letter codes). why: a head cell that is one of the list's values (`English` in a list of languages) makes
 * a pair list's head look like one more pair; the name beside it, of no value's length, tells it is a header.
 * Refused: a cell within the values' lengths (`manco capac` beside a chain's names), fewer than 5 values.
 */
export function outsideValueLengths(cell: string, values: string[]): boolean {
  const lengths = values.filter((v) => v !== "").map((v) => [...v].length);
  if (lengths.length < 5 || cell === "") return false;
  const n = [...cell].length;
  return n < Math.min(...lengths) || n > Math.max(...lengths);
}
