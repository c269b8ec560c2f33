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
 * at no delimiter (a title may hold the delimiter's neighbours, spaces). Also refused: names whose repeats cover less
 * than ¾ of the names after the first (see periodicNames).
 */
export function titlesOverEveryColumn(row: string[], names: string[], later: string): boolean {
  if (row.length < 2 || row.length !== names.length || row[0].trim() !== "") return false;
  const titles = row.slice(1).map((c) => c.trim());
  if (!titles.every((c) => c !== "") || !periodicNames(names.slice(1))) return false;
  return !later.split(/\r\n|\n|\r/).slice(1).some((l) => titles.every((t) => l.includes(t)));
}

/**
 * Whether names that occur more than once fill ¾ of the row or more: the statistic of each feature, repeated
 * (`MEAN(K)` ×1,575). why: a blank-corner header (`,Monday,Tuesday,…`) over a record that happens to repeat a value
 * (`Morning,Yoga,Pilates,Yoga,Spinning`: 2 of 4) was read as titles over names, and that record lost into the names.
 */
function periodicNames(names: string[]): boolean {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.filter((n) => (count.get(n) ?? 0) >= 2).length * 4 >= names.length * 3;
}
