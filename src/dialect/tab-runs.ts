// Whether runs of TABs align the columns of a text (`name<TAB><TAB><TAB>value`) rather than leave cells empty.
import { offWidth } from "./columns.js";
import { sameTabStops } from "./tab-stops.js";

/** Fewest lines with a run of TABs that make such a text (fewer: an empty cell or two of a TSV). */
const MIN_RUNS = 3;

/** A `#` note after TABs at a row's end. */
const TAB_NOTE = /(?<=\S)\t+#[ \t].*$/;

/**
 * True when half the lines holding a TAB or more hold a run of two (at least MIN_RUNS of them), the runs are of two
 * lengths or more, and with each run read as one TAB the lines are of one width more often than TAB by TAB. why:
 * names of any length padded with TABs to a tab stop (FastQC's adapter and contaminant lists) read TAB by TAB as
 * rows of every width, each one a false row-extra-cells; a TSV's empty cells keep every row at the table's width.
 */
export function tabRunsAlign(sample: string): boolean {
  // why without the TABs that end a line: a TSV padded to its width at the line's end (`Panel<TAB>Blue<TAB><TAB><TAB>`)
  // is no alignment, and its inner runs (an empty cell) are what tell
  // why a `# note` after TABs too (`ZERO<TAB><TAB><TAB>zero<TAB><TAB><TAB># New software`): it ends a row, it is no
  // cell, and counted as one it made the few noted rows of an aligned list the odd widths that refused the runs
  const raw = sample.split(/\r\n|\n|\r/, 1000).map((l) => (l.startsWith("#") ? l : l.replace(TAB_NOTE, ""))).filter((l) => l.replace(/\t+$/, "").includes("\t"));
  const lines = raw.map((l) => l.replace(/\t+$/, ""));
  const runs = lines.flatMap((l) => l.match(/\t{2,}/g) ?? []);
  const runLines = lines.filter((l) => l.includes("\t\t")).length;
  if (runLines < MIN_RUNS || (runLines < lines.length / 2 && !oneWidthByRuns(raw, lines))) return false;
  // why runs of several lengths: names padded to one tab stop take more TABs the shorter they are; an empty cell
  // of a TSV is a run of two on every line
  // (or runs of one length on half the lines or more that bring every line's cells to the same tab stops: a few runs
  // of one length may be a TSV's stray empty cells, even where they happen to meet the stop)
  if (new Set(runs.map((r) => r.length)).size < 2 && !(runLines * 2 >= lines.length && sameTabStops(lines))) return false;
  // why TAB by TAB on the whole line: a TSV keeps its empty last cells, so cut off they would make its rows look
  // ragged; why runs read as one must give nearly one width: a sparse TSV whose empty last cells are left out is
  // ragged TAB by TAB, and read by runs it stays ragged, with its cells moved to other columns
  if (namesEveryColumn(raw)) return false;
  const byTab = raw.map((l) => l.split("\t").length);
  const byRun = lines.map((l) => l.split(/\t+/).length);
  return offWidth(byRun) * 10 <= lines.length && offWidth(byRun) < offWidth(byTab);
}

/**
 * True when the first line holding a TAB is a row of names, one TAB between each two (no run, no empty name), and it
 * holds as many TABs as the widest line below it: a header naming every column of a sparse TSV, whose runs of TABs
 * are empty cells (`id<TAB>a<TAB>b<TAB>c` above `1<TAB><TAB><TAB>z`). why: names padded to a tab stop (FastQC's
 * lists) have no such header line; read by runs, the sparse TSV's cells moved left into the wrong columns.
 */
function namesEveryColumn(raw: string[]): boolean {
  if (raw.length < 2 || raw[0].replace(/\t+$/, "").includes("\t\t")) return false;
  const tabs = (l: string) => l.split("\t").length - 1;
  return tabs(raw[0]) >= Math.max(...raw.slice(1).map(tabs));
}

/**
 * True when, with each run of TABs read as one, every line holding a TAB is of one width, and TAB by TAB some are not.
 * why enough with runs on a few lines: short keys padded to the tab stop of long ones (`01-00-3C<TAB><TAB>Auspex`
 * among 200 `01-00-1D-42-00-00<TAB>Cabletron…` lines of Wireshark's `wka`) made those few lines "row-extra-cells".
 * A TSV's stray empty cells stay errors: their runs are of one length (the caller wants two lengths or more).
 */
function oneWidthByRuns(raw: string[], lines: string[]): boolean {
  return offWidth(lines.map((l) => l.split(/\t+/).length)) === 0 && offWidth(raw.map((l) => l.split("\t").length)) > 0;
}
