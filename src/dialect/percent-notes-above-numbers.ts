// Whether `%` notes of another width than the table sit above a headerless grid of numbers (MRPT's data files).
import type { Dialect } from "../types.js";
import { PERCENT } from "./percent-lead.js";
import { cellCount } from "./percent-note.js";
import { PLAIN_NUMBER } from "./number.js";

/**
 * True when the reading with `%` as the comment mark has no header and no preamble, the first line under the notes
 * (the last of `lines`, see percentNotes) is 2 plain numbers or more, and no note has that width once its mark is
 * dropped. why: MRPT writes `% Columns are: x(m) y(m) z(m) yaw(rad) pitch(rad) roll(rad)`, `% File generated with
 * …` and a `%-----` rule above 600 lines of 6 numbers; the first note was taken for a header of 9 names and every
 * record was `row-missing-cells`. Refused (the old reading kept): a note of the grid's width (`% x y z` above the
 * rows may name the columns: left to the other rules), a first line under the notes holding a word or one cell, a
 * marked reading with a header or a preamble of its own.
 */
export function notesAboveNumbers(lines: string[], marked: Dialect): boolean {
  if (marked.header || marked.comment !== PERCENT || marked.skipRows !== 0 || !marked.delimiter) return false;
  const first = lines[lines.length - 1].trim();
  const cells = marked.whitespace || marked.delimiter === " " ? first.split(/\s+/) : first.split(marked.delimiter);
  if (cells.length < 2 || !cells.every((c) => PLAIN_NUMBER.test(c.trim()))) return false;
  return lines.slice(0, -1).every((note) => {
    const text = note.trim().replace(/^%+/, "").trim();
    return text === "" || cellCount(text, marked) !== cells.length;
  });
}
