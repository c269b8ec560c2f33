// s3:// inputs: lists a bucket prefix (or takes one object key) and streams each object as a ByteSource.
import {
  S3Client, HeadObjectCommand, GetObjectCommand, paginateListObjectsV2,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import type { ByteSource } from "../types.js";
import { IngestError } from "../defects/errors.js";
import type { ResolvedInput } from "./resolve.js";

/** The same data-file names a folder is searched for (SPEC section 2). */
const DATA_KEY = /\.(csv|tsv|txt)(\.gz)?$/i;

/** Knobs a caller (tests, embedding code) may set; everything else comes from the SDK's default chain. */
export interface S3Options {
  /** Environment to read AWS_ENDPOINT_URL(_S3) and AWS_REGION from; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Keys per ListObjectsV2 page (default 1000, S3's maximum). */
  pageSize?: number;
  /** ms to open a TCP connection (default 10 s). */
  connectionTimeoutMs?: number;
  /** ms until the response headers arrive (default 60 s). */
  requestTimeoutMs?: number;
  /** ms a socket may stay idle, also while a body streams (default 60 s). */
  socketTimeoutMs?: number;
  /** Attempts per request, retries included (default: the SDK's, 3, or AWS_MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** A ready client (tests); overrides every option above but pageSize. */
  client?: S3Client;
}

export function isS3Url(input: string): boolean {
  return /^s3:\/\//i.test(input);
}

export function parseS3Url(url: string): { bucket: string; key: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(url);
  if (!m || !m[1]) throw new IngestError("usage", `${url}: not an s3://bucket/key URL`);
  return { bucket: m[1], key: m[2] };
}

/** Error names S3 (and S3-compatible stores) answer with when retrying later may succeed. */
const TRANSIENT_NAMES = new Set([
  "SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout", "RequestTimeoutException", "Throttling",
  "ThrottlingException", "TooManyRequestsException", "TimeoutError", "PreconditionFailed", "RequestTimeTooSkewed",
]);
/** Node network error codes: the endpoint is unreachable now, maybe not in a minute. */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH",
  "ENETDOWN", "ECONNABORTED", "UND_ERR_SOCKET", "ERR_STREAM_PREMATURE_CLOSE",
]);

/**
 * Sorts an SDK or network failure into "may pass" (exit 3) or "will not pass" (exit 2) and a one-line reason.
 * why a function of its own: the same failure can surface from listing, HeadObject, GetObject or mid-body.
 */
export function classifyS3Error(e: unknown): { transient: boolean; reason: string } {
  const err = e as { name?: string; code?: string; message?: string; errors?: unknown[]; $metadata?: { httpStatusCode?: number }; Code?: string };
  if (e instanceof IngestError) return { transient: e.code === "input-transient", reason: e.message };
  // Node's happy-eyeballs connect gives an AggregateError whose parts carry the codes
  const inner = Array.isArray(err?.errors) && err.errors.length ? (err.errors[0] as { code?: string; message?: string }) : null;
  const code = err?.code ?? inner?.code;
  const name = err?.name === "Error" || !err?.name ? (err?.Code ?? "") : err.name;
  const status = err?.$metadata?.httpStatusCode;
  const message = String(err?.message || inner?.message || name || code || e).split("\n")[0];
  if (name === "NoSuchBucket") return { transient: false, reason: "no such bucket (NoSuchBucket)" };
  if (name === "NoSuchKey" || (name === "NotFound" && status === 404)) return { transient: false, reason: "no such object (NoSuchKey)" };
  if (name === "AccessDenied" || name === "Forbidden" || status === 403) return { transient: false, reason: `access denied (${name || 403})` };
  if (name === "CredentialsProviderError" || /could not load credentials/i.test(message)) return { transient: false, reason: `no AWS credentials found: ${message}` };
  if (code && TRANSIENT_CODES.has(code)) return { transient: true, reason: `network error (${code}): ${message}` };
  if (TRANSIENT_NAMES.has(name)) return { transient: true, reason: `${name}: ${message}` };
  if (status !== undefined && (status === 429 || status >= 500)) return { transient: true, reason: `the server answered HTTP ${status} (${name || "error"}): ${message}` };
  if (status !== undefined) return { transient: false, reason: `the server answered HTTP ${status} (${name || "error"}): ${message}` };
  // no HTTP status and no known code: a socket that broke in a way Node did not name ("aborted", "socket hang up")
  if (/aborted|socket hang up|network|timed? ?out|premature close/i.test(message)) return { transient: true, reason: `network error: ${message}` };
  return { transient: false, reason: message };
}

function toIngestError(e: unknown): IngestError {
  if (e instanceof IngestError) return e;
  const { transient, reason } = classifyS3Error(e);
  return new IngestError(transient ? "input-transient" : "input", reason, { cause: e });
}

let defaultRegion: Promise<string> | null = null;

/**
 * The client: credentials and region from the SDK's default chain (env, ~/.aws, SSO, IMDS …), the endpoint from
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL (path-style then, as S3-compatible stores expect).
 */
export function createS3Client(o: S3Options = {}): S3Client {
  if (o.client) return o.client;
  const env = o.env ?? process.env;
  // why: the SDK prints a Node 20 end-of-support warning on stderr, which belongs to our one-line messages and logs
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  const explicit = env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  const config: S3ClientConfig = {
    // why the fallback: with no region anywhere the SDK refuses to start; us-east-1 plus followRegionRedirects
    // reaches a bucket in any region (S3 answers 301 with the right one), and a custom endpoint ignores it
    region: explicit ?? (async () => {
      defaultRegion ??= new S3Client({}).config.region().catch(() => "us-east-1");
      return defaultRegion;
    }),
    followRegionRedirects: true,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    // unset: the SDK's own default (3) or AWS_MAX_ATTEMPTS / AWS_RETRY_MODE from the environment
    ...(o.maxAttempts !== undefined ? { maxAttempts: o.maxAttempts } : {}),
    requestHandler: {
      connectionTimeout: o.connectionTimeoutMs ?? 10_000,
      requestTimeout: o.requestTimeoutMs ?? 60_000,
      throwOnRequestTimeout: true,
      socketTimeout: o.socketTimeoutMs ?? 60_000,
    },
  };
  // why: a caller that hands its own env (tests, embedding code) means its keys too; the chain reads process.env only
  if (o.env && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    config.credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
  }
  return new S3Client(config);
}

/** One object as a ByteSource; `open` streams GetObject's Body and checks the byte count against the size. */
export function s3ObjectSource(client: S3Client, bucket: string, key: string, meta: { size: number | null; etag: string | null; lastModified: Date | null }): ByteSource {
  const uri = `s3://${bucket}/${key}`;
  return {
    uri,
    size: meta.size,
    mtimeMs: meta.lastModified ? meta.lastModified.getTime() : null,
    etag: meta.etag,
    open: (signal) => streamObject(client, bucket, key, meta, signal),
  };
}

async function* streamObject(client: S3Client, bucket: string, key: string, meta: { size: number | null; etag: string | null }, signal?: AbortSignal): AsyncGenerator<Buffer> {
  let body: AsyncIterable<Uint8Array> & { destroy?: () => void };
  let expected: number | null;
  try {
    // why IfMatch: the object validated is the one listed (its ETag goes into --state); an object replaced
    // in between answers 412, which is transient: the next run sees the new object
    const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(meta.etag ? { IfMatch: meta.etag } : {}) }), { abortSignal: signal });
    body = r.Body as unknown as AsyncIterable<Uint8Array> & { destroy?: () => void };
    expected = r.ContentLength ?? meta.size;
  } catch (e) {
    throw toIngestError(e);
  }
  let read = 0;
  let finished = false;
  try {
    for await (const chunk of body) {
      read += chunk.length;
      yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    }
    finished = true;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const c = classifyS3Error(e);
    const where = expected !== null ? ` after ${read} of ${expected} bytes` : ` after ${read} bytes`;
    // why transient: the connection broke mid-body; reading the object again may well succeed
    throw new IngestError(c.transient ? "input-transient" : "input", `the object stream broke${where}: ${c.reason}`, { cause: e });
  } finally {
    // a consumer that stops early (--stop-after, abort) must not leave the socket open
    if (!finished) body.destroy?.();
  }
  if (expected !== null && read !== expected) {
    // why: a body that ends cleanly but short must never pass as a shorter, valid file
    throw new IngestError("input-transient", `the object stream ended after ${read} of ${expected} bytes (truncated)`);
  }
}

/**
 * Expands one s3:// input: a key ending in "/" (or a bare bucket) lists that prefix; any other key is tried as
 * one object first and, when there is none, as a folder (`key/`). Listing is recursive and sorted by key.
 */
export async function resolveS3(input: string, o: S3Options = {}): Promise<ResolvedInput[]> {
  let bucket: string, key: string;
  try { ({ bucket, key } = parseS3Url(input)); } catch (e) {
    return [{ error: { uri: input, reason: (e as Error).message, transient: false } }];
  }
  const client = createS3Client(o);
  try {
    if (key !== "" && !key.endsWith("/")) {
      try {
        const h = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return [{ source: s3ObjectSource(client, bucket, key, { size: h.ContentLength ?? null, etag: h.ETag ?? null, lastModified: h.LastModified ?? null }) }];
      } catch (e) {
        const c = classifyS3Error(e);
        // HEAD has no body, so a missing bucket also answers a bare 404 NotFound: the listing below tells them apart
        if (!/NoSuchKey/.test(c.reason)) throw e;
      }
    }
    const prefix = key === "" || key.endsWith("/") ? key : `${key}/`;
    const found: { key: string; size: number | null; etag: string | null; lastModified: Date | null }[] = [];
    for await (const page of paginateListObjectsV2({ client, pageSize: o.pageSize ?? 1000 }, { Bucket: bucket, Prefix: prefix })) {
      for (const c of page.Contents ?? []) {
        if (!c.Key || c.Key.endsWith("/") || !DATA_KEY.test(c.Key)) continue;
        found.push({ key: c.Key, size: c.Size ?? null, etag: c.ETag ?? null, lastModified: c.LastModified ?? null });
      }
    }
    if (found.length === 0) {
      const reason = key !== "" && !key.endsWith("/")
        ? "no such object, and no .csv, .tsv or .txt object (or their .gz) under it as a prefix"
        : "the prefix holds no .csv, .tsv or .txt object (or their .gz)";
      return [{ error: { uri: input, reason, transient: false } }];
    }
    // S3 lists in UTF-8 byte order; sorting here gives the same order as folders (SPEC section 4)
    found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return found.map((f) => ({ source: s3ObjectSource(client, bucket, f.key, f) }));
  } catch (e) {
    const c = classifyS3Error(e);
    return [{ error: { uri: input, reason: c.reason, transient: c.transient } }];
  }
}
