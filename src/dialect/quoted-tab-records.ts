// A quoted span in a TAB file whose first line holds a TAB before a line break: the rest of a record and the records after it, not one field.

const TAB = 9;

/**
 * True when the delimiter is TAB and the span opened at `open` and closed at `close` crosses a line break, with
 * text, a TAB and text between the opening quote and that first line break (`"Monte<TAB>N` … `Carlo"<TAB>N`). why: a tokenised corpus
 * (one token and its tag per line: mbtserver's `eindh.data`) holds `"` glued to a word (`"Monte`, `"Cd"-nummerplaten`)
 * beside many lone `"` tokens; read as a quote, such a word opened a field that a later `"` closed, and the lines
 * between (whole records, TAB and tag) were read as one cell: 100,000 lines as 56,000 records, with no word on them.
 * A real multi-line field of a TAB file holds text and line breaks; a TAB then a line break in it is a record's
 * next cells then its end. Refused: other delimiters (an address `"12 Main St, Apt 4` then `Springfield"` holds a comma
 * on its first line), a span on one line (`"a<TAB>b"`: a quoted TAB), a first line with no TAB (`"line one` then
 * `line two"`: a multi-line text field) or with blanks on a side of it (`"<TAB> <CR>"`).
 */
export function spansTabRecords(s: string, open: number, close: number, dc: number): boolean {
  if (dc !== TAB) return false;
  const inner = s.slice(open + 1, close);
  const lineEnd = inner.search(/[\r\n]/);
  // why cells on both sides: a quoted blank cell holding a TAB and a line break (`"<TAB> <CR>"`, a test of blank
  // values) is one field; a swallowed record's rest holds its token, then its tag
  return lineEnd >= 0 && inner.slice(0, lineEnd).split("\t").filter((cell) => cell.trim() !== "").length >= 2;
}
