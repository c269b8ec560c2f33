// Lines of one cell above a few records that are no header: a stack of title lines, or one `name value` setting line.
import { shape } from "./body-like-row.js";

/** The cells of a row that are not empty. */
const filled = (cells: string[]): string[] => cells.filter((c) => c !== "");

/**
 * A keyword and one number after spaces, a `:` or a `=` (`kappa 0.2347`, `max 4095`, `scale -1.5e3`, `scale:255`,
 * `n = 12`).
 */
const SETTING = /^[A-Za-z_][\w.-]*(?:\s+|\s*[:=]\s*)[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * True when the lead rows (those above the records) are two lines or more of one unquoted cell each, at least one of
 * them several words (`ARCI` / `QRP ARCI`, `HH` / `Holzhammer Besitzer` above `call;number` records), at most three, no
 * record below holds a space in its first cell, and no line opens with a word written like the records' first cells.
 * why a title block even above a few records, or when a line has as many words as the table has columns: one line of
 * one cell may be a header whose delimiters were lost (`DATE TIME Qty`), but the line read as the header would be the
 * first one, a title, and every record then had "row-extra-cells". why the phrase and the spaceless first cells: the
 * first records of a ragged list may lack their delimiter (`K1ABC` above `W2XYZ;2`), and those are data, not titles.
 */
export function titleStack(lead: string[][], leadQuoted: boolean[][], records: string[][]): boolean {
  if (lead.length < 2 || lead.length > MAX_TITLES || records.length < 3) return false;
  const single = lead.every((cells, i) => filled(cells).length === 1 && cells.length === 1 && leadQuoted[i]?.[0] !== true);
  if (!single || !lead.some((cells) => /\s/.test(cells[0])) || records.some((cells) => /\s/.test(cells[0] ?? ""))) return false;
  // why: a line opening with a word written like the records' first cells (`San Diego` above `Chicago;3`, `2024-01-01 5`
  // above `2024-01-03;4`) may be a record that lost its delimiter; dropped as a title it would be lost, only warned
  const firsts = new Set(records.map((cells) => shape(cells[0] ?? "")));
  // why: above records keyed by plain words (`alice,30,NY`) a short line (`Bob`) is as likely a record cut short
  if ([...firsts].every((f) => /^[Aao]+$/.test(f))) return false;
  return !lead.some((cells) => firsts.has(shape(cells[0].trim().split(/\s+/)[0])));
}

/** The most lines a title block above a few records holds (a name, a subtitle, a date). */
const MAX_TITLES = 3;

/**
 * True when the cells are one line that sets a named number (`kappa 0.23470000` above TAB records of 4 cells).
 * why a preamble above a few records: a header names its columns with words; a number after a keyword is a value,
 * and the line read as a header of one name made every record one of "row-extra-cells".
 * why the caller still wants a word count other than the table's width: `year 2024` above two columns may be names.
 */
export function settingLine(cells: string[]): boolean {
  const f = filled(cells);
  return f.length === 1 && cells.length === 1 && SETTING.test(f[0].trim());
}
