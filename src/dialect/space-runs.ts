// Whether runs of spaces read a space-delimited text's lines more evenly than single spaces, judged on all its lines.

/** The share of the commonest width among `widths` (0 for none). */
export function modalShare(widths: number[]): number {
  const count = new Map<number, number>();
  for (const w of widths) count.set(w, (count.get(w) ?? 0) + 1);
  return widths.length ? Math.max(...count.values()) / widths.length : 0;
}

/**
 * True when some lines are padded (a run of 2 spaces or more between values, a leading or a trailing space), runs of
 * spaces read 95 in 100 lines at one width, and single spaces read fewer lines so. why fewer: a single-space file
 * with empty fields (`a  b`) reads more evenly at single spaces, and keeps that reading.
 */
export function runsReadEvenly(lines: string[]): boolean {
  const padded = lines.some((l) => /^ +\S|\S {2,}\S| $/.test(l));
  const runs = modalShare(lines.map((l) => l.trim().split(/ +/).length));
  return padded && runs >= 0.95 && modalShare(lines.map((l) => l.split(" ").length)) < runs;
}

/**
 * Runs of spaces judged on every line of the sample, not the first 1,000 only (`ALA:N -0.41570` for 1,256 lines, then
 * `C:P    1.165900`, `C:C4*  0.162900`: BALL's charge tables pad only their nucleic acid block). why: read at single
 * spaces, each padded line past the first 1,000 was a row-extra-cells error; runs read every line at one width.
 */
export function alignedLater(full: string): boolean {
  const lines = full.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
  return lines.length > 1000 && runsReadEvenly(lines);
}
