// Whether lines split at single spaces are a list of full names with no title (`Mark Adler`, `Stephen van den Berg`).
import { lazyRegExp } from "../lazy.js";

/** Lines a list needs before its recurring given names say anything. */
const MIN_LINES = 20;

/**
 * True when there are at least 20 lines, none shorter than two words and most of two, every line opens with a
 * capitalised word and holds only words of letters (`'`, `-`, `.` inside), and some first word (a given name) opens
 * more than one line. why: a credits list (`Matti Aarnio` … `Stephen van den Berg`) has no one-word line and no title
 * above it, so spacedNames took the first words for codes before names; split at the spaces, `Matti Aarnio` became the
 * header and every name of three words an error. why recurring first words: given names repeat (`Michael`, `David`);
 * codes or keys before names are each met once (`Aql Aquila`), and those keep their column. why no line of one word:
 * such a list is spacedNames' own case; why no digit: a row that holds a number is a table's.
 */
export function untitledFullNames(lines: string[], widths: number[]): boolean {
  if (lines.length < MIN_LINES || Math.min(...widths) < 2) return false;
  if (widths.filter((w) => w === 2).length * 2 <= widths.length) return false;
  if (!lines.every((l) => /^\p{Lu}\p{Ll}/u.test(l) && l.split(" ").every((w) => WORD().test(w)))) return false;
  const seen = new Set<string>();
  return lines.some((l) => { const first = l.split(" ")[0]; if (seen.has(first)) return true; seen.add(first); return false; });
}

// why lazy: a module-level \p{…} pattern is compiled at start-up for every run (test/cli/startup-patterns.test.ts)
const WORD = lazyRegExp(String.raw`^\p{L}(?:[\p{L}\p{M}'.-]*\p{L})?\.?$`, "u");

/**
 * The lines with spaces at their ends dropped when at most 1 line in 20 has them, else the lines as they are. why: a
 * typed list holds a stray space after a few names (`Carlos Gorges `), which is no alignment; where many lines end
 * in spaces they pad a layout, and the runs keep their meaning.
 */
export function withoutStrayTrailingSpaces(lines: string[]): string[] {
  const trailing = lines.filter((l) => / $/.test(l)).length;
  return trailing > 0 && trailing * 20 <= lines.length ? lines.map((l) => l.replace(/ +$/, "")) : lines;
}
