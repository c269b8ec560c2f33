// Row-names columns of R and pandas exports (a blank first header name, a header one name short of its rows, pandas' "Unnamed: 0").
import type { ParsedRecord } from "../types.js";

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
 * why unique labels: a blank first name above repeated or empty values is a missing name (header-blank).
 */
export function rowNamesColumn(names: string[], sample: ParsedRecord[]): RowNames | null {
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (names.length === 0 || recs.length === 0) return null;
  if (PANDAS_INDEX.test(names[0])) return { names, kind: "pandas", column: names[0] };
  const name = names.includes(ROW_NAMES) ? `${ROW_NAMES}.1` : ROW_NAMES;
  if (names[0].trim() === "") {
    return uniqueFirstCells(recs) ? { names: [name, ...names.slice(1)], kind: "blank", column: name } : null;
  }
  if (recs.every((r) => r.cells.length === names.length + 1) && uniqueFirstCells(recs)) {
    return { names: [name, ...names], kind: "short", column: name };
  }
  return null;
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
