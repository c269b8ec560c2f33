// Which feed each input belongs to: its path below the input argument (folder, glob base or s3:// prefix) matched against the feeds' globs.
import { basename, relative, sep } from "node:path";
import picomatch from "picomatch";
import type { ResolvedInput } from "../source/resolve.js";
import { IngestError } from "../defects/errors.js";
import { inputUri, shardOf, type Shard } from "../pipeline/shard.js";
import type { Feed } from "./config.js";

/** An input with the argument it came from and its path below that argument's root. */
export interface Placed {
  input: ResolvedInput;
  /** The argument's root (a folder, a glob's base, an s3:// prefix). */
  root: string;
  /** The path below the root, with `/` separators (the file's name when the argument named it). */
  rel: string;
  /** The feed, or null: unmatched (config) or not identifiable. */
  feed: string | null;
}

/** The folder part of an argument: a glob's static base, an s3:// prefix, or the argument itself. */
export function rootOf(arg: string): string {
  if (/^s3:\/\//i.test(arg)) return arg;
  const scan = picomatch.scan(arg);
  return scan.isGlob ? scan.base : arg;
}

export function relativePath(arg: string, uri: string): string {
  if (uri === arg) return /^s3:\/\//i.test(uri) ? uri.slice(uri.lastIndexOf("/") + 1) : basename(uri);
  const root = rootOf(arg);
  if (/^s3:\/\//i.test(root)) {
    const prefix = root.endsWith("/") ? root : root + "/";
    return uri.startsWith(prefix) ? uri.slice(prefix.length) : uri.slice(uri.lastIndexOf("/") + 1);
  }
  return relative(root || ".", uri).split(sep).join("/");
}

/**
 * The implicit feed of a file when --state is given without --config: the argument plus the file's relative path
 * with each run of digits replaced by `*`, so `orders_20261101.csv` and `orders_20261102.csv` are one feed.
 * why digits only: dates, counters and timestamps are what changes between deliveries of the same feed.
 */
export function implicitFeed(arg: string, rel: string): string {
  const root = rootOf(arg);
  // an argument that named the file itself: its folder is the root
  const base = root.endsWith(rel) && root !== rel ? root.slice(0, root.length - rel.length) : root === rel ? "" : root.endsWith("/") ? root : root + "/";
  return base + rel.replace(/\d+/g, "*");
}

/** Places every input of every argument, by the config's globs or, without one, by implicit feed. */
export function placeAll(perArg: Array<{ arg: string; inputs: ResolvedInput[] }>, feeds: Feed[] | null): Placed[] {
  const matchers = (feeds ?? []).map((f) => ({ name: f.name, test: picomatch(f.match, { dot: true }) }));
  const out: Placed[] = [];
  for (const { arg, inputs } of perArg) {
    for (const input of inputs) {
      const uri = inputUri(input);
      const rel = relativePath(arg, uri);
      if (!("source" in input) || arg === "-") { out.push({ input, root: rootOf(arg), rel, feed: null }); continue; }
      if (feeds === null) { out.push({ input, root: rootOf(arg), rel, feed: implicitFeed(arg, rel) }); continue; }
      const hits = matchers.filter((m) => m.test(rel));
      if (hits.length > 1) {
        throw new IngestError("usage", `--config: ${uri} matches two feeds, ${JSON.stringify(hits[0].name)} and ${JSON.stringify(hits[1].name)}: make their match patterns exclusive`);
      }
      out.push({ input, root: rootOf(arg), rel, feed: hits[0]?.name ?? null });
    }
  }
  return out;
}

/**
 * With a feeds file a feed's files stay in one shard (sharded by feed name), so its memory is whole in that shard's
 * state. why not implicit feeds (`--state` alone): there the shard stays the SPEC's hash of the input's name.
 */
export function shardPlaced(placed: Placed[], shard: Shard | null, byFeed: boolean): Placed[] {
  if (!shard || shard.count === 1) return placed;
  return placed.filter((p) => shardOf((byFeed ? p.feed : null) ?? inputUri(p.input), shard.count) === shard.index);
}

/**
 * The implicit feeds whose files fall in more than one shard (sharded by the input's name, the SPEC's rule). why:
 * each shard keeps its own state, so such a feed's history is split and a delivery meets only the shard's part of it
 * (a UTF-8 feed's first windows-1252 file, landing in the shard that had seen none of its days, passed with exit 0).
 */
export function splitFeeds(placed: Placed[], shard: Shard | null): string[] {
  if (!shard || shard.count === 1) return [];
  const shards = new Map<string, Set<number>>();
  for (const p of placed) {
    if (p.feed === null) continue;
    const set = shards.get(p.feed) ?? new Set<number>();
    set.add(shardOf(inputUri(p.input), shard.count));
    shards.set(p.feed, set);
  }
  return [...shards].filter(([, s]) => s.size > 1).map(([name]) => name);
}

/** Feeds of the config whose glob matched no input of this run (a warning: a typo, or a feed that did not deliver). */
export function idleFeeds(placed: Placed[], feeds: Feed[]): Feed[] {
  const used = new Set(placed.map((p) => p.feed));
  return feeds.filter((f) => !used.has(f.name));
}
