// Whether a fixed-width cell holds several values merged (`0 0 39 56 off -41 -56`): numbers with one word among them.
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** Numbers a cell must hold (fewer: `12 Main St`, `Route 66 North` are text with a number in it). */
const MIN_NUMBERS = 3;

/**
 * True when the cell's space-separated tokens are MIN_NUMBERS numbers or more and at most one other word. why: an
 * atlas line (`tux_rot_11_phase_00.png 0 0 39 56 off -41 -56`) whose names are all one length lines up a gap after
 * the name only; read at that position, the seven values were one cell, silently. A flag word among the numbers
 * (`off`) kept the all-numbers refusal (`255 255 0`) from seeing them. Refused: two numbers or fewer, two words or
 * more (`Canes Venatici 12 4 1` is a name and values a wider split would part anyway).
 */
export function mergedValuesCell(cell: string): boolean {
  const tokens = cell.trim().split(/ +/);
  const numbers = tokens.filter((t) => NUMBER.test(t)).length;
  return numbers >= MIN_NUMBERS && tokens.length - numbers <= 1;
}
