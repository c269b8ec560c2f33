// Whether a picked `,` only joins a list of numbers inside the first of `:`-parted fields (`1,2,5,14:42{…}:Catalan`).

/** Fewest lines that show such a layout. */
const MIN_LINES = 3;

/** A list of 3 numbers or more joined by commas (`1,1,2,3,5`). */
const NUMBER_LIST = /^[-+]?\d+(?:\.\d+)?(?:,[-+]?\d+(?:\.\d+)?){2,}$/;

/**
 * True when every line holds the same number of colons, 2 or more, its first `:` field is a list of numbers joined by
 * commas (3 or more), and every other field holds a letter: the commas join the list of one cell, the colons part
 * the fields. why: bsdgames' `quiz/seq-*` files (`1,2,5,14,42,132:429{(Catalan)}:Catalan{ numbers}`)
 * were read at `,` (the lists' numbers typed, the colon fields text), each line as wide as its list: a false
 * row-missing-cells or row-extra-cells on every line whose list is not of the first one's length. why letters in the fields after the
 * list: a headerless CSV holding times (`1,2,13:00:00,alice`) has digits there.
 */
export function listedFirstField(full: string, picked: string): boolean {
  if (picked !== ",") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < MIN_LINES) return false;
  const fields = lines.map((l) => l.split(":"));
  const n = fields[0].length;
  return n >= 3 && fields.every((f) => f.length === n && NUMBER_LIST.test(f[0]) && f.slice(1).every((c) => /\p{L}/u.test(c)));
}
