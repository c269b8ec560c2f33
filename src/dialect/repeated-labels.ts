// Whether a picked `:` ends the same labels on every line (`cs.js   Found: 118 Missing: 0`): blanks split the table.

/** Fewest labelled lines that show such a layout. */
const MIN_ROWS = 5;
/** Most lines above them that may lack it (a title, a notice). */
const MAX_LEAD = 2;
/** Fewest labels on a line: one repeated label may be a `key: value` list's one key. */
const MIN_LABELS = 2;

/** The labels of a line: the word before each `:`, when every `:` closes a word and a blank follows; else null. */
function labels(line: string): string[] | null {
  const parts = line.split(":");
  if (parts.length - 1 < MIN_LABELS) return null;
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) {
    const m = /(\S+)$/.exec(parts[i]);
    if (m === null || !/^[ \t]/.test(parts[i + 1])) return null;
    out.push(m[1]);
  }
  return out;
}

/**
 * True when every line but at most the first 2 (5 lines or more) holds 2 `:` or more, each closing a word and followed
 * by a blank, the same words in the same order on every line, and the lines split at runs of blanks into one width.
 * why: CKEditor's `_translationstatus.txt` (`cs.js      Found: 118 Missing: 0`) was read at `:`, each file name
 * glued to `Found` and each count to `Missing` (`118 Missing`), silently: the labels are words of the rows, the
 * blanks their delimiter. Refused: other words before the `:` from line to line (a `key: value` list), one `:` a line,
 * a `:` glued to what follows (`12:30`, `a:b`), more than 2 other lines, ragged widths at blanks, another pick.
 */
export function repeatedLabels(full: string, picked: string): boolean {
  if (picked !== ":") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  const first = lines.findIndex((l) => labels(l) !== null);
  if (first < 0 || first > MAX_LEAD) return false;
  const rows = lines.slice(first);
  if (rows.length < MIN_ROWS) return false;
  const key = labels(rows[0])!.join(":");
  if (!rows.every((l) => labels(l)?.join(":") === key)) return false;
  const widths = new Set(rows.map((l) => l.trim().split(/[ \t]+/).length));
  return widths.size === 1;
}
