// --shard i/n: keeps the inputs whose stable hash of the name falls in shard i (1-based) of n.
import type { ResolvedInput } from "../source/resolve.js";
import { IngestError } from "../defects/errors.js";

export interface Shard {
  /** 1-based, as Jest/Playwright and GitLab's CI_NODE_INDEX count. */
  index: number;
  count: number;
}

/** Checks a shard given as an object (library) or parsed from the command line. */
export function validateShard(v: unknown): Shard {
  const s = v as Shard;
  const whole = (x: unknown) => typeof x === "number" && Number.isInteger(x);
  if (!s || typeof s !== "object" || !whole(s.index) || !whole(s.count) || s.count < 1 || s.index < 1 || s.index > s.count) {
    const shown = s && typeof s === "object" ? `${s.index}/${s.count}` : JSON.stringify(v);
    throw new IngestError("usage", `--shard must be i/n with 1 <= i <= n (e.g. 2/4), not ${shown}`);
  }
  return { index: s.index, count: s.count };
}

/** Parses `i/n` (e.g. "2/4"); anything else is a usage error (exit 2). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new IngestError("usage", `--shard must be i/n with 1 <= i <= n (e.g. 2/4), not ${JSON.stringify(text)}`);
  return validateShard({ index: Number(m[1]), count: Number(m[2]) });
}

/**
 * 32-bit FNV-1a over the UTF-8 bytes. why FNV-1a: tiny, no dependency, and the same on every machine and
 * Node version, so n shards that list the same inputs independently split them without a coordinator.
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, "utf8")) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The 1-based shard an input name belongs to. */
export function shardOf(uri: string, count: number): number {
  return (fnv1a32(uri) % count) + 1;
}

export function inputUri(i: ResolvedInput): string {
  return "source" in i ? i.source.uri : i.error.uri;
}

/**
 * Keeps this shard's inputs, after folders, globs and prefixes were expanded (so a folder's files spread over
 * the shards). An input that could not be read falls in exactly one shard too, so merged shards equal one run.
 */
export function selectShard(list: ResolvedInput[], shard: Shard | null): ResolvedInput[] {
  if (!shard || shard.count === 1) return list;
  return list.filter((i) => shardOf(inputUri(i), shard.count) === shard.index);
}
