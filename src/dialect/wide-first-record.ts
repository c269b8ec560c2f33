// A first row wider than every row below it, its leading cells written as their values: a record, not a header.
import { GENERIC, likeValues } from "./body-like-row.js";

/**
 * True when 3 rows or more follow the head, none as wide as it, and each of the head's first cells (as many as the
 * narrowest row below holds, 2 or more) is filled, no column noun (`code`, `name`), of a shape and a length of its
 * column's values below (likeValues), one of them holding a digit. why: with no row of its width below, the head had
 * nothing to be told apart from and was taken for names; gcal's copy of tz `zone.tab` opens with a record carrying
 * one extra TAB (`DE<TAB>+5158+00738<TAB>Europe/Muenster<TAB><TAB>Capital of Westphalia`), and lost it to the header.
 * why a digit: names are written in words as a text column's values are (`Name,Town,Notes` above `Ann,Paris`), but a
 * name is no code of digits shaped like the ones below (`+5158+00738` above `+4230+00131`). Refused: a head led by `#`, a row below
 * as wide as the head, fewer than 3 rows, rows of one cell, a blank or unlike leading cell, leading cells without digits.
 */
export function wideFirstRecord(head: string[], below: string[][]): boolean {
  const rows = below.filter((r) => r.some((c) => c !== ""));
  if (rows.length < 3 || rows.some((r) => r.length >= head.length)) return false;
  const m = Math.min(...rows.map((r) => r.length));
  const lead = head.slice(0, m);
  // why not `#`-led: `#hg19<TAB>Chr<TAB>…` is a commented header line, the first of stacked tables' (stacked-tables.ts)
  if (m < 2 || head[0].startsWith("#") || !lead.some((c) => /\d/.test(c))) return false;
  return lead.every((cell, c) => cell !== "" && !GENERIC.test(cell) && likeValues(cell, rows.map((r) => r[c])));
}
