// Whether a first-row cell is the whole stem of variants below it (`Helvetica-Condensed` above `Helvetica-Condensed-Bold`).
import { unicodeOrAscii } from "../lazy.js";

/** Variants that must open with the cell: two make a family. */
const MIN_VARIANTS = 2;
/** Values needed below the cell. */
const MIN_VALUES = 3;
/** A mark, then a letter: how a variant goes on from its stem (`-Bold`, `_italic`, `.light`). */
const VARIANT_TAIL = unicodeOrAscii(String.raw`^[-_.]\p{L}`, "u");
const LETTER = unicodeOrAscii(String.raw`\p{L}`, "u");

/**
 * True when the cell, 4 characters or more with a letter and no blank, is the whole stem of 2 values or more below
 * it, each going on with `-`, `_` or `.` and a letter (`Helvetica-Condensed` above `Helvetica-Condensed-Bold`,
 * `Helvetica-Condensed-Oblique`: gle's `psfont.dat`, a headerless list of font codes and names): the family's first
 * member, a value, not the column's name. why a letter after the mark: a name goes on in numbers when it is the
 * values' stem (`gene` above `gene-1`, `gene-2`), which keeps the header; why 4 characters: a short name (`id`,
 * `x`) may open values by chance.
 */
export function stemOfVariants(cell: string, values: string[]): boolean {
  if (cell.length < 4 || /\s/.test(cell) || !LETTER.test(cell) || values.length < MIN_VALUES) return false;
  const variants = values.filter((v) => v.startsWith(cell) && VARIANT_TAIL.test(v.slice(cell.length))).length;
  return variants >= MIN_VARIANTS;
}
