// Names numbered by the columns they head (`node1,node2` beside `weight`): names, however like the ids below them.

/** A cell with its runs of digits made one mark: `seq12` and `seq5` both read `seq#`. */
export const numberShape = (cell: string): string => cell.replace(/\d+/g, "#");

/** The positions of cells holding a letter and one number, grouped by their stem (`team1`, `team2` → `team#`). */
function numberedStems(head: string[]): Map<string, number[]> {
  const stems = new Map<string, number[]>();
  head.forEach((cell, i) => {
    if (cell.match(/\d+/g)?.length !== 1 || !/[A-Za-z]/.test(cell)) return;
    stems.set(numberShape(cell), [...(stems.get(numberShape(cell)) ?? []), i]);
  });
  return stems;
}

/** 2 or more positions of one stem whose numbers are 0 or 1, 2, … in column order. */
function counting(head: string[], at: number[]): boolean {
  const n = at.map((i) => Number(/\d+/.exec(head[i])![0]));
  return n.length >= 2 && n[0] <= 1 && n.every((v, i) => v === n[0] + i);
}

/**
 * The positions of cells whose numbers count the columns (2 or more of one stem numbered 0 or 1, 2, … in column
 * order: `team1 team2`, `score1 score2`, `item1 item2`). why: such numbers count columns, as names do; a record's
 * numbers (`seq1 … id1`, `original1 ariba1`) each stand in a stem of their own.
 */
export function countingCells(head: string[]): number[] {
  return [...numberedStems(head).values()].filter((at) => counting(head, at)).flat();
}

/** True when some cells of the row count its columns (countingCells). */
export function countsColumns(head: string[]): boolean {
  return countingCells(head).length > 0;
}

/** A plain word: letters and no digit (`support`, `label`), the kind of cell that names a column of numbers or ids. */
export function plainWord(cell: string): boolean {
  return /[A-Za-z]/.test(cell) && !/\d/.test(cell);
}

/**
 * True when `cell` is a plain word and no cell under it is one (`support` above `0.031`, `0.12`). why: a record's
 * word sits among words of its column; a word over numbers or ids names them, and the row is the header.
 */
export function wordOverOtherKind(cell: string, under: string[]): boolean {
  const filled = under.filter((c) => c.trim() !== "");
  return plainWord(cell) && filled.length > 0 && !filled.some(plainWord);
}

/** Value spellings, not names: non-finite numbers and missing-value words (`Inf`, `ND`, `unknown`, `undefined`). */
const VALUE_WORD = /^(?:[-+]?inf(?:inity)?|nan|na|n\/a|n\.?d\.?|n\.?r\.?|null|none|nil|missing|unknown|unk|undefined|empty|blank)$/i;

/**
 * A word that names a column: 4 letters or more, no value spelling (`weight`, `score`). why: a headerless list's
 * first record holds a value word over numbers too (`sample1,sample2,Inf`; `ND`, `unknown`, `x`).
 */
export function nameWord(cell: string): boolean {
  const t = cell.trim();
  return (t.match(/[A-Za-z]/g)?.length ?? 0) >= 4 && !VALUE_WORD.test(t);
}

/**
 * The cells of a first row that count its columns (`node1,node2`), when a plain word of the row stands over a column
 * holding no word (`weight` above `0.5`): names over generic ids (`node12,node7,0.5`), not ids like them. why the word:
 * a numbered pair alone (`node1,node2` above `node3,node7`) may as well be the first edge of the list; a record does
 * not put a word over a column of numbers; why a name's word (nameWord): a record's value word may (`Inf`, `unknown`).
 * Empty when not so.
 */
export function countedNames(head: string[], body: string[][]): Set<number> {
  const at = countingCells(head);
  if (at.length === 0 || body.length === 0) return new Set();
  const word = head.some((cell, c) => !at.includes(c) && nameWord(cell) && wordOverOtherKind(cell, body.map((r) => r[c] ?? "")));
  return new Set(word ? at : []);
}
