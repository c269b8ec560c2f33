// A one-column list's head written as its entries are, names joined by `, ` (`tench, Tinca tinca`): an entry.
import { GENERIC, shape } from "./body-like-row.js";

/** Entries needed below the head, the least share of them joining names by `, `, and entries of the head's form. */
const MIN_ENTRIES = 5;
const MIN_JOINED = 1 / 3;
const MIN_ALIKE = 2;

/** The names a cell joins by `, `. */
const names = (cell: string): string[] => cell.split(", ");

/** The form of a cell: each name's words by their shape (`tench, Tinca tinca` → `a|Aa a`). */
const form = (cell: string): string => names(cell).map((n) => n.split(/\s+/).map(shape).join(" ")).join("|");

/**
 * True when the head joins 2 names or more by `, `, none a column noun, a third of the entries below (5 or more) join
 * names so too, and 2 entries or more are of the head's very form (word by word, the shapes of their words): a list
 * of synonym sets (opencv's `classification_classes_ILSVRC2012.txt`, `tench, Tinca tinca` above `goldfish,
 * Carassius auratus`, `tiger shark, Galeocerdo cuvieri`), whose first set was read as the header, silently: one
 * text column gives no vote. why the form: a title over such a list (`Classes, one per line`) is written unlike its
 * entries; why no column noun: `name, synonyms` names what the entries hold.
 */
export function synonymSetEntry(head: string, values: string[]): boolean {
  const parts = names(head);
  if (values.length < MIN_ENTRIES || parts.length < 2 || parts.some((p) => p.trim() === "" || GENERIC.test(p.trim()))) return false;
  if (values.filter((v) => v.includes(", ")).length < values.length * MIN_JOINED) return false;
  const f = form(head);
  return values.filter((v) => form(v) === f).length >= MIN_ALIKE;
}
