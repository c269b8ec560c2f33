// Whether the TABs of a text's lines, of one or two per gap, bring each column to the same tab stop on every line.

/** The width of a tab stop that terminals, editors and `expand` use. */
const TAB_WIDTH = 8;

/** The screen columns at which the cells after the first start, each run of TABs read as one gap. */
function cellStops(line: string): string {
  const stops: number[] = [];
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== "\t") { col++; continue; }
    col = (Math.floor(col / TAB_WIDTH) + 1) * TAB_WIDTH;
    if (line[i + 1] !== "\t") stops.push(col);
  }
  return stops.join(",");
}

/**
 * True when 9 in 10 lines holding a TAB start their cells at the same screen columns (tab stops of 8), and the lines
 * hold a run of TABs and a lone TAB in the same gap (3 of each or more). why: dpkg's `tupletable` pads a short name
 * with two TABs and a long one with one, so that the second column starts at one stop; its runs are all of one
 * length, which tabRunsAlign took for a TSV's empty cells. A TSV's empty cell moves the cells after it to other stops,
 * unless every name is of one length. Refused: a line opening with a TAB (indentation), spaces after a TAB, fewer than 3 lines of each kind, a gap at different stops (ragged
 * names), lines of no run or no lone TAB (a TSV with an empty column on every line).
 */
export function sameTabStops(lines: string[]): boolean {
  const withTab = lines.filter((l) => l.includes("\t"));
  // why: TABs that open a line indent it (source code, markup, prose): they are no gap between two cells
  if (withTab.some((l) => l.startsWith("\t"))) return false;
  // why: spaces after the TABs pad too (`white<TAB><TAB>   ffffff`): the whitespace reading takes such lines whole
  if (withTab.some((l) => l.includes("\t "))) return false;
  const runs = withTab.filter((l) => l.includes("\t\t")).length;
  const lone = withTab.filter((l) => /(?<!\t)\t(?!\t)/.test(l)).length;
  if (runs < 3 || lone < 3) return false;
  const counts = new Map<string, number>();
  for (const l of withTab) counts.set(cellStops(l), (counts.get(cellStops(l)) ?? 0) + 1);
  return Math.max(...counts.values()) * 10 >= withTab.length * 9;
}
