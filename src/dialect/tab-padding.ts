// Cells padded with TABs around a delimiter of their own (`area;<TAB>default;<TAB>001`) are padded, not TAB-led text.

/**
 * True when, on 3 lines or more that hold the delimiter (not TAB, not a space), every cell after a delimiter starts
 * with a TAB on 9 lines in 10, and some cell is more than its TAB (`en_US_aaland<TAB>;<TAB>en_US`). The pipeline then
 * skips the padding around each cell, as for spaces (index.ts's paddedCells).
 * why: Unicode CLDR's test data align their `;` columns with TABs; read as text, every cell but the first kept a
 * leading TAB, reported as a formula-injection warning each (2,464 in one file), and numbers typed as text.
 * Refused: a TAB after some delimiters only (a cell that holds a TAB is text), a TAB or space delimiter (the TAB
 * is then the delimiter or a cell's text), fewer than 3 such lines.
 */
export function tabPadded(full: string, delimiter: string): boolean {
  if (delimiter === "\t" || delimiter === " " || delimiter === "") return false;
  const rows = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.includes(delimiter)).map((l) => l.split(delimiter));
  // why only rows with a cell after the first: a row of empty cells shows no padding
  const telling = rows.filter((r) => r.slice(1).some((c) => c !== ""));
  if (telling.length < 3 || !telling.some((r) => r.slice(1).some((c) => /^\t+\S/.test(c)))) return false;
  const padded = telling.filter((r) => r.slice(1).every((c) => c === "" || c.startsWith("\t"))).length;
  return padded >= telling.length * 0.9;
}
