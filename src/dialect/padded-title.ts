// A spreadsheet's title row padded to the table's width, a code or two beside it (`CMOR Table LImon: Monthly …,,,,,LImon,mon,,,`).

/** The fewest columns of a table whose title row is read so: a title and two codes fill a third of 6 cells or more. */
const MIN_WIDTH = 6;

/**
 * Whether the row is a title padded to the table's width: as wide as the table, its first cell a title of three words
 * or more holding a letter, 2 filled cells or more (one is preambleLike's padded title already), at most a third of
 * them filled, and every filled cell after the first a single word (a code, a date: `LImon`, `mon`, `2019`).
 * why: an Excel export's title row holds the table's code and frequency beside its title (`CMOR Table LImon: Monthly
 * Mean Land Cryosphere Fields,,,,,LImon,mon,,,…` above a note, 12 blank rows and the 23 names); read as the header,
 * it had 20 blank names and the true header was a record. The caller keeps a preamble only when a header or
 * metadata follows, so a sparse header above records stays the header. Refused: a row of another width, a first cell
 * blank (group titles) or of one or two words (`Omon,,,,,,mon,,`), a phrase in a later cell, more than a third filled,
 * and a row whose next row (`below`) fills two cells or more, all under its own filled cells (see standsOver).
 */
export function paddedTitle(cells: string[], width: number, below: string[] = []): boolean {
  if (width < MIN_WIDTH || cells.length !== width || standsOver(cells, below)) return false;
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  if (filled.length < 2 || filled.length * 3 > width) return false;
  const title = cells[0].trim();
  return title.split(/\s+/).length >= 3 && /\p{L}/u.test(title) && filled.slice(1).every((c) => !/\s/.test(c));
}

/**
 * Whether the row's filled cells stand over every filled cell of the row below (two or more): a sparse spreadsheet
 * header with spacer columns (`Country or area,,,Capital,,,Continent,,` over `France,,,Paris,,,Europe,,`) names
 * exactly the columns its records fill. why: read as a title, the header was a preamble and the first record the
 * header (one record lost). A title's codes stand over nothing in particular (CMOR's `LImon`, `mon` above a note of
 * one cell, then the 23 names).
 */
function standsOver(cells: string[], below: string[]): boolean {
  const under = below.flatMap((c, i) => (c.trim() !== "" ? [i] : []));
  return under.length >= 2 && under.every((i) => (cells[i] ?? "").trim() !== "");
}
