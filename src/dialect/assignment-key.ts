// The first pair of a `key=value` list whose key is written as the keys below it is an entry, not a header.
import { GENERIC, shape } from "./body-like-row.js";
import { PLAIN_NUMBER } from "./number.js";

/** Pairs below the first row that are read (the same window as the header's other pair rules). */
const WINDOW = 20;

/**
 * The shapes of a key's words, once each, in order, the words cut at any mark (`Empty command.` and `Invalid command
 * usage.` both `Aa a`; `Mission_-_One.name` `Aa a`). why marks cut: a key is a phrase or a path, and its stops and
 * joins differ from key to key.
 */
function keyForm(key: string): string {
  return [...new Set(key.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== "").map(shape))].join(" ");
}

/**
 * True when the text is a list of `=` pairs (the first row of 2 cells, and 3 rows or more of 2 cells below it, 4 in 5
 * of the next 20 non-blank rows), the first key has the form of some key below (keyForm) and a length within theirs,
 * and neither cell of the first row is a generic column noun (`key`, `name`, `value`).
 * why: translation catalogs (Minetest's `.tr`: `White Wool=Vit ull` above `Grey Wool=Grå ull`), string tables
 * (`Basic_Training_-_Bazooka.name=…` above `….desc=…`) and settings lists (`payee=…` above `date=…`) lost their
 * first entry to the header: an all-text 2-column table ties, and a tie is read as names; but the names of an
 * assignment list's columns are not written as its keys are.
 * Refused (left to the other rules): a key of another form than every key below (`Alias = Command` above
 * `ls = list_files`), a generic noun in the first row (`name=value`), a word value in the first row above values
 * that are half plain numbers or more (`Fruit=Calories` above `Apple=52`: a column's name above its figures is the
 * header rules' own sign; `Timeout=10` above `Retries=5` stays an entry; audit wqa21 F5), another delimiter (a `,`
 * or TAB table has headers of words like its values; `:` holds times), rows of other widths, fewer than 3 pairs below.
 */
export function keyLikeKeys(rows: { cells: string[] }[], at: number, delimiter: string): boolean {
  const head = rows[at]?.cells.map((c) => c.trim());
  if (delimiter !== "=" || head === undefined || head.length !== 2 || head[0] === "") return false;
  if (head.some((c) => GENERIC.test(c))) return false;
  const lines = rows.slice(at + 1, at + 1 + WINDOW).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const keys = lines.filter((r) => r.cells.length === 2).map((r) => r.cells[0].trim()).filter((k) => k !== "");
  if (keys.length < 3 || keys.length < lines.length * 0.8) return false;
  const size = (s: string): number => [...s].length;
  const values = lines.filter((r) => r.cells.length === 2).map((r) => r.cells[1].trim());
  if (/\p{L}/u.test(head[1]) && values.filter((v) => PLAIN_NUMBER.test(v)).length * 2 >= values.length) return false;
  const sizes = keys.map(size);
  const n = size(head[0]);
  return n >= Math.min(...sizes) && n <= Math.max(...sizes) && keys.some((k) => keyForm(k) === keyForm(head[0]));
}
