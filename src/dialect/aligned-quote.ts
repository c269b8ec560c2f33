// In a whitespace-aligned table, a closing quote followed at once by text ends the cell (fixed-width quoted names).

/**
 * True when the tokenizer reads runs of spaces as the delimiter (`ws`) and the character right after a closing
 * quote is visible text. why: writers of aligned tables pad a quoted name to its column's width
 * (`printf("%-33s")`), so the longest names fill it and the next column starts against the quote
 * (`"EUROPEAN 1950, Norway & Finland"IN  -87`); read as text after the quote it was a `quote-stray` error and a
 * record one cell short. In comma, TAB, `;` or `|` files nothing changes: text after a closing quote is kept and
 * reported, as RFC 4180 forbids it there.
 */
export function closesAlignedCell(ws: boolean, c: number): boolean {
  return ws && c > 32;
}

/**
 * The sniffer's side of closesAlignedCell: true when s[i], outside quotes, is a letter or digit right after a
 * closing `"` (inside[i - 1] marks the quoted region, the closing quote included) whose region, on one line,
 * holds a space and opens at a line start or after a space: a padded name (`"ACCRA, Ghana"`) against the next column, so a
 * space-split row cuts there too. why so narrow: it scores every space candidate, and JSON (`"key":`), apostrophes
 * in prose (`don't`) and quoted words inside text (`"so"called`) must score as before.
 */
export function afterAlignedQuote(s: string, inside: Uint8Array, i: number, quote: string): boolean {
  if (quote !== '"' || i < 2 || inside[i - 1] !== 1 || s[i - 1] !== '"' || !/[A-Za-z0-9]/.test(s[i])) return false;
  let open = i - 2;
  // why !== 0: an escaped character (2) inside the quotes is part of the region too
  while (open > 0 && inside[open - 1] !== 0) open--;
  if (s[open] !== '"') return false;
  const before = open === 0 ? 10 : s.charCodeAt(open - 1);
  const region = s.slice(open, i);
  return (before === 32 || before === 10 || before === 13) && region.includes(" ") && !/[\r\n]/.test(region);
}
