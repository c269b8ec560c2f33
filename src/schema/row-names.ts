// Row-names columns of R and pandas exports (a blank first header name, a header one name short of its rows, pandas' "Unnamed: 0").
import type { ParsedRecord } from "../types.js";
import { restartingIndex } from "./restarting-index.js";

export type RowNamesKind = "blank" | "short" | "pandas";

export interface RowNames {
  /** The header with the row-names column named. */
  names: string[];
  kind: RowNamesKind;
  column: string;
}

/** The name given to an unnamed row-names column (R's own name for it). */
export const ROW_NAMES = "row.names";

const PANDAS_INDEX = /^Unnamed: 0(?:\.\d+)*$/;

/**
 * Recognises a row-names column from the header and a sample of records, or null.
 * - blank: R's write.csv and pandas' to_csv leave the first header cell empty above unique labels;
 * - short: R's write.table writes no name for them at all, so every record has one cell more than the header;
 * - pandas: a pandas index saved, read back and saved again is named "Unnamed: 0".
 * why unique labels: a blank first name above repeated or empty values is a missing name (header-blank); the one
 * repetition taken is pandas' index of joined frames (0, 1, 2, 0, 1, 2: restartingIndex).
 */
export function rowNamesColumn(names: string[], sample: ParsedRecord[], delimiter?: string): RowNames | null {
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (names.length === 0 || recs.length === 0) return null;
  if (PANDAS_INDEX.test(names[0])) return { names, kind: "pandas", column: names[0] };
  const name = names.includes(ROW_NAMES) ? `${ROW_NAMES}.1` : ROW_NAMES;
  if (names[0].trim() === "") {
    // why not above shorter records: there the blank name is a delimiter too many (header-blank)
    const labels = uniqueFirstCells(recs) || restartingIndex(recs.map((r) => r.cells[0] ?? ""));
    return labels && recs.every((r) => r.cells.length >= names.length) ? { names: [name, ...names.slice(1)], kind: "blank", column: name } : null;
  }
  if (recs.every((r) => r.cells.length === names.length + 1) && uniqueFirstCells(recs) && !lostDelimiterCell(recs) && labelLike(recs, delimiter)) {
    return { names: [name, ...names], kind: "short", column: name };
  }
  return null;
}

const NUMBER_OR_DATE = /^[-+]?[\d.,]+(?:[eE][-+]?\d+)?$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/**
 * Whether the cell too many in every record is another cause's: a last cell empty in every record (a trailing
 * delimiter: write.table writes `NA`, never "") or a column whose every unquoted cell starts with a blank (the tail
 * of a text cell split at an unquoted `, `: `Austin, TX`, `Smith, John`; R never writes a blank after its separator).
 * why: read as row names, every value moved under the wrong name and the row-extra-cells errors were hidden (wqa23 F1).
 */
function lostDelimiterCell(recs: ParsedRecord[]): boolean {
  if (recs.every((r) => r.cells[r.cells.length - 1] === "")) return true;
  const width = recs[0].cells.length;
  for (let i = 1; i < width; i++) if (recs.every((r) => r.quoted?.[i] !== true && /^\s/.test(r.cells[i]))) return true;
  return false;
}

/**
 * First cells that read as R row names: all quoted (write.table's default quote = TRUE), words, or R's default
 * names: 1, 2, 3 … or, for a subset of a frame (`df[df$x > 5, ]`) written with write.table's own TAB or space
 * separator, whole numbers rising with gaps (1, 51, 101).
 * why: a header short of a name above dates or amounts is more likely a lost delimiter; why not gaps under `,` or `;`:
 * bare rising numbers there are an id-sorted export's id column (order ids, keys), whose extra cell is a lost quote.
 */
function labelLike(recs: ParsedRecord[], delimiter: string | undefined): boolean {
  if (recs.every((r) => r.quoted?.[0] === true)) return true;
  if (recs.every((r) => !NUMBER_OR_DATE.test(r.cells[0]))) return true;
  if (recs.every((r, i) => r.cells[0] === String(i + 1))) return true;
  return (delimiter === "\t" || delimiter === " ") && risingRowNumbers(recs.map((r) => r.cells[0]));
}

const ROW_NUMBER = /^[1-9]\d{0,8}$/;

/**
 * Whole numbers without a sign, a leading zero or a decimal part, each larger than the one before (R keeps a
 * subset's row numbers in order). Refused: a number going down or repeated (a frame sorted by `order()`, or an id
 * column whose name was lost: those keep their errors), decimals and amounts.
 */
function risingRowNumbers(cells: string[]): boolean {
  let last = 0;
  for (const c of cells) {
    if (!ROW_NUMBER.test(c) || Number(c) <= last) return false;
    last = Number(c);
  }
  return true;
}

function uniqueFirstCells(recs: ParsedRecord[]): boolean {
  const seen = new Set<string>();
  for (const r of recs) {
    const v = r.cells[0] ?? "";
    if (v === "" || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}
