// A delimiter found only inside the first TAB field of every line (`>READ_7:1:1:112:735<TAB>GTGG…<TAB>NM`): TABs split the table.

/**
 * The mark that joins the parts of a name here: `:` (`7:1:1:112:735`, `chr1:100`). why not `|`: a `|` table may end in a
 * TAB-joined tail (CleverCSV's human label reads Blast2lca's `ECSKW3110|AC_000091|595348|415<TAB>…<TAB>10` at `|`).
 */
const JOINING = ":";

/**
 * True when every line (the first 1,000 non-blank ones, 3 or more) holds 2 TABs or more and the picked delimiter, and
 * the picked delimiter stands only before the first TAB: it joins the parts of the first field (Illumina read names
 * `>CMLIVERKIDNEY_7:1:1:112:735` in ShortRead's ELAND output), and the TABs split the table, though its rows differ
 * in width (ELAND writes 6 fields for an unmatched read, 12 for a match: why the consistency score preferred `:`).
 * Refused: a line without TABs or with one only, the pick after a TAB on some line (the TABs may then be text inside
 * a field of a `:` table), any other mark (`|`, `,`, `;`, blanks).
 */
export function insideFirstTabField(full: string, picked: string): boolean {
  if (picked !== JOINING) return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < 3) return false;
  return lines.every((l) => {
    const tab = l.indexOf("\t");
    return tab > 0 && l.indexOf("\t", tab + 1) > 0 && l.indexOf(picked) >= 0 && l.indexOf(picked) < tab && !l.includes(picked, tab);
  });
}
