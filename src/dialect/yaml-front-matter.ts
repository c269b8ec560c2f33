// A YAML document (`---`, `key: value` lines, `...` or `---`) above the table, as CSVY files and Rime dictionaries open.

/** Most lines a front matter may hold: a settings block, not a document of its own. */
const MAX_LINES = 200;

/** A line of a YAML mapping: `key: value`, `key:` (a nested block follows), an indented or `- item` line, a note. */
const YAML_LINE = /^(?:[A-Za-z_][\w.-]*(?: [\w.-]+)*:(?:[ \t].*)?|[ \t]+\S.*|- .*|#.*)$/;
const KEY_LINE = /^[A-Za-z_][\w.-]*(?: [\w.-]+)*:(?:[ \t]|$)/;

/**
 * The number of lines through the front matter's closing line (and the blank lines under it), or null.
 * why: the table under the block was read with the block's lines as its preamble and `name: luna_pinyin` as a
 * one-cell header, or the block's `key: value` words as columns, so each of the 70,000 `字<TAB>pinyin` entries of
 * a Rime dictionary was "row-extra-cells". The block is a document of settings, never the table's header.
 * Refused (left to the sniffer as before): a `---` line that is not the first but for `#` notes and blank lines
 * above it, a block with a line that is no YAML mapping line (a table row `1,2,3` between two `---` rules), a block
 * with no `key:` line, no closing line in the sample, nothing under the block.
 * @param lines the sample's lines (whole lines only), from the first
 */
export function yamlFrontMatter(lines: string[]): number | null {
  let open = 0;
  while (open < lines.length && (lines[open].trim() === "" || lines[open].startsWith("#"))) open++;
  if (lines[open]?.trimEnd() !== "---") return null;
  let close = open + 1;
  while (close < lines.length && close - open <= MAX_LINES && !/^(?:---|\.\.\.)\s*$/.test(lines[close])) {
    if (lines[close].trim() !== "" && !YAML_LINE.test(lines[close])) return null;
    close++;
  }
  if (close >= lines.length || close - open > MAX_LINES) return null;
  if (!lines.slice(open + 1, close).some((l) => KEY_LINE.test(l))) return null;
  let end = close + 1;
  while (end < lines.length && lines[end].trim() === "") end++;
  return end < lines.length ? end : null;
}
