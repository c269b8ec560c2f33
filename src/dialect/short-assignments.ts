// The first pair of a `key=value` list too short for keyLikeKeys (1 or 2 pairs below) is an entry when it cannot be names.
import { GENERIC } from "./body-like-row.js";
import { PLAIN_NUMBER } from "./number.js";
import { lazyRegExp } from "../lazy.js";

/**
 * Whether a cell could name a column: one or two words of letters (`Command`, `Alias`, `Calories`, `English name`),
 * joined by nothing but a blank, `_` or `-`. why: a column's name is short and plain; a phrase of three words or
 * more (`Boat cruise mode on`), a figure (`1.2`), a mark (`„Zoom“`, `@1`, `.`) or an empty value is a pair's text.
 */
const nameLike = (cell: string): boolean => /^\p{L}[\p{L}\p{M}_-]*(?: \p{L}[\p{L}\p{M}_-]*)?$/u.test(unitless(cell));
/**
 * The cell without a last bracketed part (`Description (unit)` → `Description`). why: a column's name carries its
 * unit so (`Variable=Description (unit)` above `T=temperature (K)`); as a third word it made the header an entry.
 */
const unitless = (cell: string): string => cell.replace(/\s*\([^()]*\)$/, "");

/**
 * A setting's value written as one token: a path (`/var/lib`, `~/data`), a host (`db.example.com`: a dot between
 * letter runs, no `/`; or `192.168.0.1`), either with a port (`localhost:8080`), or an address (`ann@example.org`).
 * why: a column's name above numbers is words (`Calories per 100 g`); a dotted host above `port = 5432` is the first
 * of two settings, and was lost to the header. Refused: a name with a unit (`Price/kg`, `g/mol`, `km/h`) or a figure
 * (`Pop.2020`) stays a name (wqa23 F2).
 */
const settingValue = (cell: string): boolean => PATH().test(cell) || HOST().test(cell) || ADDRESS().test(cell);
const PATH = lazyRegExp(String.raw`^(?:~|~?\/[\p{L}\d._-])[\p{L}\d._\/-]*$`, "u");
const HOST = lazyRegExp(String.raw`^(?:[\p{L}\d-]*\p{L}\.\p{L}[\p{L}\d.-]*|\d{1,3}(?:\.\d{1,3}){3}|[\p{L}\d.-]+(?=:\d))(?::\d{1,5})?$`, "u");
const ADDRESS = lazyRegExp(String.raw`^[\p{L}\d._+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$`, "u");

/**
 * True when the text's first row and the 1 or 2 rows below it (all of it, but blank lines) are `=` pairs of 2 cells
 * with keys, the first pair is not a generic noun pair (`name=value`, `key = Foo`) and one of its cells is no
 * name (nameLike): Minetest's 2- and 3-line catalogs (`Boat cruise mode on=Schneller Bootsmodus an`, `Boat=Boot`)
 * and their templates (`Boat cruise mode on=`) lost their first entry to the header, silently.
 * why short only: keyLikeKeys judges 3 pairs below or more by the form of the keys, which 1 or 2 keys cannot show.
 * Refused (header kept): a first pair of two names (`Alias = Command`, `Binoculars=Fernglas`: one word each side is
 * a header's shape as much as a pair's; a name may end in a bracket, `Description (unit)`), a generic noun in the
 * first row, a word value above values that are all plain numbers (`Fruit=Calories per 100 g` above `Apple=52`; not
 * a host or path, `host = db.example.com` above `port = 5432`),
 * another delimiter, rows of other widths, 3 pairs below or more (keyLikeKeys), a lone pair.
 */
export function shortAssignmentEntry(rows: { cells: string[] }[], at: number, delimiter: string): boolean {
  const head = rows[at]?.cells.map((c) => c.trim());
  if (delimiter !== "=" || head === undefined || head.length !== 2 || head[0] === "") return false;
  if (head.some((c) => GENERIC.test(c))) return false;
  const below = rows.slice(at + 1).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (below.length < 1 || below.length > 2 || below.some((r) => r.cells.length !== 2 || r.cells[0].trim() === "")) return false;
  const values = below.map((r) => r.cells[1].trim());
  if (/\p{L}/u.test(head[1]) && !settingValue(head[1]) && values.every((v) => PLAIN_NUMBER.test(v))) return false;
  return !nameLike(head[0]) || !nameLike(head[1]);
}
