// Lines of leading values then free text (`3187.743    HeI`, `AF AO Angola`): columns by position, not one column.
import { cutColumns, fixedColumns } from "./columns.js";
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** Fewest lines that make such a list (fewer: the positions may line up by chance). */
const MIN_LINES = 5;

/**
 * The column starts of a text read as one column (its last field holds single spaces, so no delimiter reads every
 * line at one width) when every line is one or more leading values cut at fixed positions, then that text: each
 * leading cell filled and without spaces, padded by two blanks or more on half the lines or else a number or a code
 * without lower-case letters (`AF`, `B12`); and the text holds a space on some line. Else null. why: read as one
 * column, a line list's wavelengths and a name list's codes are lost in the text, silently.
 */
export function valuesThenText(text: string): number[] | null {
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES || lines.some((l) => l.includes("\t"))) return null;
  const starts = fixedColumns(lines, true);
  if (starts === null) return null;
  const last = starts.length - 1;
  const cuts = lines.map((l) => cutColumns(l, starts));
  const lead = (c: string[] | null): c is string[] => c !== null && c.length > last && c.slice(0, last).every((v) => v !== "" && !/\s/.test(v));
  if (!cuts.every(lead)) return null;
  const leading = cuts.flatMap((c) => c.slice(0, last));
  const padded = starts.slice(1).every((p) => lines.filter((l) => l.slice(p - 2, p) === "  ").length * 2 >= lines.length);
  if (!padded && leading.some((v) => /\p{Ll}/u.test(v) && !NUMBER.test(v))) return null;
  // why: where the text starts with a code on nearly every line (`A Salta`, `ACT Australian Capital Territory`), the
  // leading values go on past the last fixed position, at varying widths: cut there, a code would be glued to its name
  const coded = cuts.filter((c) => !/\p{Ll}/u.test(c[last].split(" ")[0])).length >= lines.length * 0.9;
  return !coded && cuts.some((c) => / /.test(c[last])) ? starts : null;
}

