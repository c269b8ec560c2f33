// A new delivery against its feed's contract (declared encoding, dialect, rows) and its memory (previous deliveries).
import type { DefectDraft, FileReport } from "../types.js";
import { mayStillBe as compatible, readingChange, type Reading } from "../encoding/names.js";
import type { Feed } from "./config.js";
import { missingShares, numbersOf, type DeliveryMemory, type FeedMemory } from "./memory.js";

const draft = (code: DefectDraft["code"], params: Record<string, unknown>, extra: Partial<DefectDraft> = {}): DefectDraft =>
  ({ code, row: null, line: null, params, ...extra });

const show = (c: string | null | undefined): string => (c === null || c === undefined ? "none" : c === "\t" ? "tab" : JSON.stringify(c));

/** The encoding and dialect against what the feed declares. */
export function againstContract(f: FileReport, feed: Feed): DefectDraft[] {
  const out: DefectDraft[] = [];
  if (feed.encoding && !compatible(f.encoding, feed.encoding)) {
    out.push(draft("encoding-mismatch", { feed: feed.name, actual: f.encoding!.name, expected: feed.encoding }));
  }
  const d = feed.dialect;
  if (d && f.dialect) {
    if (d.delimiter !== undefined && d.delimiter !== f.dialect.delimiter) out.push(draft("dialect-mismatch", { feed: feed.name, what: "delimiter", actual: show(f.dialect.delimiter), expected: show(d.delimiter) }));
    if (d.quote !== undefined && f.dialect.quote !== null && d.quote !== f.dialect.quote) out.push(draft("dialect-mismatch", { feed: feed.name, what: "quote", actual: show(f.dialect.quote), expected: show(d.quote) }));
    if (d.header !== undefined && d.header !== f.dialect.header) out.push(draft("dialect-mismatch", { feed: feed.name, what: "header", actual: String(f.dialect.header), expected: String(d.header) }));
  }
  const rows = f.rows.total;
  if (feed.rows?.min !== undefined && rows < feed.rows.min) out.push(draft("row-count", { rows, min: feed.rows.min }, { message: `the file has ${rows} records; the feed ${JSON.stringify(feed.name)} requires at least ${feed.rows.min}` }));
  if (feed.rows?.max !== undefined && rows > feed.rows.max) out.push(draft("row-count", { rows, max: feed.rows.max }, { message: `the file has ${rows} records; the feed ${JSON.stringify(feed.name)} allows at most ${feed.rows.max}` }));
  return out;
}

/** The value all previous deliveries agree on, or null when they differ (then no change can be named). */
function agreed<T>(ds: DeliveryMemory[], get: (d: DeliveryMemory) => T): T | null {
  const vs = ds.map(get);
  return vs.every((v) => v === vs[0]) ? vs[0] : null;
}

/**
 * The reading all previous deliveries agree on, or null. why ASCII-only deliveries are left out when others tell the
 * encoding: an ASCII day is valid in every ASCII-based encoding, so it is no evidence; counted, it made a windows-1252
 * feed's history disagree (`utf-8` beside `windows-1252`) and the next day's windows-1250 passed unseen.
 */
function agreedReading(past: DeliveryMemory[]): Reading | null {
  const told = past.filter((d) => !d.ascii);
  const basis = told.length > 0 ? told : past;
  const name = agreed(basis, (d) => d.encoding);
  if (name === null) return null;
  const withBom = basis.filter((d) => d.bom !== undefined);
  const bom = withBom.length > 0 ? agreed(withBom, (d) => d.bom) ?? undefined : undefined;
  return { name, bom, ascii: told.length === 0 };
}

/** Encoding and dialect against the previous deliveries, for what the feed does not declare. */
function encodingAndDialect(f: FileReport, feed: Feed, past: DeliveryMemory[]): DefectDraft[] {
  const out: DefectDraft[] = [];
  const n = past.length;
  const was = agreedReading(past);
  // why the uncertain guard for legacy-to-legacy only: UTF-8 validity is certain, a guess between two code pages is not
  const unsure = Boolean(f.byCode["encoding-uncertain"]) && was?.name !== "utf-8";
  const change = !feed.encoding && was && !unsure && f.encoding ? readingChange(f.encoding, was) : null;
  if (change) out.push(draft("encoding-changed", { feed: feed.name, ...change, deliveries: n }));
  if (f.dialect) {
    const delim = agreed(past, (d) => d.dialect?.delimiter ?? null);
    if (feed.dialect?.delimiter === undefined && delim !== null && delim !== f.dialect.delimiter) {
      out.push(draft("dialect-changed", { feed: feed.name, what: "delimiter", actual: show(f.dialect.delimiter), expected: show(delim), deliveries: n }));
    }
    const header = agreed(past, (d) => d.dialect?.header ?? null);
    if (feed.dialect?.header === undefined && header !== null && header !== f.dialect.header) {
      out.push(draft("dialect-changed", { feed: feed.name, what: "header", actual: String(f.dialect.header), expected: String(header), deliveries: n }));
    }
  }
  return out;
}

/** Names each column added, removed, renamed (same place, new name) or moved, against the last delivery. */
export function columnChanges(before: string[], after: string[]): string[] {
  const had = new Set(before), has = new Set(after);
  const removed = before.filter((c) => !has.has(c));
  const added = after.filter((c) => !had.has(c));
  const changes: string[] = [];
  for (const r of [...removed]) {
    const at = before.indexOf(r);
    const a = after[at];
    if (a !== undefined && added.includes(a)) {
      changes.push(`${JSON.stringify(r)} renamed to ${JSON.stringify(a)}`);
      removed.splice(removed.indexOf(r), 1);
      added.splice(added.indexOf(a), 1);
    }
  }
  for (const c of added) changes.push(`${JSON.stringify(c)} added`);
  for (const c of removed) changes.push(`${JSON.stringify(c)} removed`);
  const keptBefore = before.filter((c) => has.has(c)), keptAfter = after.filter((c) => had.has(c));
  if (changes.length === 0 && keptBefore.join("\u0000") !== keptAfter.join("\u0000")) changes.push(`reordered (was ${keptBefore.join(", ")})`);
  return changes;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Columns, types, row count and null rates against the last deliveries. */
function shape(f: FileReport, mem: FeedMemory, feed: Feed): DefectDraft[] {
  const out: DefectDraft[] = [];
  const past = mem.deliveries;
  const last = past[past.length - 1];
  const lay = mem.layouts[last.layout];
  const changes = columnChanges(lay.columns, f.columns);
  if (changes.length) out.push(draft("columns-changed", { last: last.source, changes: changes.join("; ") }));
  const lastTypes = lay.types.split(",");
  f.columns.forEach((name, i) => {
    const was = lastTypes[lay.columns.indexOf(name)];
    const now = f.stats?.find((s) => s.index === i + 1)?.type ?? "";
    if (!was || !now || was === now || was === "any" || now === "any") return;
    out.push(draft("type-changed", { actual: now, expected: was }, { column: name, columnIndex: i + 1 }));
  });
  const m = median(past.map((d) => d.rows));
  const rows = f.rows.total;
  if (m > 0 && Math.abs(rows - m) > feed.tolerances.rows * m) {
    const pct = Math.round(((rows - m) / m) * 100);
    out.push(draft("row-count-changed", { rows, median: m, change: `${pct > 0 ? "+" : "−"}${Math.abs(pct)} %`, deliveries: past.length, tolerance: `${Math.round(feed.tolerances.rows * 100)} %` }));
  }
  const shares = missingShares(f);
  f.columns.forEach((name, i) => {
    const history: number[] = [];
    for (const d of past) {
      const k = mem.layouts[d.layout].columns.indexOf(name);
      if (k >= 0) history.push(numbersOf(d.missing)[k]);
    }
    if (history.length === 0 || f.rows.total === 0) return;
    const med = median(history);
    if (Math.abs(shares[i] - med) > feed.tolerances.nullRate) {
      out.push(draft("null-rate-changed", { ratio: shares[i], median: med, tolerance: feed.tolerances.nullRate }, { column: name, columnIndex: i + 1 }));
    }
  });
  return out;
}

/** The same bytes as a remembered delivery under another name, or null. */
export function duplicateOf(f: FileReport, mem: FeedMemory): DeliveryMemory | null {
  if (!f.sha256) return null;
  return mem.deliveries.find((d) => d.sha256 === f.sha256 && d.source !== f.source) ?? null;
}

/** Everything a delivery is compared with; nothing for a feed's first delivery but its contract. */
export function compareDelivery(f: FileReport, feed: Feed, mem: FeedMemory): DefectDraft[] {
  const out = againstContract(f, feed);
  const dup = duplicateOf(f, mem);
  if (dup) return [...out, draft("duplicate-delivery", { earlier: dup.source, seen: dup.seen })];
  if (mem.deliveries.length === 0 || f.rows.total === 0 && f.columns.length === 0) return out;
  return [...out, ...encodingAndDialect(f, feed, mem.deliveries), ...shape(f, mem, feed)];
}
