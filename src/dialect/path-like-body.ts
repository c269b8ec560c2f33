// Whether a first-row cell is an absolute file path above paths (`/home/…/galGal4.hints.gff`): a value, never a name.

/**
 * An absolute path: `/`, `~/` or a drive (`C:\`), then at least one more separator, no blank. why two separators:
 * a lone `/` word (`/dev`, `/s`) may be a switch or a unit, while `/srv/x/y` names a file on some machine.
 */
const ABSOLUTE_PATH = /^(?:\/|~\/|[A-Za-z]:[\\/])[^\s/\\]+[\\/]\S*$/;

/**
 * True when the cell and every value below it (1 or more) are absolute file paths. why any number of values: as
 * with URLs and e-mail addresses (formedLikeBody), a column's name is never such a path, so the few lines of a short
 * table (augustus's `hints.tbl`: a species and its hints file, four lines) tell as much as many. Refused: a relative
 * path or bare file name (`data/a.csv`: a name may be one), a column where some value is no path.
 */
export function pathLikeBody(cell: string, values: string[]): boolean {
  return ABSOLUTE_PATH.test(cell) && values.length >= 1 && values.every((v) => ABSOLUTE_PATH.test(v));
}
