// A copyright or licence notice above a table (`Copyright (c) 2003-2015, Acme. All rights reserved.`) is no header.

/** A copyright mark with a year, or the reservation sentence: what column names never say. */
const COPYRIGHT = /(?:\bcopyright\b|\(c\)|©)(?=.*\b(?:1[89]|20)\d\d\b)|\ball rights reserved\b/i;
/** A pointer to the terms (`For licensing, see LICENSE.md`, `Licensed under the MIT License`, SPDX tags). */
const LICENCE = /\blicen[cs]ed under\b|\bfor licen[cs]ing\b|\bsee (?:the )?(?:file )?licen[cs]e\b|\bSPDX-License-Identifier\b/i;
/** Fewest words of a notice: a lone `Copyright` or `License` may be a column's name. */
const MIN_WORDS = 4;

/**
 * True when a row's filled cells, joined, read as a copyright or licence notice of 4 words or more (a copyright mark
 * with a year, `All rights reserved`, `licensed under`, `for licensing`, `see LICENSE`, an SPDX tag).
 * why: CKEditor's `_translationstatus.txt` opens with `Copyright (c) 2003-2015, CKSource - Frederico Knabben. All
 * rights reserved.` and `For licensing, see LICENSE.md or http://…` above 16 status rows; with no function word the
 * title was no sentence (proseLine), under 20 rows no lone title (TITLE_ROWS) either, so the notice became a
 * one-cell header and every row `row-extra-cells`; read at blanks, a notice wider than the table ended the preamble
 * loop (a header of 8 names above 3 columns). Refused: a bare `Copyright`, `License` or `(c)` (a column's
 * name), a mark without a year or reservation (`copyright holder` in a list of fields), fewer than 4 words.
 */
export function noticeLine(cells: string[]): boolean {
  const text = cells.filter((c) => c.trim() !== "").join(" ").replace(/\s+/g, " ").trim();
  if (text.split(" ").length < MIN_WORDS) return false;
  return COPYRIGHT.test(text) || LICENCE.test(text);
}

/** Top rows where a notice may stand above a table; rows below them looked at for notices of their own. */
const TOP = 10;
const BELOW = 50;
/** Fewest rows under the notices: the records of the table they stand above. */
const MIN_BELOW = 3;

/**
 * Which rows are notices above the table: the rows among the first 10 that are notices (noticeLine), when 3 rows or
 * more follow the last of them and none of the 50 after it is one; else none. why: a headerless list of credits or licences
 * (`img001.jpg;Copyright 2018 Jane Doe;CC BY 4.0`, a package's `Copyright (c) 2012 JS Foundation` on every row) holds
 * a notice in every record; read as a preamble, its first records were skipped (3 of 5, one warning). A notice above
 * a table stands above rows that hold none.
 */
export function noticeRows(rows: string[][]): boolean[] {
  const top = rows.slice(0, TOP).map(noticeLine);
  const last = top.lastIndexOf(true);
  const below = rows.slice(last + 1, last + 1 + BELOW);
  // why rows below at all: a short list whose every row holds a notice has no table under its notices
  const above = below.length >= MIN_BELOW && !below.some(noticeLine);
  return rows.map((_, i) => above && (top[i] ?? false));
}
