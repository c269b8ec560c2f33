// Whether a picked `,`, `;` or `|` only joins words inside space-aligned columns (`node,way   access   text   linear`).

/** Fewest lines that show such a layout. */
const MIN_LINES = 5;

/** The share of the values equal to the most common one, and that value. */
function modal(values: number[]): { value: number; share: number } {
  const count = new Map<number, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let value = 0;
  let n = 0;
  for (const [v, c] of count) if (c > n) { value = v; n = c; }
  return { value, share: values.length ? n / values.length : 0 };
}

/**
 * True when the picked delimiter never touches a space nor ends a line, 9 lines in 10 hold a run of two spaces or
 * more, spaces read 9 lines in 10 at one width of 3 or more, and the pick reads the lines at two widths or more, no
 * more often at one width than the spaces: it joins parts of a cell (`node,way`, `polygon,nocolumn` in osm2pgsql's
 * `.style` files, present on some lines only), and the spaces align the columns. why never beside a space: a CSV
 * padded for reading writes `a,  b`; why ragged at the pick: a CSV whose text cells hold runs of spaces (`a,b  c,d`)
 * is of one width at its delimiter, and stays so read.
 */
export function joinsAlignedWords(full: string, picked: string): boolean {
  if (picked !== "," && picked !== ";" && picked !== "|") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < MIN_LINES || lines.some((l) => l.includes("\t") || l.includes('"'))) return false;
  if (lines.some((l) => l.includes(picked + " ") || l.includes(" " + picked) || l.startsWith(picked) || l.endsWith(picked))) return false;
  if (lines.filter((l) => / {2,}/.test(l)).length * 10 < lines.length * 9) return false;
  const spaces = modal(lines.map((l) => l.split(/ +/).length));
  const pick = modal(lines.map((l) => l.split(picked).length));
  return spaces.value >= 3 && spaces.share >= 0.9 && pick.share < 1 && pick.share <= spaces.share;
}
