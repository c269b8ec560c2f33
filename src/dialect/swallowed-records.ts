// A quote that stands as a whole cell, then the delimiter, opening a span of whole records: a value, not quoting.

const isBreak = (c: number): boolean => c === 10 || c === 13;

/**
 * True when the quote at `open` is a cell of its own followed by the delimiter (`'<TAB> 435`, at a line's start or
 * after the delimiter), and the span to `close` crosses 2 line breaks or more with every whole line between them
 * holding the delimiter (`אמ_<TAB> 430`): records swallowed into one cell. why: a letter-frequency list (libexttextcat's
 * `he.lm`, `ru.lm`) holds `'` and `"` as n-grams; read as a quote, the first opened a field that `_'<TAB> 303`
 * closed 100 lines later, one record in place of 100, with no error. A real quoted field opens on its text (`"12 Main
 * St`) or a line break, never on the delimiter. Refused: a span on one line (`"a<TAB>b"`), whole lines without the
 * delimiter between (a block of text), a quote glued to text on either side of its opening.
 */
export function opensOverRecords(s: string, open: number, close: number, dc: number): boolean {
  if (dc < 0 || isBreak(dc) || s.charCodeAt(open + 1) !== dc) return false;
  if (open > 0 && !(isBreak(s.charCodeAt(open - 1)) || s.charCodeAt(open - 1) === dc)) return false;
  const lines = s.slice(open + 1, close).split(/\r\n|\n|\r/).slice(1, -1).filter((l) => l.trim() !== "");
  const d = String.fromCharCode(dc);
  return lines.length > 0 && lines.every((l) => l.includes(d));
}
