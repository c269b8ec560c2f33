// A foreign key's cells → the 64-bit hash of `unique` (checks/schema/key-table.ts), the same on both sides of the reference.
import { hashAdd, hashStart } from "../checks/schema/key-table.js";
import { cellAt, cellCount } from "../parse/line-record.js";
import type { ParsedRecord } from "../types.js";

/**
 * Stands for a missing part of a partly missing key. why: Frictionless compares keys as tuples where a missing
 * cell is None, so (1, None) matches only a reference row whose key is (1, None) too.
 */
const MISSING_PART = "\u0000missing";

/** The key's cells read by the last hashKey (reused: keys are hashed one at a time). */
export const keyCells: string[] = [];

/**
 * Starts the running hash on the key's cells (read hashLo/hashHi after it) and leaves them in keyCells. Returns false,
 * hashing nothing usable, when the key is not to be looked at: every part missing (Frictionless skips such a row:
 * `set(cells) == {None}` in frictionless-py), or a cell beyond the record (row-missing-cells says so).
 * why cell by cell (cellAt): a LineRecord then makes the key's strings alone, not the record's.
 */
export function hashKey(rec: ParsedRecord, cols: ArrayLike<number>, missing: ReadonlyArray<ReadonlySet<string>>): boolean {
  const width = cellCount(rec);
  let present = false;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k];
    if (c < 0 || c >= width) return false;
    const v = cellAt(rec, c);
    keyCells[k] = v;
    if (!missing[k].has(v)) present = true;
  }
  if (!present) return false;
  hashStart();
  for (let k = 0; k < cols.length; k++) {
    const v = keyCells[k];
    hashAdd(missing[k].has(v) ? MISSING_PART : v);
  }
  return true;
}
