// Several tables stacked in one file, each under its own `#` header line (`#hg19<TAB>Chr<TAB>Accession.ver<TAB>gi`).
import type { ParsedRecord } from "../types.js";

export interface StackedTables {
  /** Line numbers of the section header lines after the first (the file's own header). */
  lines: number[];
  /** Cells of the widest header line (the first or a section's): no table of the file is wider. */
  width: number;
}

/** A name of a header line: text, not a number (a number repeats in any data). */
const NAME = /[A-Za-z]/;

/**
 * The names of a marked header line after its first cell (the table's own label: `#hg19`). why split at two spaces
 * too: a section's header line may be aligned with spaces where the others use TABs (`#ce4<TAB>Chr    Accession.ver`).
 */
const piecesOf = (cells: string[]): string[] => cells.slice(1).flatMap((c) => c.split(/ {2,}/)).map((c) => c.trim());
const namesOf = (cells: string[]): Set<string> => new Set(piecesOf(cells).filter((c) => NAME.test(c)));

/**
 * The width of a header line: its label cell and its names as namesOf splits them. why not its TAB cells: a
 * space-aligned line (`#galGal6<TAB>Chr    Accession.ver   gi`) is 2 TAB cells over rows of as many as it has names.
 */
const widthOf = (cells: string[]): number => Math.max(cells.length, 1 + piecesOf(cells).filter((c) => c !== "").length);

/**
 * Recognises stacked tables from the header and a sample of records, or null: the header's first cell starts with
 * `#`, and two records or more below it do too, each repeating a name of the header or of an earlier such line
 * after its first cell (`Chr`, `Accession.ver`), and they stand apart (rows between them). why: chip-seq's
 * `chr_NC_gi` holds 52 genome tables of 2 to 6 columns so; read as one table under the first header, almost every
 * row was an error. A `#` record repeating no name (`#3,gamma`) is data; a word repeated as a value (`#tag,name`
 * over `#ml,name`) counts too, which is why the lines must also have rows between them.
 */
export function stackedTables(first: string[] | null, sample: ParsedRecord[]): StackedTables | null {
  if (!first || first.length < 2 || !first[0].startsWith("#")) return null;
  const seen = namesOf(first);
  if (seen.size === 0) return null;
  const lines: number[] = [];
  let since = 0, width = widthOf(first);
  for (const r of sample) {
    if (r.skipped || r.cells.every((c) => c.trim() === "")) continue;
    const names = namesOf(r.cells);
    if (r.cells[0].startsWith("#") && r.cells.length >= 2 && [...names].some((n) => seen.has(n))) {
      if (since === 0) return null;
      for (const n of names) seen.add(n);
      lines.push(r.line);
      width = Math.max(width, widthOf(r.cells));
      since = 0;
    } else since++;
  }
  return lines.length >= 2 && since > 0 ? { lines, width } : null;
}
