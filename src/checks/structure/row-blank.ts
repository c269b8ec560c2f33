// row-blank: a record whose every cell is empty (an empty line is such a record).
import type { DefectDraft, ParsedRecord } from "../../types.js";
import { LineRecord } from "../../parse/line-record.js";

export const rowBlankMeta = {
  id: "row-blank",
  description: "a record has at least one non-empty cell",
  codes: ["row-blank"] as const,
};

/** True when every cell is empty and none was quoted (a quoted "" is a value). */
export function isBlank(rec: ParsedRecord): boolean {
  if (rec instanceof LineRecord) {
    // why anyQuoted: reading a LineRecord's `quoted` makes its flags
    if (rec.anyQuoted()) return false;
    // why the ranges: reading `cells` would make every cell's string
    const at = rec.at;
    if (rec.width === 1) return blanksOnly(rec.text, at[rec.base], at[rec.base + 1]);
    for (let k = rec.base, e = k + 2 * rec.width; k < e; k += 2) if (at[k] !== at[k + 1]) return false;
    return true;
  }
  if (rec.quoted !== null) return false;
  const cells = rec.cells;
  if (cells.length === 1) return blanksOnly(cells[0], 0, cells[0].length);
  for (let i = 0; i < cells.length; i++) if (cells[i].length !== 0) return false;
  return true;
}

/**
 * True when text[from, to) holds spaces and tabs only (or nothing). why a lone cell of blanks is blank: a line of
 * spaces closing a `:`-delimited list (`NME:HH33 NME:3HH3` then `   `) is an empty line to the eye and to readers
 * that strip lines; read as a record of one cell it was a row-missing-cells error.
 */
function blanksOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// why the pipeline, not onRow, reports it: a blank record gets row-blank alone, so the other checks never see it
export function blankDefect(rec: ParsedRecord, row: number): DefectDraft {
  return { code: "row-blank", row, line: rec.line, byteOffset: rec.byteOffset, column: null, columnIndex: null, value: null };
}
