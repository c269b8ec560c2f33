// Whether a space-aligned list's last column is free text (`aero    2   Air Transport Industry`): it takes the rest of the line.

/** Fewest lines that make such a list (fewer: a few lines say nothing of their layout). */
const MIN_LINES = 5;

/** Fewest lines whose text holds a space: with fewer, a wider line is as likely a row with a cell too many. */
const MIN_PHRASES = 2;

const NUMBER = /^[-+]?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?%?$/;

/**
 * The number of columns when every line (5 or more, no quote) is values parted by runs of two blanks or more (or a TAB),
 * then, after its last such run, text of words parted by single spaces that opens with a word holding a letter and
 * ends in no number; the values before that text are as many on every line (2 or more), the text holds a space on
 * 2 lines or more and its words are not as many on every line. The last column is then the rest of the line (the parser's maxFields in whitespace mode). Else null.
 * why: analog's domain lists (`int     2   kansainväliset järjestöt`) were read at every run of spaces, each name of
 * two words or more a false row-extra-cells, or as one column where most names held a space. What it refuses, so a
 * ragged table stays loud: a line whose values are fewer or more (a cell lost, or one too many after a wide gap), a
 * line with no wide gap, text opening with a number or ending in one (`x  1  2 3`: narrow number columns), lines all
 * of one width (read right at runs), quotes.
 */
export function restOfLineWidth(text: string): number | null {
  const lines = text.split(/\r\n|\n|\r/, 1000).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < MIN_LINES || lines.some((l) => l.includes('"'))) return null;
  let lead = -1;
  let phrases = 0;
  const counts = new Set<number>();
  for (const line of lines) {
    const values = valuesBeforeText(line);
    if (values === 0 || (lead !== -1 && values !== lead)) return null;
    lead = values;
    const words = line.slice(lastWideGap(line)![1]).split(" ");
    if (!/\p{L}/u.test(words[0]) || NUMBER.test(words[words.length - 1])) return null;
    if (words.length > 1) phrases++;
    counts.add(words.length);
  }
  // why more than one count: texts of one length are read at runs at one width, every row whole (LINKAGE's notes)
  return lead >= 2 && phrases >= MIN_PHRASES && counts.size > 1 ? lead + 1 : null;
}

/**
 * True when `#` lines stand among rows that make such a list (restOfLineWidth), none of them one of its rows read
 * after the mark (as many values before its text): section titles (`# Generic and Infrastructure domains`) are notes.
 * why: the rows' widths differ, so the comment guess found no table for the `#` lines to miss, and read them as rows.
 * Refused: another mark, a marked line of the rows' shape (`#code  level  name`: a header), rows of no such list.
 */
export function restOfLineNotes(mark: string, marked: { text: string }[], rows: { text: string }[]): boolean {
  if (mark !== "#") return false;
  const width = restOfLineWidth(rows.map((r) => r.text).join("\n"));
  return width !== null && marked.every((m) => valuesBeforeText(m.text.trim().slice(mark.length).trim()) !== width - 1);
}

/** How many values (parted by runs of spaces) stand before the line's last run of two spaces or more: 0 with no such run. */
function valuesBeforeText(line: string): number {
  const gap = lastWideGap(line);
  return gap === null ? 0 : line.slice(0, gap[0]).split(/[ \t]+/).length;
}

/**
 * The start and end of the line's last run of two blanks or more, or of one holding a TAB (the line trimmed: a run
 * between words), or null. why a TAB: the parser reads it as a space in whitespace mode, and writers mix both.
 */
function lastWideGap(line: string): [number, number] | null {
  const runs = / {2,}|[ \t]*\t[ \t]*/g;
  let last: [number, number] | null = null;
  for (let m = runs.exec(line); m !== null; m = runs.exec(line)) last = [m.index, m.index + m[0].length];
  return last;
}

/**
 * The text of a line (read in whitespace mode, TABs as spaces, no leading blank) after its first `skip` values and the
 * run of spaces after each, without trailing blanks: its last cell as it stands, single and double spaces kept.
 */
export function restAfterRuns(line: string, skip: number): string {
  let i = 0;
  for (let k = 0; k < skip; k++) {
    while (i < line.length && line[i] !== " ") i++;
    while (i < line.length && line[i] === " ") i++;
  }
  return line.slice(i).trimEnd();
}
