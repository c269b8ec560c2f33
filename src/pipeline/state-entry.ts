// The shape a --state entry must have to be trusted: checked with zod when the state is read (a damaged entry is dropped).
import type { ZodType } from "zod";
import { isDefectCode } from "../defects/catalog.js";
import { loadZod } from "../schema/compile-field.js";
import type { StateEntry } from "./state.js";

let schema: ZodType | null = null;

/** Built at first use: zod is loaded lazily (see loadZod), and only runs with --state read entries. */
function entrySchema(): ZodType {
  if (schema !== null) return schema;
  const { z } = loadZod();
  const count = z.number().int().nonnegative();
  const result = z.object({
    ok: z.boolean(),
    bytes: count.nullable(),
    encoding: z.object({ name: z.string(), confidence: z.number().nullable(), bom: z.boolean(), how: z.string() }).nullable(),
    dialect: z.object({
      delimiter: z.string(), quote: z.string().nullable(), escape: z.string().nullable(),
      lineTerminator: z.string().nullable(), header: z.boolean(), how: z.string(),
    }).nullable(),
    columns: z.array(z.string()),
    rows: z.object({ total: count, valid: count, invalid: count }).refine((r) => r.total === r.valid + r.invalid, "total is not valid + invalid"),
    byCode: z.record(z.string().refine(isDefectCode, "not a defect code"), count),
    errors: count,
    warnings: count,
    partial: z.boolean().optional(),
  }).refine((r) => r.ok === (r.errors === 0), "ok does not match errors");
  schema = z.object({
    size: count,
    mtimeMs: z.number().nullable(),
    etag: z.string().nullable(),
    // why optional: entries written before they were recorded; such an entry is hashed once (see StateSession.unchanged)
    ctimeNs: z.string().regex(/^\d+$/).nullable().optional(),
    ino: z.string().regex(/^\d+$/).nullable().optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    fingerprint: z.string(),
    checkedAt: z.string(),
    result,
  });
  return schema;
}

/**
 * The entries that have the shape of a StateEntry, and one line naming the damaged ones (null when none).
 * why: the state file is our own output but not protected by a checksum; an entry edited, cut or written by a
 * buggy version must cost one re-validation of its input, never a crash or a report with `rows: null`.
 */
export function validEntries(entries: Record<string, unknown>): { entries: Record<string, StateEntry>; damaged: string | null } {
  const s = entrySchema();
  const out: Record<string, StateEntry> = {};
  const bad: string[] = [];
  let first = "";
  for (const [uri, e] of Object.entries(entries)) {
    const r = s.safeParse(e);
    if (r.success) { out[uri] = e as StateEntry; continue; }
    if (bad.length === 0) {
      const issue = r.error.issues[0];
      first = `${uri}: ${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
    }
    bad.push(uri);
  }
  if (bad.length === 0) return { entries: out, damaged: null };
  return { entries: out, damaged: `${bad.length} damaged entr${bad.length === 1 ? "y" : "ies"} dropped (${first}); ${bad.length === 1 ? "its input is" : "their inputs are"} validated again` };
}
