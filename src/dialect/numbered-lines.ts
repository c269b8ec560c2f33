// Whether a single-spaced text is a numbered list (`1 Hydrogen is used as a fuel …`, `5 Information is missing`): a number, then the rest.
import { isSentence } from "./spaced-prose-lead.js";

/** Fewest lines that make such a list. */
const MIN_LINES = 5;

/** Prose: a sentence (see isSentence), or 6 words or more ending as one (`It is also a medicine.`). */
const prose = (text: string): boolean => isSentence(text) || (text.split(" ").length >= 6 && /[.!?]$/.test(text));

/**
 * True when every line is a number, then words parted by single spaces, the numbers counting up by one from line to
 * line (5 lines or more), and every line of another word count than most is prose. The list is two columns: the
 * number, then the rest of the line (the parser's maxFields 2). why: read at every space, kalzium's element notes
 * (`1 Hydrogen is used as a fuel for rockets.` above 113 `N Information is missing` lines) lost their first 4 entries
 * as a lead of prose, with only a warning; the numbering that runs on through them says they are entries. What it
 * refuses, so a ragged table stays loud: numbers that skip or repeat, a line of another width that is no prose
 * (`2 Berlin` under `1 Paris France`: a row one cell short), lines all of one width (read right at spaces), quotes.
 */
export function numberedLines(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).map((l) => l.trimEnd()).filter((l) => l !== "");
  if (lines.length < MIN_LINES || !lines.every((l) => /^\d+(?: [^\s"]+)+$/.test(l))) return false;
  const numbers = lines.map((l) => Number(l.slice(0, l.indexOf(" "))));
  if (!numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1)) return false;
  const rests = lines.map((l) => l.slice(l.indexOf(" ") + 1));
  const widths = rests.map((r) => r.split(" ").length);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const mode = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const odd = rests.filter((_, i) => widths[i] !== mode);
  return odd.length > 0 && odd.every(prose);
}
