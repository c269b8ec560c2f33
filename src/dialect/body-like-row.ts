// Whether a first row of text is written just like the rows below it (a code list's or a word list's first record).
import { numberedStem } from "./numbered-stem.js";
import { unicodeOrAscii } from "../lazy.js";
import { scriptPairRow } from "./script-columns.js";
import { after, inOrder, opensSortedColumn, pairMarkedLikeBody, sameInitial } from "./pair-list.js";
import { keyCodeLikeBody, keyTailLikeBody } from "./key-tail.js";
import { symbolEntry } from "./symbol-entry.js";
import { base64Entry } from "./base64-padding.js";
import { signLedEntry } from "./sign-led-list.js";
import { escapedEntry } from "./escaped-entry.js";
import { hyphenationPattern } from "./hyphenation-patterns.js";
import { parentDomain } from "./parent-domain.js";
import { domainListEntry } from "./domain-list.js";
import { synonymSetEntry } from "./synonym-list.js";
import { stemAmongVariants } from "./variant-list.js";
import { opensByteSortedList } from "./byte-sorted-list.js";
import { opensSortedRun } from "./sorted-run.js";
import { mixedCodeEntry } from "./mixed-code.js";
import { keyValueListLikeBody } from "./key-value-list.js";
import { stemMarkEntry } from "./stem-mark-entry.js";
import { leadPhraseLikeBody } from "./lead-phrase.js";
import { withoutEmptyColumns } from "./empty-columns.js";
import { caseSplitEntry } from "./case-split-entry.js";
import { headInsideIdentifiers } from "./identifier-list.js";
import { compoundIdentifierEntry } from "./compound-identifiers.js";
import { labelPairsEntry } from "./label-pairs.js";
import { aliasPairEntry } from "./alias-pairs.js";

/** A letter in any script (a text cell holds one; `0x0020` does, `100` does not). why unicodeOrAscii: src/lazy.ts. */
const LETTER = unicodeOrAscii(String.raw`\p{L}`, "u");

/**
 * Generic nouns that name a column (`code`, `name`, `word`, `unit`): a first row of them is a header however much it
 * looks like the values (`ID<TAB>Name` above `AB<TAB>Alice`). why a list: in an all-text table the form of the
 * words is the only evidence, and these words are written as the values are.
 */
export const GENERIC = /^(?:ids?|keys?|codes?|names?|values?|types?|kinds?|labels?|words?|terms?|texts?|titles?|descr?(?:iption)?s?|abbr(?:ev(?:iation)?)?s?|symbols?|units?|categor(?:y|ies)|class(?:es)?|items?|entr(?:y|ies)|fields?|columns?|cols?|notes?|comments?|countr(?:y|ies)|states?|cit(?:y|ies)|regions?|capitals?|languages?|langs?|groups?|status|source|target|from|to|short|long|full|first|last|key_?word|stop_?words?|tokens?|tags?|lemmas?)$/i;

/**
 * A cell's shape: each run of upper-case letters `A`, lower-case `a`, letters of no case `o` (`人裡`, `กรีก`),
 * digits `9`, any other character itself. why marks dropped: Thai vowel and tone marks (`โอ้`) are part of a word.
 */
export function shape(cell: string): string {
  return cell.replace(/\p{M}+/gu, "").replace(/\p{Lu}+/gu, "A").replace(/\p{Ll}+/gu, "a").replace(/[\p{Lo}\p{Lm}\p{Lt}]+/gu, "o").replace(/\d+/g, "9");
}

/** A cell's length in letters, marks not counted (`โอ้` is as long as `โอ`). */
function size(cell: string): number {
  return [...cell.replace(/\p{M}+/gu, "")].length;
}

/** A head cell like some value below: a shape one of them has, a length within theirs, and no name of a column. */
export function likeValues(head: string, values: string[]): boolean {
  const lengths = values.map((v) => [...v].length);
  const n = [...head].length;
  return n >= Math.min(...lengths) && n <= Math.max(...lengths) && values.some((v) => shape(v) === shape(head));
}

/**
 * A short code of the length and the shape of 4 in 5 values (`Aql` above `And`, `Scl`, `CrA`; `AL` above `AK`, `AZ`).
 * why not every length: a code list holds a few longer codes (`NWT`, `NU` among two-letter province codes).
 */
function fixedCode(head: string, values: string[]): boolean {
  const most = values.length * 0.8;
  return size(head) <= 6 && values.filter((v) => size(v) === size(head)).length >= most && values.filter((v) => shape(v) === shape(head)).length >= most;
}

/** The shapes of a cell's words, once each, in order (`New York` and `Chicago` both `Aa`; `ad hoc` and `aback` `a`). */
function wordShapes(cell: string): string {
  return [...new Set(cell.split(/\s+/).map(shape))].join(" ");
}

/** Words of a cell, separated by spaces. */
function words(cell: string): number {
  return cell.split(/\s+/).length;
}

/**
 * A value the word could head in a list: of its word shapes, or (a one-letter word, the `A` or `a` opening an
 * alphabetical list) starting with a letter of its case and sorting after it (`A` above `Aani`, `AA's`).
 */
function likeWord(head: string, value: string): boolean {
  if (wordShapes(value) === wordShapes(head)) return true;
  return size(head) === 1 && shape(value).startsWith(shape(head)) && head.localeCompare(value) <= 0;
}

/**
 * Every entry of the head's one shape, and that shape holding a `.`, `@`, `/` or `:` (`.ddns.org` above `.zzn.com`,
 * `.findhere.com`). why: a short list (fewer than 5 entries) has no other evidence, and a column's name is not
 * written with the dots of each domain, address or path below it; `_` and `-` are left out, names join words so.
 */
function markedShape(head: string, values: string[]): boolean {
  const s = shape(head);
  return values.length >= 3 && /[.@/:]/.test(s) && values.every((v) => shape(v) === s);
}

/** Opens with an upper-case letter (one whose lower case differs: `A`, `Ä`; not `a`, `$`, `1`). */
const capital = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLowerCase();

/** `a` sorts after `b` by code point (`Z` before `a`, `$` and digits before both): the order `sort` and most tools write. */
const codeAfter = (a: string, b: string): boolean => a > b;

/**
 * A list of 5 entries or more in sorted order (by letters, or by code point as tools write it: `HPA`, `Kube`, `api`)
 * whose head sorts before the first entry in that order and opens with its initial or with a digit (`$ref` above
 * `$schema`, `Databricks` above `DeepEval`, `1INCH` above `AAVE`): the list's first entry. why: dictionaries and
 * domain lists are kept sorted, and a name seldom sorts before the first value (`domain` after `0-180.com`); one
 * that does (`Word` before `aardvark` by code point) seldom shares the value's initial, and a name seldom opens with a
 * digit (one that does is a phrase: `2FA app`; an entry is one token, `1INCH`, `0-mail.com`).
 */
function opensSortedList(head: string, values: string[]): boolean {
  if (values.length < 5 || !(sameInitial(head, values[0]) || /^\d\S*$/.test(head))) return false;
  // why not a capital above entries that all open in lower case: by code point it sorts before them (`Animal` above
  // `aardvark`, `bear`) as any capitalised name does; a list that keeps case holds capitals among its entries too
  if (capital(head) && !values.some(capital)) return false;
  return [after, codeAfter].some((later) => !later(head, values[0]) && inOrder(values, later));
}

/**
 * The head's other case is an entry below (`Ich` above `ich`), in a list holding 3 more words in both cases (`Das`
 * and `das`, `Du` and `du`): a case-kept word-frequency list, where a word opening sentences is counted apart, and the
 * head is one such word. why 3 more: a column's name is not among the first values in another case, and a list
 * keeping case holds many such pairs among its commonest words.
 */
function caseTwinOfEntries(head: string, values: string[]): boolean {
  const seen = new Set(values);
  const twin = (w: string): boolean => w.toLowerCase() !== w && seen.has(w.toLowerCase());
  return twin(head) && new Set(values.filter(twin)).size >= 3;
}

/** The words that join a title's nouns (`A list of capital cities`): articles, prepositions, conjunctions, `list`. */
const JOINING = /^(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|list|lists)$/i;

/**
 * A phrase longer than every entry that opens a sorted list of phrases (`1 in a million` above `10k run`, `a la
 * carte`): one more entry, told by its order (a name longer than the entries of a one-word list stays a name).
 * Refused: a head opening with a one-letter word, which sorts before every list of its letter (`A list of capital
 * cities` above `Abu Dhabi`: the order proves nothing); a head whose joining words no entry uses (`list`, `of`: a
 * title joins its nouns so; a phrase list whose first phrase holds `in` and `a` holds them in other phrases too).
 */
function longerPhraseEntry(head: string, values: string[]): boolean {
  if (/^\p{L}\s/u.test(head) || !opensSortedList(head, values)) return false;
  const used = new Set(values.flatMap((v) => v.toLowerCase().split(/\s+/)));
  return head.toLowerCase().split(/\s+/).filter((w) => JOINING.test(w)).every((w) => used.has(w));
}

/**
 * A list (one column): the entry is like 4 in 5 entries below it (`aber` above `alle`, `allem`; why any length: `a`
 * heads Hungarian's list), or all are of one length and shape (`abc` above `def`, `ghi`), or of one shape with dots (`.zzn.com`). why words counted: a head
 * of several words above one-word values (`First Name` above `Anna`) is a name; a list holding some (`New York`,
 * `Chicago`, `San Diego`; `ad hoc` among adjectives) may begin with one.
 */
function wordList(head: string, values: string[]): boolean {
  // why first: the stem sorts before its numbered entries, and is like each of them (numberedStem)
  if (numberedStem(head, values)) return false;
  const counts = values.map(words);
  const most = Math.max(...counts);
  if (words(head) > most && !(most >= 2 && longerPhraseEntry(head, values))) return false;
  if (values.length >= 2 && (fixedCode(head, values) || mixedCodeEntry(head, values))) return true;
  if (markedShape(head, values) || opensSortedList(head, values) || opensSortedRun(head, values) || opensByteSortedList(head, values) || caseTwinOfEntries(head, values)) return true;
  return values.length >= 5 && values.filter((v) => likeWord(head, v)).length >= values.length * 0.8;
}

/** The names of the two ends of a pair (`from`, `to`): a column's name beside the other's, but a word in a list (Czech `to`). */
const PAIR_END = /^(?:from|to)$/i;

/** A generic column noun; in a one-column list `from` and `to` are words (no other end to pair with), left to its shape. */
const generic = (cell: string, width: number): boolean => GENERIC.test(cell) && !(width === 1 && PAIR_END.test(cell));

/** Generic nouns that name things rather than join words (`from`, `to`, `first` stand in stopword lists too). */
const NOUN = /^(?:ids?|keys?|codes?|names?|values?|types?|labels?|titles?|descr?(?:iption)?s?|symbols?|units?|categor(?:y|ies)|items?|fields?|columns?|status|tags?)$/i;

/**
 * True when a one-column list holds 3 or more distinct generic column nouns itself (`name`, `type`, `code` among
 * sqlmap's common column names): a list of such words, whose first entry (`id`) is one more of them, not its header.
 */
function listOfColumnNouns(values: string[]): boolean {
  return new Set(values.filter((v) => NOUN.test(v)).map((v) => v.toLowerCase())).size >= 3;
}

/**
 * A row with a cell whose opening words open its column's values (lead-phrase.ts), every other cell of the shape
 * and length of its column's values (`attribute;information applies to the attribute class` above
 * `dataset;information applies to the dataset`). why the other cells too: a header beside such a phrase would be
 * names (`scope`), unlike the values.
 */
function leadPhraseRow(head: string[], columns: string[][]): boolean {
  const lead = head.findIndex((h, c) => leadPhraseLikeBody(h, columns[c]));
  return lead >= 0 && head.every((h, c) => c === lead || likeValues(h, columns[c]));
}

/**
 * True when the first row (`at`) of an all-text table is written just like the rows below it: every cell of the
 * shape of some value of its column and of a length within theirs, none a generic column noun, and (two columns
 * or more) one column of short codes of a single length and shape (`AL:Alabama` above `AK:Alaska`; `Aql Aquila`
 * above `And Andromeda`) or a first pair marked or placed like the pairs below (pair-list.ts), or a first key written as the keys below
 * (their path, their code alphabet: key-tail.ts), or a settings list's first pair (key-value-list.ts), or (one column) a word list. why: names are written unlike the values they head (`Code` above `AL`, `state_name`); a first row that
 * is just one more value is a record, and read as names it is lost.
 */
export function firstRowLikeBody(rows: { cells: string[] }[], at: number): boolean {
  const filled = withoutEmptyColumns(rows, at);
  if (filled) return firstRowLikeBody(filled, at);
  const head = rows[at].cells;
  const lines = rows.slice(at + 1, at + 41).filter((r) => r.cells.some((c) => c !== ""));
  const body = lines.filter((r) => r.cells.length === head.length).map((r) => r.cells);
  if (body.length < 2 || body.length < lines.length * 0.9) return false;
  const columns = head.map((_, c) => body.map((r) => r[c]));
  if (head.length === 1 && GENERIC.test(head[0]) && listOfColumnNouns(columns[0])) return true;
  if (head.length === 1 && symbolEntry(head[0], columns[0])) return true;
  if (head.length === 1 && base64Entry(head[0], columns[0])) return true;
  if (head.length === 1 && signLedEntry(head[0], columns[0])) return true;
  if (head.length === 1 && escapedEntry(head[0], columns[0])) return true;
  if (head.length === 1 && hyphenationPattern(head[0], columns[0])) return true;
  if (head.length === 1 && !GENERIC.test(head[0]) && parentDomain(head[0], columns[0])) return true;
  if (head.length === 1 && (domainListEntry(head[0], columns[0]) || synonymSetEntry(head[0], columns[0]))) return true;
  if (head.length === 1 && !GENERIC.test(head[0]) && stemAmongVariants(head[0], columns[0])) return true;
  if (head.length >= 2 && !head.some((h) => generic(h, head.length)) && keyCodeLikeBody(head[0], columns[0])) return true;
  if (!generic(head[1] ?? "", head.length) && keyValueListLikeBody(head, columns)) return true;
  if (labelPairsEntry(head, columns[0])) return true;
  if (head.some((h) => !LETTER.test(h) || generic(h, head.length)) || columns.some((v) => !v.every((x) => LETTER.test(x)))) return false;
  if (head.length === 1) return stemMarkEntry(head[0], columns[0]) || wordList(head[0], columns[0]) || headInsideIdentifiers(head[0], columns[0]) || compoundIdentifierEntry(head[0], columns[0]);
  if (body.length >= 4 && leadPhraseRow(head, columns)) return true;
  if (body.length >= 3 && pairMarkedLikeBody(head, columns)) return true;
  if (keyTailLikeBody(head[0], columns[0])) return true;
  if (scriptPairRow(head, columns)) return true;
  if (caseSplitEntry(head, columns)) return true;
  if (aliasPairEntry(head, columns)) return true;
  if (!head.every((h, c) => likeValues(h, columns[c]))) return false;
  return body.length >= 3 && (head.some((h, c) => fixedCode(h, columns[c])) || (head.length === 2 && opensSortedColumn(head[0], columns[0])));
}
