// unique: a field's `unique` constraint, the schema's `primaryKey` and each of its `uniqueKeys`.
import type { CompiledField } from "../../schema/types.js";
import { LineRecord } from "../../parse/line-record.js";
import type { ParsedRecord } from "../../types.js";
import type { CheckModule, SeqDraft } from "../types.js";
import { bind } from "./binding.js";
import { hashAddBytes, hashAddRange, hashHi, hashInt, hashLo, hashStart, KeyTable } from "./key-table.js";
import { KeyCursor, LONG_RUN, PartKeys, runKeys, type PartKeyState } from "./part-keys.js";
import { KeyIntervals } from "./key-intervals.js";
import { cut, fieldLevel, VALUE_CUT } from "./severity.js";

interface Tracker {
  cols: number[];
  fields: CompiledField[];
  /**
   * Each key cell's field's missing values and their greatest length. why kept here: read from the compiled fields
   * (objects of many shapes) on every row, each was a generic property load (~70 instructions; callgrind).
   */
  missing: ReadonlySet<string>[];
  missingMax: number[];
  /** A part's one-cell key: its column (lineIntKey's fast path); -1 for a composite key or one pass. */
  intCol: number;
  /** The first-row table (one pass, or the thread that merges a split file's parts). */
  table: KeyTable;
  /** A part of a split file: the keys it read, for the merge. */
  keys: PartKeys | null;
  /** The merging thread: the runs of integer keys taken whole (the rest is in `table`). */
  intervals: KeyIntervals;
  column: string;
  columnIndex: number;
  params: Record<string, unknown> | undefined;
}

/**
 * The key's cells, filled by hashKey (reused: keys are hashed one at a time): cell k is keyText[k].slice(keyFrom[k],
 * keyTo[k]), a range of a LineRecord's text or a whole cell string.
 */
const keyText: string[] = [];
/** The bytes of keyText[k] when its line is ASCII (LineRecord.bytes), else null: a part copies the key from them. */
const keyBytes: (Uint8Array | null)[] = [];
const keyFrom: number[] = [];
const keyTo: number[] = [];

/** What hashKey found: no key to look at, a key hashed (and its cells noted), or an integer key (keyInt). */
const NO_KEY = 0, HASHED = 1, INTEGER = 2;
/** The integer key hashKey found last. */
let keyInt = 0;

/**
 * Hashes the record's key into the running hash (key-table.ts) and notes its cells; NO_KEY when a cell of it is absent
 * or a missing value. With `ints` (the part of a split file), a one-cell key written as an integer is not hashed but
 * left in keyInt (part-keys.ts addInt). why ranges: a LineRecord's key cells are hashed (and, in a part, copied) from
 * its text, with no string made but for a cell short enough to be a missing value.
 */
function hashKey(rec: ParsedRecord, tr: Tracker, ints: boolean): number {
  const cols = tr.cols;
  const line = rec instanceof LineRecord && !rec.assigned ? rec : null;
  const cells = line ? null : rec.cells;
  const width = line ? line.width : cells!.length;
  hashStart();
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k];
    if (c >= width) return NO_KEY; // missing cell: row-missing-cells
    // why this cell's string when it holds doubled quotes: its range is the text as written (`a""b`), not the key;
    // only that cell, not the line's every cell (3 % of the bench file's lines hold a doubled quote elsewhere)
    const whole = line === null || (line.doubled && line.doubledAt(c));
    const text = whole ? (line ? line.cell(c) : cells![c]) : line.text;
    const from = whole ? 0 : line.at[line.base + 2 * c];
    const to = whole ? text.length : line.at[line.base + 2 * c + 1];
    if (to - from <= tr.missingMax[k] && tr.missing[k].has(text.slice(from, to))) return NO_KEY; // never duplicates
    // why the bytes when the line has them (ASCII): its text is often a slice of the tokenizer's buffer, and reading
    // a slice's characters cost ~600 instructions a key (callgrind, README "twenty-third step"); a byte is one load
    const bytes = whole ? null : line.bytes;
    if (ints && cols.length === 1 && (keyInt = bytes !== null ? integerKeyB(bytes, from, to) : integerKey(text, from, to)) >= 0) return INTEGER;
    if (bytes !== null) hashAddBytes(bytes, from, to);
    else hashAddRange(text, from, to);
    keyBytes[k] = bytes;
    keyText[k] = text;
    keyFrom[k] = from;
    keyTo[k] = to;
  }
  return HASHED;
}

/**
 * A part's one-cell key on an ASCII line, as an integer (integerKeyB), or -1 when it is not one or the line needs
 * hashKey's other steps: no bytes, assigned cells, a cell past the line's end or holding doubled quotes, a cell short
 * enough to be a missing value. why apart from hashKey: there a count-up key (nearly every row of such a file) ran
 * ~500 instructions a row (callgrind), most of them the same line's map checked again after each branch of the general
 * case (a record or a line, a range or a string); here the line is one type and the path is straight.
 */
function lineIntKey(line: LineRecord, c: number, missingMax: number): number {
  const bytes = line.bytes;
  if (bytes === null || line.assigned || c >= line.width || (line.doubled && line.doubledAt(c))) return -1;
  const at = line.at, i = line.base + 2 * c;
  const from = at[i], to = at[i + 1];
  return to - from <= missingMax ? -1 : integerKeyB(bytes, from, to);
}

/** integerKey over the bytes of an ASCII line (byte i is character i). */
function integerKeyB(bytes: Uint8Array, from: number, to: number): number {
  const n = to - from;
  if (n < 1 || n > 15) return -1;
  let c = bytes[from];
  if (c < 48 || c > 57 || (c === 48 && n > 1)) return -1;
  let v = c - 48;
  for (let i = from + 1; i < to; i++) {
    c = bytes[i];
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/**
 * text.slice(from, to) as an integer when String() of that integer gives back exactly those characters (digits, no
 * leading zero, at most 15 of them, so below 2^53); otherwise -1. why exactly: two such keys are equal as text when
 * and only when they are equal as numbers.
 */
function integerKey(text: string, from: number, to: number): number {
  const n = to - from;
  if (n < 1 || n > 15) return -1;
  let c = text.charCodeAt(from);
  if (c < 48 || c > 57 || (c === 48 && n > 1)) return -1;
  let v = c - 48;
  for (let i = from + 1; i < to; i++) {
    c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/** The value of the key hashKey noted last, its cells joined by ", " (as a defect shows it). */
function keyValue(n: number): string {
  let out = "";
  for (let k = 0; k < n; k++) out += (k > 0 ? ", " : "") + keyText[k].slice(keyFrom[k], keyTo[k]);
  return out;
}

export const uniqueCheck: CheckModule = {
  meta: { id: "schema-unique", description: "values and keys that must not repeat", codes: ["unique"] },
  create(ctx) {
    const { schema, header } = ctx;
    const b = bind(schema, header);
    const byName = new Map(schema.fields.map((f, i) => [f.name, i]));
    const keys: string[][] = [];
    for (const f of schema.fields) if (f.unique) keys.push([f.name]);
    if (schema.primaryKey) keys.push(schema.primaryKey);
    keys.push(...schema.uniqueKeys);
    const part = ctx.options.part === true;

    const seen = new Set<string>();
    const trackers: Tracker[] = [];
    for (const key of keys) {
      const id = key.join("\u0000");
      if (seen.has(id)) continue; // a unique field that is also the primary key is checked once
      seen.add(id);
      const idx = key.map((n) => byName.get(n)!);
      const cols = idx.map((f) => b.columnOf[f]);
      if (cols.some((c) => c < 0)) continue; // header-missing-column covers it
      trackers.push({
        cols,
        fields: idx.map((f) => schema.fields[f]),
        missing: idx.map((f) => schema.fields[f].missing),
        missingMax: idx.map((f) => schema.fields[f].missingMaxLength),
        intCol: part && cols.length === 1 ? cols[0] : -1,
        table: new KeyTable(part ? 16 : 1024),
        keys: part ? PartKeys.take() : null,
        intervals: new KeyIntervals(),
        column: key.length === 1 ? header.names[cols[0]] : key.join(", "),
        columnIndex: cols[0] + 1,
        params: key.length === 1 ? undefined : { fields: key.join(", ") },
      });
    }
    if (trackers.length === 0) return null;
    const levels = trackers.map((tr) => fieldLevel(tr.fields.length === 1 ? tr.fields[0] : null, "unique"));

    /** The defect for a repeated key; row and line as the caller numbers them. */
    const draft = (t: number, row: number, line: number, byteOffset: number | null | undefined, value: string, firstRow: number) => {
      const tr = trackers[t];
      const level = levels[t];
      return {
        code: "unique" as const, row, line, byteOffset,
        column: tr.column, columnIndex: tr.columnIndex, value: cut(value), firstRow,
        ...(tr.params ? { params: tr.params } : {}),
        ...(level ? { severity: level } : {}),
      };
    };

    // one pass: the table is probed as the records come
    const onRow = (rec: ParsedRecord, row: number) => {
      for (let t = 0; t < trackers.length; t++) {
        const tr = trackers[t];
        if (hashKey(rec, tr, false) === NO_KEY) continue;
        const first = tr.table.addOrGet(hashHi(), hashLo(), row);
        if (first === 0 || levels[t] === "off") continue;
        ctx.report(draft(t, row, rec.line, rec.byteOffset, keyValue(tr.cols.length), first));
      }
    };

    // a part of a split file: its row numbers are known only once the parts before it are merged, so it notes
    // its keys, and the merging thread probes them in file order (absorbDeferred)
    const onPartRow = (rec: ParsedRecord, row: number) => {
      for (let t = 0; t < trackers.length; t++) {
        const tr = trackers[t];
        const pk = tr.keys!;
        if (tr.intCol >= 0 && rec instanceof LineRecord) {
          const v = lineIntKey(rec, tr.intCol, tr.missingMax[0]);
          if (v >= 0) {
            pk.addInt(v, row, ctx.reported!(), rec.line, rec.byteOffset);
            continue;
          }
        }
        const found = hashKey(rec, tr, true);
        if (found === NO_KEY) continue;
        if (found === INTEGER) {
          pk.addInt(keyInt, row, ctx.reported!(), rec.line, rec.byteOffset);
          continue;
        }
        pk.add(hashHi(), hashLo(), row, ctx.reported!(), rec.line, rec.byteOffset);
        const cols = tr.cols;
        for (let k = 0; k < cols.length; k++) {
          if (k > 0) pk.addChars(", ", VALUE_CUT);
          const bytes = keyBytes[k];
          if (bytes !== null) pk.addBytes(bytes, keyFrom[k], keyTo[k], VALUE_CUT);
          else pk.addRange(keyText[k], keyFrom[k], keyTo[k], VALUE_CUT);
        }
        pk.endKey();
      }
    };

    let warmth = 0; // what KeyTable.warm read, kept so its reads are not optimised away

    /** One tracker's keys of a part, in file order, into its table and intervals; repeats go to out. */
    const absorbKeys = (t: number, s: PartKeyState, rowBase: number, scale: number, out: SeqDraft[]) => {
      const { table, intervals } = trackers[t];
      const ints = s.ints ?? new Float64Array(0);
      // why: the first part tells about how many keys the file holds; a table sized for them at once never
      // resizes (the moment of 1.5× its size, and rehashing every key) and is no larger than growing makes it
      if (table.size === 0) table.reserve(Math.floor((s.n - runKeys(ints)) * scale));
      const repeat = (k: KeyCursor, first: number, value: string) => {
        if (first !== 0 && levels[t] !== "off") out.push({ seq: k.seq, draft: draft(t, k.row, k.line, k.offset(), value, first) });
      };
      const k = new KeyCursor(s);
      let r = 0; // the next run of integer keys
      while (k.next()) {
        if (r < ints.length && k.i === ints[r]) {
          const count = ints[r + 1], v = ints[r + 2];
          r += 3;
          if (intervals.take(v, count, rowBase + k.row, count >= LONG_RUN)) { k.skip(count - 1); continue; }
          for (let j = 0; j < count; j++) {
            if (j > 0) k.next();
            let first = intervals.find(v + j);
            if (first === 0) {
              hashInt(v + j);
              first = table.addOrGet(hashHi(), hashLo(), rowBase + k.row);
              intervals.tabled(v + j);
            }
            repeat(k, first, String(v + j));
          }
          continue;
        }
        if ((k.i & 31) === 0) warmth ^= table.warm(s.hi, s.lo, k.i, Math.min(s.n, k.i + 32));
        const first = table.addOrGet(s.hi[k.i], s.lo[k.i], rowBase + k.row);
        if (first !== 0) repeat(k, first, k.value());
      }
    };

    return {
      onRow: part ? onPartRow : onRow,
      partState: () => trackers.map((tr) => {
        if (tr.keys === null) return null;
        const s = tr.keys.state();
        tr.keys.recycle();
        tr.keys = null;
        return s;
      }),
      /**
       * A part's keys, in file order (the parts before it are merged): each key goes into the table with its row in
       * the file; a repeat becomes a defect numbered in the part (the merge shifts it), with its first row in the file.
       */
      absorbDeferred(state: unknown, rowBase: number, scale: number): SeqDraft[] {
        const states = state as (PartKeyState | null)[];
        const out: SeqDraft[] = [];
        for (let t = 0; t < trackers.length; t++) {
          const s = states[t];
          if (s) absorbKeys(t, s, rowBase, scale, out);
        }
        // why stable by row: within a row the keys come in tracker order, as in one pass
        if (trackers.length > 1) out.sort((x, y) => x.draft.row! - y.draft.row!);
        return out;
      },
    };
  },
};
