// A two-column list of `label:<TAB>value` lines whose first line is one more pair (`input fasta file:<TAB>ref.fa`).
import { unicodeOrAscii } from "../lazy.js";

/** A label: a letter, then text with no other colon, ending in a colon (`input fasta file:`, `Host:`). why unicodeOrAscii: src/lazy.ts. */
const LABEL = unicodeOrAscii(String.raw`^\p{L}[^:]*[^\s:]:$`, "u");

/**
 * True when the first cell of a two-column row is a label ending in a colon, its value is none (no colon at its end),
 * and half the keys below or more are labels written so too: a list of labelled settings (ARIBA's `00.info.txt`:
 * `input fasta file:<TAB>ref.fa` above `input tsv file:<TAB>metadata.tsv`, `genetic_code<TAB>11`), whose first
 * line is one more pair. why: a column's name is not written as a label with its colon, the way each key below is;
 * read as names, the first setting was lost. Refused: a first cell without the colon (`key<TAB>value`), a value that
 * is a label too (`Key:<TAB>Value:`), keys below that are mostly no labels, a colon inside the label (`a:b:`).
 */
export function labelPairsEntry(head: string[], keys: string[]): boolean {
  if (head.length !== 2 || !LABEL.test(head[0].trim()) || head[1].trim().endsWith(":") || keys.length === 0) return false;
  return keys.filter((k) => LABEL.test(k.trim())).length * 2 >= keys.length;
}
