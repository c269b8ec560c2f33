// A `key=value` record of a person or a place (`Name=Ann Lee` above `City=Berlin`): every key names a field, so the first pair is one of them.
import { GENERIC } from "./body-like-row.js";

/** Field names of a record about a person, a place or a connection, beside body-like-row.ts's GENERIC column nouns. */
const FIELD = /^(?:e-?mail|phone|tel(?:ephone)?|mobile|fax|age|born|birth_?date|address|street|zip|zip_?code|post_?code|postal_?code|town|province|company|organi[sz]ation|job|occupation|gender|sex|url|website|homepage|surname|forename|first_?name|last_?name|full_?name|nick_?name|user_?name|user|login|password|host|port|date|time|year|version|author|owner|email_?address)$/i;
/** Words a header writes above a list's values (`Field=Meaning`), not a value of a field. */
const HEADS = /^(?:meanings?|settings?|contents?|data|info|information|explanations?|defaults?|examples?|details?|purposes?|usage|remarks?|help|summary|docs?|documentation)$/i;

/**
 * True when the text's first row and every non-blank row below it (1 or more) are `=` pairs whose keys are all
 * distinct field names (`Name`, `City`, `Email`: GENERIC or FIELD), and the first value is no column noun: a record
 * written one field a line, whose first pair was read as the header and lost, silently. why every key: a header's
 * first name may be a field noun too (`Name=Description`), but the keys below it are then a list's entries, not more
 * fields. Refused: a first value that is a column noun or a header's word (`name=value`, `Field=Meaning`), any key
 * that names no field (`English=Deutsch` above `House=Haus`), a repeated key, another delimiter or width.
 */
export function fieldPairsEntry(rows: { cells: string[] }[], at: number, delimiter: string): boolean {
  if (delimiter !== "=") return false;
  const pairs = rows.slice(at).filter((r) => r.cells.some((c) => c.trim() !== "")).map((r) => r.cells.map((c) => c.trim()));
  if (pairs.length < 2 || pairs.some((p) => p.length !== 2 || p[0] === "")) return false;
  const keys = pairs.map((p) => p[0]);
  const first = pairs[0][1];
  if (first === "" || GENERIC.test(first) || HEADS.test(first)) return false;
  return new Set(keys.map((k) => k.toLowerCase())).size === keys.length && keys.every((k) => GENERIC.test(k) || FIELD.test(k));
}
