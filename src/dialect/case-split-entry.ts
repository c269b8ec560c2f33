// A two-column glossary's first entry (`Haus<TAB>house` above `Baum<TAB>tree`): written in each column's own letter case.
import { likeValues } from "./body-like-row.js";
import { lazyRegExp } from "../lazy.js";

/** Nouns that head a glossary's columns (`English`, `meaning`), beside body-like-row.ts's GENERIC nouns. */
const GLOSSARY_NAME = /^(?:translations?|meanings?|definitions?|glosse?s?|senses?|equivalents?|english|german|deutsch|englisch|french|français|spanish|español|italian|italiano|dutch|nederlands|portuguese|português|polish|polski|swedish|svenska|danish|dansk|norwegian|norsk|finnish|suomi|russian|latin|greek|turkish|türkçe|czech|hungarian|magyar|romanian|română|original|foreign|native)$/i;
/**
 * Words that head a column of an ordinary list (`Species<TAB>habitat`, `Product,colour`, `login,Full name`). why: each
 * name of a header is often typed like its column, so a header may be split in case just as a glossary's entry is.
 */
const COLUMN_WORD = /(?:name|names)$|^(?:species|genus|family|habitats?|products?|colou?rs?|logins?|users?|e-?mails?|authors?|roles?|sizes?|models?|brands?|materials?|owners?|locations?|places?|areas?|persons?|people|customers?|clients?|compan(?:y|ies)|purposes?|remarks?|sku|shapes?|flavou?rs?|fruits?|animals?|plants?|locale|site|host|server|team|department|position|job)$/i;
const WORDS = lazyRegExp(String.raw`^\p{L}[\p{L}\p{M}'’ .,()/-]*$`, "u");

/** `A` for a word opening with a capital then small letters (`Haus`), `a` for one opening small (`house`), else null. */
function initialCase(cell: string): "A" | "a" | null {
  if (/^\p{Lu}\p{Ll}/u.test(cell)) return "A";
  if (/^\p{Ll}/u.test(cell)) return "a";
  return null;
}

/** The case that 9 values in 10 of a column open with, or null when none does. */
function columnCase(values: string[]): "A" | "a" | null {
  for (const c of ["A", "a"] as const) if (values.filter((v) => initialCase(v) === c).length >= values.length * 0.9) return c;
  return null;
}

/**
 * True when a two-column table of words has columns written in different letter cases (German nouns `Baum` beside
 * English `tree`, 9 values in 10 each, 5 rows or more) and the first row is written in each column's case too: the
 * first entry of a glossary, not names. why: in an all-text table the vote ties and kept the entry as the header; a
 * header writes its two names in one style (`Deutsch<TAB>Englisch`, `german<TAB>english`), so one of them breaks
 * its column's case. Narrowed after an audit (a header is often typed like its columns: `username,Display name`,
 * `Species<TAB>habitat`): each head cell must also be like its column's values (a shape of theirs, a length within
 * theirs: likeValues), no column's word (COLUMN_WORD, anything ending in `name`), and each column must hold
 * distinct values 9 in 10. Refused: columns in one case (`term<TAB>definition` above `apple<TAB>a fruit`), a column mixed in
 * case, a head cell that is a glossary's column name (`Deutsch<TAB>english`) or holds no word, fewer than 5 rows.
 */
export function caseSplitEntry(head: string[], columns: string[][]): boolean {
  if (head.length !== 2 || columns[0].length < 5) return false;
  if (head.some((h) => !WORDS().test(h) || GLOSSARY_NAME.test(h)) || columns.some((v) => !v.every((x) => WORDS().test(x)))) return false;
  const cases = columns.map(columnCase);
  if (cases[0] === null || cases[1] === null || cases[0] === cases[1] || !head.every((h, c) => initialCase(h) === cases[c])) return false;
  return head.every((h, c) => !COLUMN_WORD.test(h) && likeValues(h, columns[c]) && mostlyDistinct(columns[c]));
}

/** True when 9 values in 10 of a column differ: a glossary lists each word once (a habitat or a colour recurs). */
function mostlyDistinct(values: string[]): boolean {
  return new Set(values.map((v) => v.toLowerCase())).size >= values.length * 0.9;
}
