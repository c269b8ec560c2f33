// The dialect sniffer: delimiter, quote, escape, line terminator, header and preamble of a CSV text sample.
import { notesOnSpacedRows } from "./notes-on-spaced-rows.js";
import { alignedLater, modalShare, runsReadEvenly } from "./space-runs.js";
import { restOfLineWidth } from "./rest-of-line.js";
import { endsInTextColumn } from "./trailing-text-column.js";
import type { Dialect } from "../types.js";
import { normalizeDelimiter, normalizeQuote, WHITESPACE } from "./normalize.js";
import { chooseDialect } from "./choose.js";
import { raggedSeries, seriesFirstRowIsRecord } from "./labelled-series.js";
import { loneQuoteCells } from "./lone-quote-cells.js";
import { arffLayout } from "./arff.js";
import { detectLineTerminator } from "./lines.js";
import { detectHeader, joinGroupTitles } from "./header.js";
import { fixedColumns, tabAlignedColumns } from "./columns.js";
import { columnsUnderPreamble } from "./columns-under-preamble.js";
import { valuesThenText } from "./values-then-text.js";
import { codesThenNames } from "./codes-then-names.js";
import { trailerLine } from "./trailer.js";
import { endMarkLine, withoutEndMark } from "./end-line.js";
import { closingKeys } from "./closing-keys.js";
import { inlineJudgedLines, inlineValueNotes } from "./inline-values.js";
import { spacedTitleAboveTabHeader } from "./spaced-title.js";
import { countLine } from "./count-line.js";
import { tabRunsAlign } from "./tab-runs.js";
import { commentedHeader, commentedHeaderOverTextRow, markedHeaderUnderNotes } from "./comment-header.js";
import { longCommentLead, KEPT_LINES } from "./long-comment-lead.js";
import { percentLead, PERCENT } from "./percent-lead.js";
import { percentNotes, notesAboveHeader } from "./percent-note.js";
import { notesAboveNumbers } from "./percent-notes-above-numbers.js";
import { percentAroundRows } from "./percent-trailer.js";
import { metaLinesAboveHeader } from "./meta-header.js";
import { yamlFrontMatter } from "./yaml-front-matter.js";
import { blockCommentLead } from "./block-comment-lead.js";
import { tabPadded } from "./tab-padding.js";
import { numberedLines } from "./numbered-lines.js";
import { countedPhrases } from "./counted-phrases.js";
import { quotedRunsReadEvenly } from "./quoted-runs.js";
import { mixedBlanks } from "./mixed-blanks.js";
import { sniffComment, isCommentLine, inlineComments, spacedInlineComments, cutInlineComments, inlineWidth, SNIFFED_MARKS, type CommentGuess } from "./comment.js";

export { normalizeDelimiter, normalizeQuote };

export interface DialectOptions {
  /** --delimiter: forced (spelled forms such as "\\t" or "tab" are accepted). */
  delimiter?: string | null;
  /** --quote: forced. */
  quote?: string | null;
  /** false from --no-header; null/undefined = sniff. */
  header?: boolean | null;
  /** false from --no-padded-cells: spaces around cells are text; null/undefined = sniff. */
  paddedCells?: boolean | null;
  /** false from --no-units-row: the record under the header is data; null/undefined = sniff. */
  unitsRow?: boolean | null;
  /** --skip-rows: forced preamble lines. */
  skipRows?: number | null;
  /** --comment */
  comment?: string | null;
  /** The given schema's field count: a "code, then the rest of the line" reading (maxFields) never joins fewer. */
  fields?: number | null;
}

/** Characters of the sample used for the costly scoring (the cheap checks see the whole sample). */
export const SCORE_CHARS = 64 * 1024;

const DEFAULT: Dialect = {
  delimiter: ",", quote: '"', escape: null, lineTerminator: null, header: true,
  skipRows: 0, comment: null, how: "default", uncertain: false,
};

/**
 * Sniffs the dialect of a CSV sample.
 * @param sample the first decoded characters of the file (up to ~1 MiB, BOM already stripped)
 * @param complete true when the sample is the whole file
 */
export function sniffDialect(sample: string, complete: boolean, opts: DialectOptions = {}): Dialect {
  // why before all else: the ARFF header lines are no table, and the records under `@data` are named by them
  const arff = opts.header == null ? arffLayout(sample) : null;
  // why a --skip-rows of the same count too: the preamble warning names it as the way to keep this reading
  if (arff && (opts.skipRows == null || opts.skipRows === arff.skipRows)) {
    const d = sniffDialect(sample, complete, { ...opts, skipRows: arff.skipRows, header: false, comment: opts.comment ?? "%" });
    return { ...d, commentNames: { names: arff.names, line: arff.line } };
  }
  // why the text under it sniffed as a file of its own: the notice's words outvoted the table's delimiter; why kept
  // only with columns: one column under it gains nothing from the notice's lines left out (see blockCommentLead)
  const notice = opts.comment == null && opts.skipRows == null && opts.header !== false ? blockCommentLead(sample.split(/\r\n|\n|\r/, 1000)) : null;
  if (notice) {
    const d = sniffDialect(dropLines(sample, notice), complete, opts);
    if (d.delimiter !== "" && !d.commentNames && !d.inlineComment) return { ...d, skipRows: d.skipRows + notice, ...(d.trailerLine ? { trailerLine: d.trailerLine + notice } : {}) };
  }
  // why the block's end only: the parser skips comment lines wherever they stand, so the lines left out read the same,
  // and the records under a block longer than the sniffer's windows come into them
  const lead = opts.comment == null && opts.skipRows == null ? longCommentLead(sample, SCORE_CHARS) : null;
  if (lead) {
    const dropped = lead.lines - KEPT_LINES;
    const d = sniffDialect(dropLines(sample, dropped), complete, opts);
    if (d.comment === lead.mark && d.skipRows === 0) return d.trailerLine ? { ...d, trailerLine: d.trailerLine + dropped } : d;
    // a preamble over the kept block, but for a last line that is the header (VCF's `##` lines above `#CHROM`),
    // counts the lines left out too; so does a trailer's line, counted in the text read
    if (d.comment == null && d.skipRows >= KEPT_LINES - (d.header ? 1 : 0)) return { ...d, skipRows: d.skipRows + dropped, ...(d.trailerLine ? { trailerLine: d.trailerLine + dropped } : {}) };
  }
  // why the whole sniff on the text with each run of TABs as one: the comment lines, delimiter and header of a
  // TAB-aligned list (`Illumina Small RNA Adapter<TAB><TAB><TAB>TGGAATTC`) show only once the runs are read as one
  if (opts.delimiter == null && tabRunsAlign(sample)) {
    const d = sniffSample(sample.replace(/\t{2,}/g, "\t"), complete, opts);
    if (d.delimiter === "\t") return { ...d, tabRuns: true };
    // why whitespace as well: that mode reads a run of TABs as one already; not by position (the positions moved)
    if (d.whitespace && !d.columns) return d;
  }
  const d = sniffSample(sample, complete, opts);
  // why one column or `%` only: the `%` notes' words spoiled the delimiter (`%% generated by the `filecontents'
  // environment` over `256.4912 0.0674`), or their mark was taken for it though no row holds one; read with the
  // notes as comments, the rows show theirs
  const spoiled = d.delimiter === "" || d.delimiter === PERCENT;
  if (spoiled && d.comment == null && opts.comment == null && opts.delimiter == null && opts.skipRows == null && percentLead(sample, complete)) {
    const marked = sniffSample(sample, complete, { ...opts, comment: PERCENT });
    if (marked.delimiter !== "" || d.delimiter === PERCENT) return marked;
  }
  // why: one `%` note of another width than the table (a command line above `numThreads mpi omp …`) was read as the
  // header, and the true header as a record; read with `%` notes as comments, the header under them names the columns
  const free = opts.comment == null && opts.delimiter == null && opts.skipRows == null && opts.header == null;
  const notes = free && !spoiled && d.header && d.comment == null && d.skipRows === 0 ? percentNotes(sample) : null;
  if (notes) {
    const marked = sniffSample(sample, complete, { ...opts, comment: PERCENT });
    if (notesAboveHeader(notes, marked)) return marked;
    // why apart: under notes of another width, a grid of numbers has no header to find (percent-notes-above-numbers.ts)
    if (notesAboveNumbers(notes, marked)) return marked;
  }
  // why: a `%` footer under the rows (docstrip's `%% End of file …`) was read as records of one cell, the banner above
  // them skipped as a preamble; read with `%` notes as comments, both are notes, and the table must read the same
  if (free && !spoiled && d.comment == null && d.skipRows > 0 && percentAroundRows(sample, d.skipRows, complete)) {
    const marked = sniffSample(sample, complete, { ...opts, comment: PERCENT });
    if (marked.delimiter === d.delimiter && marked.whitespace === d.whitespace && marked.header === d.header && marked.skipRows === 0) return marked;
  }
  return d;
}

// why one draft carried through steps: each finding feeds the later ones (the comment the delimiter, the delimiter the
// columns, the columns the header, the header the trailer), so the steps run in this order and each adds its fields
function sniffSample(sample: string, complete: boolean, opts: DialectOptions): Dialect {
  const d = startDraft(sample, complete, opts);
  if (sample.trim() === "") return emptyDialect(d);
  guessComments(d);
  const noted = cutNotes(d);
  const chosen = chooseDelimiter(noted);
  const columned = readColumns(chosen);
  const structured = readStructure(columned);
  recordsNotHeader(structured);
  const celled = readCells(structured);
  // why after the cells: a commented header may take the comment character the cells were judged without
  const named = readCommentedHeader(celled);
  return finishDialect(readTrailer(named));
}

/** The draft's start: what the options force, and the line terminator. */
function startDraft(sample: string, complete: boolean, opts: DialectOptions) {
  const named = opts.delimiter != null && opts.delimiter !== "" ? normalizeDelimiter(opts.delimiter) : null;
  const forcedWhitespace = named === WHITESPACE;
  const forcedDelimiter = forcedWhitespace ? " " : named;
  // why "" is kept: `--quote ''` forces no quoting at all, which is not the same as leaving the quote to the sniffer
  const forcedQuote = opts.quote === "" ? "" : opts.quote != null ? normalizeQuote(opts.quote) : null;
  const comment: string | null = opts.comment != null && opts.comment !== "" ? opts.comment : null;
  const forcedSkip: number | null = opts.skipRows != null ? Math.max(0, Math.floor(opts.skipRows)) : null;
  return { sample, complete, opts, forcedWhitespace, forcedDelimiter, forcedQuote, comment, forcedSkip, lineTerminator: detectLineTerminator(sample), tabHeader: false };
}
type Draft = ReturnType<typeof startDraft>;

/** The dialect of a blank sample: the forced parts, else the defaults. */
function emptyDialect(d: Draft): Dialect {
  const { forcedDelimiter, forcedQuote } = d;
  return {
    ...DEFAULT,
    delimiter: forcedDelimiter ?? DEFAULT.delimiter,
    quote: forcedQuote ?? DEFAULT.quote,
    lineTerminator: d.lineTerminator,
    header: d.opts.header ?? true,
    skipRows: d.forcedSkip ?? 0,
    comment: d.comment,
    how: forcedDelimiter !== null && forcedQuote !== null ? "forced" : "default",
  };
}

/** The comment character and the lines above the table it shows, unless --comment names one. */
function guessComments(d: Draft): void {
  // why "" differs from null: `--comment ''` says the file has no comment lines, so none is sniffed
  if (d.opts.comment == null && d.sample.trim() !== "") {
    const guess = guessComment(d.sample, d.complete, d.forcedSkip, { delimiter: d.forcedDelimiter, quote: d.forcedQuote });
    d.comment = guess.comment;
    if (guess.skipRows > 0 && d.forcedSkip === null) d.forcedSkip = guess.skipRows;
    d.tabHeader = guess.tabHeader === true;
  }
}

/** The texts the later steps judge: the scoring window, the full text and the header's text, with inline notes cut. */
function cutNotes(d: Draft) {
  const { sample, complete, comment } = d;
  let text = scoringText(sample, complete, comment, d.forcedSkip);
  let full = fullText(sample, complete, comment, d.forcedSkip);
  // why cut before choosing: the parser cuts a row's inline comment (`AFT   16200   # Afghanistan Time`), so the
  // notes' words and the one comment character of every row are no evidence of the delimiter or the header
  // why one character or `//`: the parser finds an inline note by its first character, then the second of `//`
  // (`0x0600 0x3500 S 2.050  490.0<TAB>//added 20050225` under `//` notes, libghemical's parameter files); why not
  // `---`: a rule line carries no note
  // why the whole file for a few notes: see inlineComments
  const whole = complete && sample.length <= SCORE_CHARS;
  const wide = comment !== null && (comment.length === 1 || comment === "//") && inlineComments(text, comment, whole);
  // why after the wide form only: a note after one space is read so only when most rows carry one (see spacedInlineComments)
  const spacedNotes = !wide && comment !== null && comment.length === 1 && spacedInlineComments(text, comment, whole);
  const inline = wide || spacedNotes;
  let headText = sample;
  if (inline) { text = cutInlineComments(text, comment!, spacedNotes); full = cutInlineComments(full, comment!, spacedNotes); headText = cutInlineComments(sample, comment!, spacedNotes); }
  return Object.assign(d, { text, full, headText, spacedNotes, inline });
}
type Noted = ReturnType<typeof cutNotes>;

/** The delimiter and quote, and the readings that turn a TAB or no delimiter into spaced columns. */
function chooseDelimiter(d: Noted) {
  const { text, full, forcedDelimiter, inline } = d;
  // why TAB taken: every record has the TAB width of the meta lines' header; records of thousands of `GT:AD:DP`
  // cells, few in the scorer's window, score as well at `:` (see metaLinesAboveHeader)
  const sniffed = chooseDialect(text, full, { delimiter: forcedDelimiter ?? (d.tabHeader ? "\t" : null), quote: d.forcedQuote }, d.complete);
  const tabs = forcedDelimiter === null && sniffed.delimiter === "\t" && tabsAndSpaces(text);
  const tabAligned = forcedDelimiter === null && sniffed.delimiter === "\t" && !tabs && !inline ? tabAlignedColumns(text.split(/\r\n|\n|\r/, 1000)) : null;
  const listed = forcedDelimiter === null && sniffed.delimiter === "" && !inline ? valuesThenText(text) : null;
  // why: a last column of free text (`aero    2   Air Transport Industry`) read at every run, or as one column (restOfLineWidth)
  const restWidth = forcedDelimiter === null && (sniffed.delimiter === "" || sniffed.delimiter === " ") && !inline && !listed ? restOfLineWidth(text) : null;
  const rest = restWidth !== null && (d.opts.fields ?? restWidth) <= restWidth ? restWidth : null;
  const choice = tabs || tabAligned || listed || rest ? { ...sniffed, delimiter: " " } : sniffed;
  return Object.assign(d, { sniffed, tabs, tabAligned, listed, rest, choice });
}
type Chosen = ReturnType<typeof chooseDelimiter>;

/** Fixed columns, whitespace mode, and the most fields a line is cut into. */
function readColumns(d: Chosen) {
  const { text, full, choice, tabs, inline, rest, tabAligned, listed, forcedDelimiter, forcedWhitespace } = d;
  // why not with inline comments: the parser cuts fixed-width columns before it could see a note
  // why merged numbers refused only when aligned: runs of spaces then read the ragged rows (loud, as they are); with
  // single spaces the fallback is a plain space delimiter, which reads blocks of several widths as errors on every row;
  // and for series of a label and numbers (raggedSeries), whose rows differ in width one by one: cut by position, the
  // longer rows' last values were glued in one cell without a word
  const columns = tabAligned ?? listed ?? (choice.delimiter === " " && !tabs && !inline && (forcedWhitespace || forcedDelimiter === null) ? fixedColumns(text.split(/\r\n|\n|\r/, 1000), forcedWhitespace || aligned(text) || raggedSeries(text)) : null);
  const whitespace = forcedWhitespace || columns !== null || tabs || rest !== null || (forcedDelimiter === null && choice.delimiter === " " && (d.sniffed.blanks === true || aligned(text) || alignedLater(full) || quotedRunsReadEvenly(text, d.forcedQuote ?? choice.quote) || mixedBlanks(text) || (inline && notesOnSpacedRows(text))));
  // why only where no columns read the list: codes of one length are cut by position already (`Com Coma Berenices`)
  const maxFields = forcedDelimiter === null && !whitespace && !inline && d.comment === null && choice.delimiter === " " && (d.opts.fields ?? 2) <= 2 && (codesThenNames(text) || numberedLines(text) || countedPhrases(text)) ? 2 : rest !== null && columns === null ? rest
    : columns !== null && !tabAligned && !listed && endsInTextColumn(text.split(/\r\n|\n|\r/, 1000), columns) ? columns.length : undefined;
  return Object.assign(d, { columns, whitespace, maxFields });
}
type Columned = ReturnType<typeof readColumns>;

/** The header and preamble, and the columns learned again under that preamble. */
function readStructure(d: Columned) {
  const { comment, forcedSkip, columns } = d;
  // why spaces for tabs: the parser reads a TAB as a space in whitespace mode, so the header (and a preamble such as
  // a `18<TAB>18` dimensions line above a space-aligned matrix) is judged on those cells
  const structure = detectHeader(d.whitespace ? d.headText.replace(/\t/g, " ") : d.headText, d.complete, d.choice, {
    comment,
    skipRows: forcedSkip,
    header: d.opts.header ?? null,
    columns,
    maxFields: d.maxFields,
  });
  // why learned again: a title above an aligned table hides a boundary (columnsUnderPreamble); why only with no
  // comment or forced skip: then the scoring text's lines are the file's, and the preamble its first lines
  // why before recordsNotHeader: the columns are learned under the preamble detectHeader found
  const cut = comment === null && forcedSkip === null ? columnsUnderPreamble(d.text, structure.skipRows, columns) : columns;
  return Object.assign(d, { structure, cut });
}
type Structured = ReturnType<typeof readStructure>;

/** First rows that are no header: a record of ragged series, or a list's count line. */
function recordsNotHeader(d: Structured): void {
  const { opts, structure, choice } = d;
  // why: a first row of a label and numbers is a record of ragged series, neither header nor preamble (seriesFirstRowIsRecord)
  if (opts.header == null && opts.skipRows == null && d.forcedSkip === null && choice.delimiter === " " && !d.tabs && !d.inline && seriesFirstRowIsRecord(d.text)) {
    structure.header = false;
    structure.skipRows = 0;
  }
  // why a preamble and not a header: the count of a list's entries above it (Hunspell's `.dic`) names no column
  if (opts.header == null && opts.skipRows == null && structure.skipRows === 0 && choice.delimiter === "" && !d.whitespace && countLine(d.sample, d.complete, d.comment)) {
    structure.skipRows = 1;
    structure.header = false;
  }
}

/** How quotes, padding and inline notes read in the cells. */
function readCells(d: Structured) {
  const { full, choice, forcedQuote, whitespace, inline, comment } = d;
  // why `"` chosen too: marks beside real quoted fields (`"Pipe, copper",12,"`) merged records as much as marks alone
  const loneQuotes = forcedQuote === null && (choice.quote === "" || choice.quote === '"') && loneQuoteCells(full, choice.delimiter);
  const quoteText = !loneQuotes && forcedQuote === null && choice.quote === "" && quoteIsText(full, choice.delimiter) && !(d.complete && endsInsideQuote(d.sample, choice.delimiter));
  const padded = !whitespace && d.opts.paddedCells !== false && (paddedCells(full, choice.delimiter) || tabPadded(full, choice.delimiter) || paddedQuotes(full, choice.delimiter, forcedQuote ?? choice.quote));
  const spaced = d.forcedDelimiter === null && !whitespace && choice.delimiter === "\t" && spacedRows(full, comment);
  const width = inline ? inlineWidth(full, choice.delimiter, whitespace) : undefined;
  // why the sample as given: the warning names the file's own lines (comment lines and the preamble count too)
  // why not after `//`: those notes were proven by the rows' width (slash-notes.ts), and a note glued to the mark
  // (`//added 20050225`) is written so; glued after `#` it may be a number sign or a tag
  const inlineValues = inline && comment !== "//" ? inlineValueNotes(d.sample, comment!, d.spacedNotes) : null;
  return Object.assign(d, { loneQuotes, quoteText, padded, spaced, width, inlineValues });
}
type Celled = ReturnType<typeof readCells>;

/** Column names in a comment line: a marked header under notes, over a text row, or above the records. */
function readCommentedHeader(d: Celled) {
  const { sample, opts, structure, choice, whitespace } = d;
  // why after the header: a commented header names the columns only of a file whose first row is data
  const marked = opts.header == null && opts.skipRows == null && d.comment === null && opts.comment == null && structure.header && !structure.unitsRow && !structure.extraName && !structure.groupTitles
    ? markedHeaderUnderNotes(sample, { delimiter: choice.delimiter, whitespace }, structure.skipRows) : null;
  if (marked) { d.comment = marked.comment; structure.header = false; structure.skipRows = 0; }
  const comment = d.comment;
  const overText = !marked && opts.header == null && opts.skipRows == null && structure.header && structure.skipRows === 0 && !structure.unitsRow && !structure.extraName && !structure.groupTitles
    ? commentedHeaderOverTextRow(sample, { delimiter: choice.delimiter, comment, whitespace }) : null;
  if (overText) structure.header = false;
  const commentNames = marked?.names ?? overText ?? (opts.header == null && !structure.header && structure.skipRows === 0 && opts.skipRows == null ? commentedHeader(sample, { delimiter: choice.delimiter, comment, whitespace }) : null);
  return Object.assign(d, { commentNames });
}
type Named = ReturnType<typeof readCommentedHeader>;

/** A last line that closes the table: a trailer, a block of keys, or an end mark (whole files only). */
function readTrailer(d: Named) {
  const { sample, complete, choice, comment, whitespace, inline, structure } = d;
  const firstRecord = structure.skipRows + (structure.header ? 1 : 0);
  // why a whole file only: the trailer is its last line; why no comment character: its lines are skipped wherever they stand
  const trailer = complete && comment === null && !whitespace && !inline ? trailerLine(sample, choice, firstRecord) : null;
  // why comment lines allowed here: the key block is found by its own lines, and the notes around it are skipped anyway
  const keys = !trailer && complete && !whitespace && !inline ? closingKeys(sample, choice, firstRecord, comment) : null;
  // why comment lines and whitespace allowed: the end mark is found by its own word, the rows' width at their blanks;
  // why inline notes only after `//`: a few rows dated so above `#end` (libghemical's tripos52 files, slash-notes.ts),
  // judged with their notes cut (headText), as the parser reads them
  const endLine = !trailer && !keys && complete && (!inline || comment === "//") ? endMarkLine(inline ? d.headText : sample, choice, firstRecord, comment) : null;
  return Object.assign(d, { trailer, keys, endLine });
}

/** The finished draft as the Dialect the parser reads. */
function finishDialect(d: ReturnType<typeof readTrailer>): Dialect {
  const { opts, choice, forcedQuote, forcedDelimiter, structure, inline, quoteText, loneQuotes, trailer, keys, endLine } = d;
  const allForced = forcedDelimiter !== null && forcedQuote !== null && opts.header != null && opts.skipRows != null;
  return {
    delimiter: choice.delimiter,
    quote: forcedQuote === "" || quoteText ? "" : loneQuotes ? '"' : choice.quote === "" ? null : choice.quote,
    ...(quoteText ? { quoteText: true } : {}),
    ...(loneQuotes ? { loneQuotes: true } : {}),
    ...(d.commentNames ? { commentNames: d.commentNames } : {}),
    // why: a user who names the quote describes the dialect; a `\"` in the data is then text, not an escape
    escape: choice.escape === "" || forcedQuote !== null ? null : choice.escape,
    lineTerminator: d.lineTerminator,
    header: structure.header,
    // why: with --no-header every line is data, so a leading row unlike the rest is a record, not a preamble
    skipRows: opts.header === false && d.forcedSkip === null ? 0 : structure.skipRows,
    comment: d.comment,
    ...(inline ? { inlineComment: true } : {}),
    ...(d.spacedNotes ? { inlineSpace: true } : {}),
    ...(d.width ? { inlineWidth: d.width } : {}),
    ...(d.inlineValues ? { inlineValues: d.inlineValues } : {}),
    ...(inline ? { inlineJudged: inlineJudgedLines(d.sample) } : {}),
    ...(d.padded ? { paddedCells: true } : {}),
    ...(d.spaced ? { spacedRows: true } : {}),
    ...(structure.unitsRow && opts.header == null && opts.unitsRow !== false ? { unitsRow: true } : {}),
    ...(structure.extraName && opts.header == null ? { extraName: true } : {}),
    ...(structure.groupTitles && opts.header == null ? { groupTitles: structure.groupTitles } : {}),
    ...(d.whitespace ? { whitespace: true } : {}),
    // why: columns whose text holds single spaces (`1 Ohio St`) are cut at positions blank on every line
    ...(d.cut ? { columns: d.cut } : {}),
    ...(d.maxFields ? { maxFields: d.maxFields } : {}),
    ...(trailer ? { trailerLine: trailer } : {}),
    ...(keys ? { trailerLine: keys.line, trailerKeys: keys.keys } : {}),
    ...(endLine ? { trailerLine: endLine, trailerEnd: true } : {}),
    how: allForced ? "forced" : "sniffed",
    uncertain: choice.uncertain && !(forcedDelimiter !== null && forcedQuote !== null),
    alternative: choice.alternative ? { delimiter: choice.alternative.delimiter, quote: choice.alternative.quote || null } : null,
  };
}

/**
 * True when the sample holds `"` but never as the quoting of a field (isRealQuote is false) in a file that is not
 * comma-separated: the quote is then text wherever it stands (`""` for the parser, as `--quote ''`; the report says
 * null, as for any file with no quoted field), also at the start of a cell (`"Blue" Widgets Inc` in a TSV). why not for null: null lets the parser quote at a cell start, so
 * such a cell read as a quoted field with text after it (quote-stray) on a good file. why not commas: RFC 4180 has
 * quoting, and a stray `"` in a comma file is a finding; TSV (IANA) and the other delimiters have none of their own.
 * why only when `"` occurs: a sample with no `"` at all says nothing, and a quoted field may come after it.
 */
function quoteIsText(full: string, delimiter: string): boolean {
  return delimiter !== "," && full.includes('"');
}

/**
 * True when the file ends inside a field its last `"` opens (`2;"unclosed and cut`, no line break after it): a file
 * cut short in a quoted field, not a quote used as text. why: read as text, the cut file passed as a shorter success;
 * read as a quote, the parser reports the unclosed field. A `"` that is a whole cell (`66634<TAB>"`, a word list's
 * punctuation entry, lines above the end) opens no field: a cut field opens on its text, on the quote's own line.
 */
function endsInsideQuote(sample: string, delimiter: string): boolean {
  if (/[\r\n]$/.test(sample)) return false;
  const at = sample.lastIndexOf('"');
  const before = at <= 0 ? "\n" : sample[at - 1];
  const next = sample.charAt(at + 1);
  const wholeCell = next === delimiter || next === "\n" || next === "\r";
  return at >= 0 && !wholeCell && (before === delimiter || before === "\n" || before === "\r");
}

/**
 * True when the cells are padded with spaces as a layout, on 3 lines or more that hold the delimiter: every cell after
 * a delimiter starts with a space (`0.10457; 115.149`, `aa46,   7,  16, FOO3`) on at least 9 lines in 10, or every
 * column is right-aligned to one width (` 0.3000<TAB> 8.8200` above `15.0000<TAB>10.0200`, 9 lines in 10). The
 * pipeline then skips the padding around each cell (Python csv's skipinitialspace, and before the delimiter too) and
 * `115.149` types as a number.
 * why every cell of a line: a space after some delimiters only is text (`Smith, John` in one cell of a TSV).
 */
function paddedCells(full: string, delimiter: string): boolean {
  if (delimiter === " " || delimiter === "") return false;
  const rows = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.includes(delimiter)).map((l) => l.split(delimiter));
  if (rows.length < 3 || !rows.some((r) => r.some((c) => /^ +\S/.test(c)))) return false;
  // why only rows with a cell after the first: a row of empty cells shows no padding (a sparse table of blank rows
  // and one `, x` cell was read as padded, and a cell holding a TAB came back empty)
  const telling = rows.filter((r) => r.slice(1).some((c) => c !== ""));
  const padded = telling.filter((r) => r.slice(1).every((c) => c === "" || c.startsWith(" "))).length;
  return telling.length >= 3 && (padded >= telling.length * 0.9 || rightAligned(telling));
}

/**
 * True when a quoted field stands between spaces and its delimiters (`json1, "string field"`, `|  'Source 82'  |`,
 * `"2008  " ` at a header's end): the spaces are padding, not text around the quotes (quote-stray on every such cell).
 * why whole fields only: `a, "b" c` is a stray quote however it is padded, and stays one.
 */
export function paddedQuotes(full: string, delimiter: string, quote: string | null): boolean {
  if (!quote || delimiter === " " || delimiter === "" || quote === delimiter) return false;
  const text = full.slice(0, SCORE_CHARS);
  // why a scan, not a pattern: a pattern also matched inside a quoted field (`", "` then `","`), so a file without
  // padding was read as padded and a cell holding a TAB came back empty
  for (let i = 0; i < text.length; ) {
    const start = i;
    while (text[i] === " ") i++;
    if (text[i] !== quote) { i = fieldEnd(text, i, delimiter) + 1; continue; }
    for (i++; i < text.length; i++) if (text[i] === quote) { if (text[i + 1] !== quote) break; i++; }
    if (i >= text.length) break; // a field the sample cuts tells nothing
    const closed = ++i;
    while (text[i] === " ") i++;
    const ends = i >= text.length || text[i] === delimiter || text[i] === "\n" || text[i] === "\r";
    if (ends && (text[start] === " " || i > closed)) return true;
    i = fieldEnd(text, i, delimiter) + 1;
  }
  return false;
}

/** Index of the delimiter or line break that ends the unquoted rest of a field from `i` (or the text's length). */
function fieldEnd(text: string, i: number, delimiter: string): number {
  while (i < text.length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

function escapeRe(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&");
}

/**
 * True when some lines of a TAB table are one or more TABs short and their cells, split at runs of spaces, give the
 * table's width exactly (`  H     1<TAB>0<TAB>-3.7406` among `D<TAB>1<TAB>1<TAB> 6.6710`), while no cell of the
 * table's other full lines (the first, a header, left out) holds a space: those lines were written with spaces for
 * TABs. The pipeline reads such a record at its runs of spaces. why no spaces elsewhere: where cells hold text with
 * spaces (`New York`), a short line is a short record, reported as such. why at most 1 line in 5: more is another
 * layout (whitespace-aligned, chosen before).
 */
function spacedRows(full: string, comment: string | null): boolean {
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "" && (comment === null || !isCommentLine(l, comment))).map((l) => l.split("\t"));
  const width = modalShare(lines.map((l) => l.length)) >= 0.8 ? mostCommon(lines.map((l) => l.length)) : 0;
  if (width < 2) return false;
  const whole = lines.filter((l) => l.length === width);
  if (whole.slice(1).some((l) => l.some((c) => c.trim().includes(" ")))) return false;
  const spaced = lines.filter((l) => l.length < width && l.flatMap(spacedCells).length === width).length;
  return spaced > 0 && spaced * 5 <= lines.length;
}

/** The header's names as the dialect reads them: with the group titles of the row above in front (`Sales Q1`), if any. */
export function headerNames(cells: string[], d: Dialect): string[] {
  return d.groupTitles && d.groupTitles.length === cells.length ? joinGroupTitles(d.groupTitles, cells) : cells;
}

/** A TAB cell split at its runs of spaces (an empty cell stays one). */
export function spacedCells(cell: string): string[] {
  const t = cell.trim();
  return t === "" ? [cell] : t.split(/ +/);
}

/** The most common value. */
function mostCommon(values: number[]): number {
  const count = new Map<number, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best = 0;
  let n = 0;
  for (const [v, c] of count) if (c > n) { best = v; n = c; }
  return best;
}

/** Every column's cells have one length (on 9 rows in 10 of the modal width, 2 columns or more): padded to align. */
function rightAligned(rows: string[][]): boolean {
  const width = rows[0].length;
  const same = rows.filter((r) => r.length === width);
  if (width < 2 || same.length < rows.length * 0.9) return false;
  for (let c = 0; c < width; c++) if (modalShare(same.map((r) => r[c].length)) < 0.9) return false;
  return true;
}

/**
 * True when space-delimited lines are aligned with runs of spaces: at least half the lines start with a space or
 * hold two spaces between two values. why half: a single-space file reads `a  b` as an empty middle field, and one
 * such line in a file is an empty field; padding on most lines is alignment.
 */
function aligned(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  const padded = lines.filter((l) => /^ +\S|\S {2,}\S/.test(l)).length;
  if (lines.length > 0 && padded * 2 >= lines.length) return true;
  // why: numbers padded for their sign ("0.18 -0.92" above "-0.34  0.96") are padded on some lines only; when runs of
  // spaces read (nearly) every line at one width and single spaces read fewer lines so, the runs are the delimiter
  // why trailing spaces too: a space left at the end of a few lines (`200 0 ` among `195 0`) is no empty last cell
  // of a space-separated file; read at single spaces, each such line was a row-extra-cells error
  return runsReadEvenly(lines);
}

/**
 * True when a TAB-sniffed text is whitespace-aligned: runs of tabs and spaces read every line (but 1 in 100) at one
 * width of 2 or more, and single tabs read fewer lines so (`white<TAB><TAB>   ffffff`, `ASPP    Protein` among
 * `ALA<TAB>Protein`, a header spaced above tabbed rows). why 1 in 100: a row with an empty middle cell reads one
 * cell short with runs, so it is reported (row-missing-cells) rather than read shifted.
 */
function tabsAndSpaces(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (spacedTitleAboveTabHeader(lines)) return false;
  const all = lines.map((l) => l.trim().split(/[ \t]+/).length);
  // why: R's write.table header has no name above the row names; spaced above tabbed rows, it is one run short (names
  // only: a count line `25` above `a<TAB>b` pairs is no header)
  const names = !lines[0].includes("\t") && lines[0].trim().split(/ +/).every((w) => /[A-Za-z]/.test(w));
  const runs = all.length > 2 && names && all[0] === mostCommon(all.slice(1)) - 1 ? all.slice(1) : all;
  const share = modalShare(runs);
  if (share < 0.99 || Math.max(...runs) < 2) return false;
  // why trimmed: a TAB at the end of the header (an empty last name) is no alignment
  return modalShare(lines.map((l) => l.trim().split("\t").length)) < share;
}


/** The comment character of the sample (see comment.ts), judged on the lines of its scoring part. */
function guessComment(sample: string, complete: boolean, skipRows: number | null, forced: { delimiter: string | null; quote: string | null }): CommentGuess & { tabHeader?: boolean } {
  if (!SNIFFED_MARKS.some((c) => sample.includes(c))) return { comment: null, skipRows: 0 };
  // why the end mark kept: which mark it carries is for the comment sniffer to weigh (endMarkOnly)
  const lines = scoringText(sample, complete, null, skipRows, false).split(/\r\n|\n|\r/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  // why: only a sample that is the whole file shows which lines end it
  const whole = complete && sample.length <= SCORE_CHARS;
  // why first: the block's `---` and `key: value` lines would be judged as rules, notes or rows (see yamlFrontMatter);
  // the lines under it are sniffed as a file of their own
  const front = skipRows === null ? yamlFrontMatter(lines) : null;
  if (front !== null) {
    const rest = guessComment(sample, complete, front, forced);
    return rest.skipRows > 0 ? rest : { ...rest, skipRows: front };
  }
  // why before the notes' fit: `##` meta lines outweigh one record or a few wide ones (see metaLinesAboveHeader)
  const meta = forced.delimiter === null || forced.delimiter === "\t" ? metaLinesAboveHeader(lines, whole) : null;
  if (meta !== null) return { comment: null, skipRows: meta + (skipRows ?? 0), tabHeader: true };
  const guess = sniffComment(lines, (rest) => chooseDialect(rest, rest, forced), forced.quote ?? '"', whole);
  // the block to skip counts from the start of the file, after a forced preamble
  return guess.skipRows > 0 ? { comment: null, skipRows: guess.skipRows + (skipRows ?? 0) } : guess;
}

/** The part of the sample the scorer reads: whole lines only, without forced preamble and comment lines. */
function scoringText(sample: string, complete: boolean, comment: string | null, skipRows: number | null, dropEnd = true): string {
  let s = sample;
  if (skipRows) s = dropLines(s, skipRows);
  if (!complete) s = cutAtRecordEnd(s, s.length);
  const whole = complete && s.length <= SCORE_CHARS;
  if (s.length > SCORE_CHARS) s = cutAtRecordEnd(s, SCORE_CHARS);
  if (comment) s = s.split(/\r\n|\n|\r/).filter((l) => !isCommentLine(l, comment)).join("\n");
  // why: a closing end mark is no row, and it weighed against the rows' delimiter (withoutEndMark)
  return whole && dropEnd ? withoutEndMark(s, comment) : s;
}

/** The whole sample as the cheap checks read it: whole lines, no forced preamble. */
function fullText(sample: string, complete: boolean, comment: string | null, skipRows: number | null): string {
  let s = sample;
  if (skipRows) s = dropLines(s, skipRows);
  if (!complete) s = cutAtRecordEnd(s, s.length);
  if (comment) s = s.split(/\r\n|\n|\r/).filter((l) => !isCommentLine(l, comment)).join("\n");
  // why: a closing end mark is no row, and it weighed against the rows' delimiter (withoutEndMark)
  return complete ? withoutEndMark(s, comment) : s;
}

/**
 * Cuts at the last line break before `limit` that ends a record: one outside `"` quotes, counting quotes from the
 * start. why: a cut inside a quoted multi-line field leaves an unclosed quote, and every line after it scores as a
 * row; the sniffer must score records, not lines. Falls back to the last line break when quotes never balance.
 */
function cutAtRecordEnd(s: string, limit: number): string {
  const head = s.slice(0, limit);
  let open = false;
  let lastEven = -1;
  let q = head.indexOf('"');
  for (let nl = head.indexOf("\n"); nl >= 0; nl = head.indexOf("\n", nl + 1)) {
    while (q >= 0 && q < nl) { open = !open; q = head.indexOf('"', q + 1); }
    if (!open) lastEven = nl;
  }
  return lastEven > limit / 2 ? head.slice(0, lastEven + 1) : cutAtLastBreak(s, limit);
}

function cutAtLastBreak(s: string, limit: number): string {
  const head = s.slice(0, limit);
  const lf = head.lastIndexOf("\n");
  // why: look for a CR only after the last LF; lastIndexOf("\r") read the whole MiB back when there is none
  const cut = head.indexOf("\r", lf + 1) >= 0 ? head.lastIndexOf("\r") : lf;
  return cut > 0 ? head.slice(0, cut + 1) : head;
}

function dropLines(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const lf = s.indexOf("\n", i);
    const cr = s.indexOf("\r", i);
    let end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) return "";
    if (s[end] === "\r" && s[end + 1] === "\n") end++;
    i = end + 1;
  }
  return s.slice(i);
}
