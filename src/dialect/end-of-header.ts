// A line that says the header ends (`END OF HEADER`, GEOTRANS and RINEX files) closes the preamble above the records.

/** The marker, the whole line: `END OF HEADER`, `END_HEADER`, `ENDHEADER`, `EOH`, in any case, with `#` or `*` around. */
const MARKER = /^[#*\s]*(?:end[ _-]?(?:of[ _-]?)?header|eoh)[#*\s.]*$/i;

/** Farthest line the marker may stand on, as for any preamble. */
const MAX_LEAD = 30;

/** Fewest records under it. */
const MIN_RECORDS = 3;

/**
 * The index of the first row after a line that says the header ends, and after the blank and `#` lines right under
 * it, when the marker stands in the first 30 rows and the rows left (3 or more, `#` lines and blanks aside) are of one
 * width, 2 or more; 0 otherwise. why: GEOTRANS' `Lat_Lon.csv` writes `COORDINATES: Geodetic`, `DATUM: WGE`, `NO
 * HEIGHT`, `END OF HEADER` among `#` notes above `85, -60` rows; two unkeyed lines ended the preamble early, the first
 * line became a one-cell header and every record `row-extra-cells`. The file says where its header ends, and that
 * beats any guess. Refused: a marker with other text on its line (`END OF HEADER 12`, RINEX's padded label after
 * values), one below row 30, fewer than 3 rows under it, rows under it of several widths or of one cell.
 */
export function endOfHeader(rows: string[][]): number {
  const at = rows.slice(0, MAX_LEAD).findIndex((cells) => MARKER.test(cells.join(",")));
  if (at < 0) return 0;
  let k = at + 1;
  while (k < rows.length && (blank(rows[k]) || noted(rows[k]))) k++;
  const records = rows.slice(k).filter((cells) => !blank(cells) && !noted(cells));
  const width = records[0]?.length ?? 0;
  return records.length >= MIN_RECORDS && width >= 2 && records.every((cells) => cells.length === width) ? k : 0;
}

const blank = (cells: string[]): boolean => cells.every((c) => c.trim() === "");
const noted = (cells: string[]): boolean => (cells[0] ?? "").trimStart().startsWith("#");
