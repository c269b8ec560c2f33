// Whether a fixed-width cell holds a quoted field after other text (`(-*) "general hydrogen"`): fields merged.
/**
 * True when the cell is text, a blank, then a field wholly in `"` quotes that ends the cell. why: libghemical's
 * `atomtypes.txt` (`0x0100 (-*) "general hydrogen"`) lines up one gap after its codes only (the rules after them
 * differ in length), and read at that position each rule and quoted name were one cell, silently; the quotes show
 * where a field starts. Refused: a cell that is a quoted field alone (`"Ann Lee"`), a quote mark inside a word
 * (`12" pipe`, `Ann "Al" Lee` ends in no quoted field), a quoted field with text after it.
 */
export function quotedFieldInCell(cell: string): boolean {
  return /^\S.*?[ \t]"[^"]*"$/.test(cell.trim());
}
