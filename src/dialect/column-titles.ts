// A title over every column but the first, above names that repeat (USGS Geo Data Portal: `<TAB>Delaware<TAB>Maryland`
// over `TIMESTEP<TAB>MEAN(mm/month)<TAB>MEAN(mm/month)`): the first half of a two-row header.

/**
 * Whether the row, as wide as the names under it, leaves its first cell empty (no title over the key column), fills
 * every other one, and stands over names of which some repeat. why: groupRow took only sparse rows (merged cells,
 * half the row empty or more) for group titles; a row that names the feature of each column (`Delaware`, `District
 * of Columbia`, …) above the statistic of each (`MEAN(mm/month)` five times) was skipped as a preamble, and the
 * repeated names were `header-duplicate` errors. The caller keeps it only when the titles make every name distinct.
 * Refused: a filled first cell, an empty cell after it, names all distinct (then the row may be the header itself),
 * a row of another width, and a line holding every title again in the text below (`later`): tables stacked under
 * `# Prcp`, `# Tmin` notes, each with its own two lines; read under the first two, the later pairs would be records,
 * silently (left as one table whose header line repeats, reported). why any line holding them: the text is searched
 * at no delimiter (a title may hold the delimiter's neighbours, spaces).
 */
export function titlesOverEveryColumn(row: string[], names: string[], later: string): boolean {
  if (row.length < 2 || row.length !== names.length || row[0].trim() !== "") return false;
  const titles = row.slice(1).map((c) => c.trim());
  if (!titles.every((c) => c !== "") || new Set(names).size === names.length) return false;
  return !later.split(/\r\n|\n|\r/).slice(1).some((l) => titles.every((t) => l.includes(t)));
}
