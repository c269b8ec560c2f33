// Whether the first pair of a two-column key list (settings: `NAME 04D3gx` above `RA 215.05`, `FIELD D3`) is one more pair.
import { PLAIN_NUMBER } from "./number.js";

/** Words that name a settings list's columns (`parameter default`, `option setting`), beside the column nouns. */
const SETTING_NAME = /^(?:param(?:eter)?s?|settings?|options?|propert(?:y|ies)|attributes?|defaults?|variables?|vars?|keywords?|keys?|values?|names?)$/i;

/** How a cell is written: a number, a code (letters and digits), a word in capitals, lower case, title case, or other. */
function form(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return "number";
  if (/^[A-Za-z_]*\d[A-Za-z0-9_]*$/.test(cell) && /[A-Za-z]/.test(cell)) return "code";
  if (/^[A-Z][A-Z_]*$/.test(cell)) return "upper";
  if (/^[a-z][a-z_]*$/.test(cell)) return "lower";
  if (/^[A-Z][a-z_]+$/.test(cell)) return "title";
  return "other";
}

/** The form most keys are written in, when half of them or more share it. */
function keysForm(keys: string[]): string | null {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(form(k), (counts.get(form(k)) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return n * 2 >= keys.length ? best : null;
}

/**
 * Whether a first pair is written unlike two column names: its value a code (`SN2031ab`), or one of the two in capitals
 * and the other not (`hdu OBJECTS`). why: two names are written alike (`player,score`, `Sensor,Reading`, `PIN,MODE`),
 * and a table whose value column mixes numbers and status words (`12`, `dnf`) is as mixed as a settings list.
 */
function pairWrittenUnlikeNames(keyForm: string, valueForm: string): boolean {
  return valueForm === "code" || (keyForm === "upper") !== (valueForm === "upper");
}

/**
 * True when a two-column list reads as settings and its first pair is written as the pairs below: every key distinct
 * (the first too), the values of several kinds (numbers and words: each key has its own type, where a named column
 * holds one), the first key in the form most keys are written in (`NAME` among `RA`, `FIELD`; `hdu` among
 * `clumpshdu`), and the first value in the form of some value below (`04D3gx` like `D3`, `OBJECTS` like `CLUMPS`).
 * why: read as names, a settings file's first setting is lost with no word. What it refuses (the header kept): a
 * value cell that is a column noun or a setting's name (`KEY VALUE`, `parameter default`), a first key that is one
 * beside a word (`name mode`), a column of numbers only or of words only (a table's column; IRAF's all-text ccddb
 * lists are left), or of codes of one length (hex colours `ffffff`, `000000`), a first key written unlike the keys
 * (`Parameter` above `hdu`), fewer than 4 pairs below, a first pair of two words in one case (`player,score` above
 * `bob,dnf`, `Sensor,Reading`: see pairWrittenUnlikeNames).
 */
export function keyValueListLikeBody(head: string[], columns: string[][]): boolean {
  // why a named first key only beside a code (`NAME 04D3gx`): `name default` names the two columns
  if (head.length !== 2 || columns[0].length < 4 || SETTING_NAME.test(head[1]) || (SETTING_NAME.test(head[0]) && !/\d/.test(head[1]))) return false;
  const [keys, values] = columns;
  if (keys.some((k) => k === "") || new Set([head[0], ...keys]).size !== keys.length + 1) return false;
  const numbers = values.filter((v) => PLAIN_NUMBER.test(v)).length;
  // why words of letters and lengths that differ: hex colours (`ffffff`, `000000`, `a0a0a0`) are one kind of code
  if (numbers === 0 || !values.some((v) => /^[A-Za-z_]+$/.test(v)) || new Set(values.map((v) => v.length)).size === 1) return false;
  const first = form(head[1]);
  if (!pairWrittenUnlikeNames(form(head[0]), first)) return false;
  return first !== "number" && first !== "other" && form(head[0]) === keysForm(keys) && values.some((v) => form(v) === first);
}
