// S3 event notifications as S3 sends them (to SQS/SNS directly, or to EventBridge), and an SQS message around them, read into the objects they name.
import { IngestError } from "../defects/errors.js";

/** One object an event names: the version or ETag tells this upload from a later one of the same key. */
export interface EventObject {
  uri: string;
  bucket: string;
  key: string;
  etag: string | null;
  version: string | null;
  size: number | null;
}

/** why decode: S3 event keys are URL-encoded with `+` for a space (documented by AWS), EventBridge keys are not. */
function s3Key(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, " "));
}

const quoted = (etag: unknown): string | null => (typeof etag === "string" && etag !== "" ? (etag.startsWith('"') ? etag : `"${etag}"`) : null);

function fromRecord(r: Record<string, any>): EventObject | null {
  if (!String(r.eventName ?? "").startsWith("ObjectCreated")) return null;
  const bucket = r.s3?.bucket?.name;
  const rawKey = r.s3?.object?.key;
  if (typeof bucket !== "string" || typeof rawKey !== "string") throw new IngestError("input", "an S3 event record without s3.bucket.name and s3.object.key");
  const key = s3Key(rawKey);
  const o = r.s3.object;
  return { uri: `s3://${bucket}/${key}`, bucket, key, etag: quoted(o.eTag), version: o.versionId ?? null, size: typeof o.size === "number" ? o.size : null };
}

function fromEventBridge(e: Record<string, any>): EventObject | null {
  if (e["detail-type"] !== "Object Created") return null;
  const bucket = e.detail?.bucket?.name;
  const key = e.detail?.object?.key;
  if (typeof bucket !== "string" || typeof key !== "string") throw new IngestError("input", "an EventBridge event without detail.bucket.name and detail.object.key");
  const o = e.detail.object;
  return { uri: `s3://${bucket}/${key}`, bucket, key, etag: quoted(o.etag), version: o["version-id"] ?? null, size: typeof o.size === "number" ? o.size : null };
}

/** Every created object in one parsed JSON value: {Records:[…]}, an EventBridge event, an SQS message or batch (Body/body), or a list of these. */
export function objectsOfEvent(v: unknown): EventObject[] {
  if (Array.isArray(v)) return v.flatMap(objectsOfEvent);
  if (!v || typeof v !== "object") throw new IngestError("input", "not an S3 event notification (a JSON object was expected)");
  const e = v as Record<string, any>;
  // an SQS message (or a Lambda SQS batch) whose body is the notification, as text
  const body = e.Body ?? e.body;
  if (typeof body === "string") return objectsOfEvent(parseJson(body));
  // S3 to SNS to SQS: the notification is the SNS message's text
  if (e.Type === "Notification" && typeof e.Message === "string") return objectsOfEvent(parseJson(e.Message));
  if (Array.isArray(e.Records)) {
    // S3's own records, or a Lambda SQS batch whose records carry the notification as `body`
    return e.Records.flatMap((r: Record<string, any>) => (typeof r?.body === "string" ? objectsOfEvent(parseJson(r.body)) : [fromRecord(r)].filter((x): x is EventObject => x !== null)));
  }
  // a test event S3 sends when notifications are configured: no records to take
  if (e.Event === "s3:TestEvent") return [];
  if (e.source === "aws.s3" || "detail-type" in e) { const o = fromEventBridge(e); return o ? [o] : []; }
  throw new IngestError("input", "not an S3 event notification: expected Records (S3 to SQS/SNS), detail-type (EventBridge) or an SQS Body");
}

function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { throw new IngestError("input", "the event is not JSON"); }
}

/** Reads standard input: one JSON value, or one per line (NDJSON, as a queue's messages dumped one a line). */
export function objectsOfEventText(text: string): EventObject[] {
  const t = text.trim();
  if (t === "") throw new IngestError("usage", "enqueue -: standard input is empty (expected an S3 event notification's JSON)");
  try { return objectsOfEvent(JSON.parse(t)); } catch (e) {
    if (e instanceof IngestError) throw e;
  }
  return t.split(/\r?\n/).filter((l) => l.trim() !== "").flatMap((l) => objectsOfEvent(parseJson(l)));
}
