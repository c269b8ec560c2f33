// Weka's ARFF layout: `@relation`, `@attribute NAME TYPE` lines, then `@data` above comma-separated records.

/** An `@attribute` line's name: a bare word or one in quotes (`'sepal length'`), then its type. */
const ATTRIBUTE = /^@attribute\s+('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+)\s+\S/i;

/**
 * The lines to skip (every line up to and with `@data`) and the attribute names, when the sample's first line that is
 * neither blank nor a `%` comment is `@relation`, `@attribute` lines follow, and a `@data` line comes before any
 * other line. why: read as a CSV, the header lines were the header and a row each (`@attribute class
 * {Iris-setosa,…}`: row-extra-cells, formula-injection on every `@` line), an error a line on a good file. Read so,
 * the records are the table and the names are the attributes'; the skipped lines are said once (preamble-skipped).
 * Refused: no `@relation` first, a line of another form among the header lines, no `@data` in the sample.
 */
export function arffLayout(sample: string): { skipRows: number; names: string[]; line: number } | null {
  const lines = sample.split(/\r\n|\n|\r/);
  let i = 0;
  const skip = (): void => { while (i < lines.length && (lines[i].trim() === "" || lines[i].startsWith("%"))) i++; };
  skip();
  if (i >= lines.length || !/^@relation\s+\S/i.test(lines[i])) return null;
  i++;
  const names: string[] = [];
  let first = 0;
  for (skip(); i < lines.length; i++, skip()) {
    if (/^@data\s*$/i.test(lines[i])) return names.length > 0 ? { skipRows: i + 1, names, line: first } : null;
    const m = ATTRIBUTE.exec(lines[i]);
    if (m === null) return null;
    if (names.length === 0) first = i + 1;
    names.push(/^['"]/.test(m[1]) ? m[1].slice(1, -1).replace(/\\(.)/g, "$1") : m[1]);
  }
  return null;
}
