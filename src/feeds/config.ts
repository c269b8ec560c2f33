// The feeds file (--config): its zod schema, reading it (YAML or JSON) strictly, and resolving its paths from its folder.
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { IngestError, describeSystemError } from "../defects/errors.js";

const LEVEL = z.enum(["error", "warning", "off"]);
const DURATION = z.string().regex(/^\d+(\.\d+)?\s*(m|h|d|w)$/, "a duration such as 30m, 6h, 1d or 1w");

const dialect = z.strictObject({
  delimiter: z.string().min(1).optional(),
  quote: z.string().length(1).optional(),
  header: z.boolean().optional(),
}).describe("the expected dialect: anything else is dialect-mismatch");

const tolerances = z.strictObject({
  rows: z.number().min(0).optional().describe("row-count-changed: allowed change against the median, as a share (default 0.5 = ±50 %)"),
  nullRate: z.number().min(0).max(1).optional().describe("null-rate-changed: allowed move of a column's missing share (default 0.2)"),
});

/** What a feed and the defaults may both set. */
const common = {
  schema: z.string().min(1).optional().describe("Table Schema (.json/.yaml) or zod module, as --schema; relative to this file's folder"),
  encoding: z.string().min(1).optional().describe("the expected encoding: anything else is encoding-mismatch"),
  dialect: dialect.optional(),
  rows: z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() }).optional()
    .describe("bounds on the number of records (row-count)"),
  history: z.number().int().min(1).max(100).optional().describe("deliveries remembered per feed (default 10)"),
  tolerances: tolerances.optional(),
  rules: z.record(z.string(), LEVEL).optional().describe("severities of codes for this feed, as --rule"),
  drift: z.strictObject({ ignore: z.array(z.string()).optional().describe("columns left out of drift (they change by nature)") }).optional(),
};

const feed = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' or '-'"),
  match: z.string().min(1).describe("glob on the path below the input folder or s3:// prefix, e.g. orders/**/*.csv*"),
  ...common,
  arrival: z.strictObject({ every: DURATION, grace: DURATION.optional() }).optional()
    .describe("a delivery is expected every `every`; nothing new within every + grace is missing-delivery"),
});

export const FEEDS_CONFIG = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  defaults: z.strictObject(common).optional(),
  feeds: z.array(feed).min(1),
  unmatched: z.enum(["error", "warning", "ignore"]).optional().describe("a file no feed matches (unmatched-file); default warning"),
});

export type FeedsConfigInput = z.input<typeof FEEDS_CONFIG>;
type FeedInput = z.infer<typeof feed>;

/** One feed with the defaults folded in, paths resolved and durations in ms. */
export interface Feed {
  name: string;
  match: string;
  schema: string | null;
  /** True when the schema came from `defaults` (then --schema overrides it; a feed's own schema wins over --schema). */
  schemaFromDefaults: boolean;
  encoding: string | null;
  dialect: { delimiter?: string; quote?: string; header?: boolean } | null;
  rows: { min?: number; max?: number } | null;
  history: number;
  tolerances: { rows: number; nullRate: number };
  rules: Record<string, "error" | "warning" | "off">;
  /** Columns left out of drift, besides dates, times and ids. */
  driftIgnore: string[];
  arrival: { everyMs: number; graceMs: number; every: string; grace: string } | null;
}

export interface FeedsConfig {
  /** Where it was read from, or null for an object given to the library. */
  source: string | null;
  feeds: Feed[];
  unmatched: "error" | "warning" | "ignore";
  /** Rules of the defaults: the command line's --rule overrides them, each feed's own override both. */
  defaultRules: Record<string, "error" | "warning" | "off">;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function durationMs(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(m|h|d|w)$/.exec(text)!;
  return Number(m[1]) * UNIT_MS[m[2]];
}

/** The first problem zod found, as one line: `feeds[1].match: required`. */
function firstIssue(e: z.ZodError): string {
  const i = e.issues[0];
  const where = i.path.reduce<string>((s, k) => (typeof k === "number" ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), "");
  if (i.code === "unrecognized_keys") return `${where ? where + ": " : ""}unknown key ${i.keys.map((k) => JSON.stringify(k)).join(", ")}`;
  if (i.code === "invalid_type" && i.message.includes("received undefined")) return `${where}: required`;
  return `${where || "(top)"}: ${i.message}`;
}

function resolveFeed(f: FeedInput, d: z.infer<typeof FEEDS_CONFIG>["defaults"], base: string | null): Feed {
  const schema = f.schema ?? d?.schema ?? null;
  const every = f.arrival?.every;
  const grace = f.arrival?.grace ?? "0m";
  return {
    name: f.name,
    match: f.match,
    schema: schema === null || base === null || isAbsolute(schema) ? schema : resolve(base, schema),
    schemaFromDefaults: f.schema === undefined,
    encoding: f.encoding ?? d?.encoding ?? null,
    dialect: f.dialect ?? d?.dialect ?? null,
    rows: f.rows ?? d?.rows ?? null,
    history: f.history ?? d?.history ?? 10,
    tolerances: { rows: 0.5, nullRate: 0.2, ...d?.tolerances, ...f.tolerances },
    rules: { ...(f.rules ?? {}) },
    driftIgnore: [...(d?.drift?.ignore ?? []), ...(f.drift?.ignore ?? [])],
    arrival: every ? { every, grace, everyMs: durationMs(every), graceMs: durationMs(grace) } : null,
  };
}

/** Checks a parsed config; `name` is how the one-line error names it. `base` resolves relative schema paths. */
export async function checkFeedsConfig(v: unknown, name: string, base: string | null, isCode: (c: string) => boolean): Promise<FeedsConfig> {
  const r = FEEDS_CONFIG.safeParse(v);
  if (!r.success) throw new IngestError("usage", `--config ${name}: ${firstIssue(r.error)}`);
  const c = r.data;
  const seen = new Set<string>();
  for (const f of c.feeds) {
    if (seen.has(f.name)) throw new IngestError("usage", `--config ${name}: two feeds are named ${JSON.stringify(f.name)}`);
    seen.add(f.name);
  }
  for (const rules of [c.defaults?.rules ?? {}, ...c.feeds.map((f) => f.rules ?? {})]) {
    for (const code of Object.keys(rules)) if (!isCode(code)) throw new IngestError("usage", `--config ${name}: rules name an unknown defect code ${JSON.stringify(code)} (see docs/defects/)`);
  }
  const feeds = c.feeds.map((f) => resolveFeed(f, c.defaults, base));
  for (const f of feeds) {
    if (f.schema === null || !(base !== null || isAbsolute(f.schema))) continue;
    // why here: a missing schema must stop the run before anything is listed, with the feed named
    const ok = await stat(f.schema).then((s) => s.isFile(), () => false);
    if (!ok) throw new IngestError("usage", `--config ${name}: feed ${JSON.stringify(f.name)}: schema ${f.schema} does not exist`);
  }
  return { source: base === null ? null : name, feeds, unmatched: c.unmatched ?? "warning", defaultRules: { ...(c.defaults?.rules ?? {}) } };
}

/** Reads a feeds file (.yaml/.yml or .json); only ever the one named with --config. */
export async function loadFeedsConfig(path: string, isCode: (c: string) => boolean): Promise<FeedsConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new IngestError("usage", `--config ${path}: ${describeSystemError(e)}`, { cause: e });
  }
  let v: unknown;
  try {
    // why YAML for both: JSON is YAML, and the yaml package's errors name the line
    v = /\.json$/i.test(path) ? JSON.parse(text) : (await import("yaml")).parse(text);
  } catch (e) {
    throw new IngestError("usage", `--config ${path}: not ${/\.json$/i.test(path) ? "JSON" : "YAML"} (${(e as Error).message.split("\n")[0]})`);
  }
  return checkFeedsConfig(v, path, dirname(resolve(path)), isCode);
}

/** The JSON Schema of the feeds file, for editors (committed as docs/feeds.schema.json; a test keeps it current). */
export function feedsJsonSchema(): unknown {
  return { ...z.toJSONSchema(FEEDS_CONFIG, { io: "input" }), $id: "ingest-check/feeds/v1", title: "ingest-check feeds file (--config), version 1" };
}
