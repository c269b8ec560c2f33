// A one-column list's head holding a backslash escape (`_\$\$ND_FUNC\$\$_`, `'\.\s.*`): a pattern, so an entry, not a name.
/** A backslash before punctuation or a pattern's class letter (`\$`, `\.`, `\(`, `\s`, `\b`, `\d`, `\w`). */
const ESCAPE = /\\(?:[^\w\s]|[sdbwSDBW])/;

/** The escapes TeX writes in plain names (`rate\%`, `price\$`, `first\_name`): alone, no sign of a pattern. */
const TEX_ESCAPE = /\\[%$&#_{}]/g;

/** Fewest entries below the head (fewer: a few lines say little of a list). */
const MIN_ENTRIES = 5;

/**
 * True when the head of a one-column list holds a backslash escape, no blank, and 5 entries or more follow. why: a
 * column is named with words; an escape is a pattern's or a program's spelling (a WAF's or grep's pattern list,
 * modsecurity's `regexp-934100.txt` opening with `_\$\$ND_FUNC\$\$_`), and read as the header that first pattern was
 * lost, silently. Refused: a head without an escape (`pattern` above `\beval\s*\(`), one holding a blank (a phrase),
 * a backslash before a plain letter (`C:\Users`, `\alpha`: a path, a TeX command), a list of under 5 entries, and a
 * head whose only escapes are TeX's (`\%`, `\$`, `\_`…) above entries holding no escape. why the last: TeX writes
 * those in names too (`rate\%`, `price\$` above numbers: read as a record, the column's name was lost silently);
 * beside a pattern below (934100's `\beval\s*\(`) or a pattern's own escape (932100's `'\.\s.*`) the head is one.
 */
export function escapedEntry(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || /\s/.test(head) || !ESCAPE.test(head)) return false;
  return ESCAPE.test(head.replace(TEX_ESCAPE, "")) || values.some((v) => ESCAPE.test(v));
}
