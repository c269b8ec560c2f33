// objectsOfEvent: S3 event notifications as S3 sends them to SQS/SNS and EventBridge, and an SQS message around them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { objectsOfEvent, objectsOfEventText } from "../../src/run/events.js";
import { isIngestError } from "../../src/defects/errors.js";

const record = (key: string, eventName = "ObjectCreated:Put") => ({
  eventVersion: "2.1", eventSource: "aws:s3", awsRegion: "eu-west-1", eventName,
  s3: { s3SchemaVersion: "1.0", bucket: { name: "landing", arn: "arn:aws:s3:::landing" }, object: { key, size: 42, eTag: "0123abcd", versionId: "v1", sequencer: "0A1B" } },
});

test("S3 to SQS: Records, keys URL-decoded (+ is a space), ETag quoted as HeadObject gives it, removals left out", () => {
  const got = objectsOfEvent({ Records: [record("orders/2026-11-01+export%C3%A9.csv"), record("orders/old.csv", "ObjectRemoved:Delete")] });
  assert.deepEqual(got, [{ uri: "s3://landing/orders/2026-11-01 exporté.csv", bucket: "landing", key: "orders/2026-11-01 exporté.csv", etag: '"0123abcd"', version: "v1", size: 42 }]);
});

test("an SQS message (Body), an SNS notification inside it, and a Lambda batch (records[].body) all reach the records", () => {
  const s3 = { Records: [record("a.csv")] };
  const sns = { Type: "Notification", Message: JSON.stringify(s3) };
  assert.equal(objectsOfEvent({ MessageId: "m1", Body: JSON.stringify(s3) })[0].key, "a.csv");
  assert.equal(objectsOfEvent({ Body: JSON.stringify(sns) })[0].key, "a.csv");
  assert.equal(objectsOfEvent({ Records: [{ messageId: "m1", body: JSON.stringify(s3) }] })[0].key, "a.csv", "a Lambda SQS batch");
  assert.equal(objectsOfEvent([{ body: JSON.stringify(s3) }, { body: JSON.stringify(s3) }]).length, 2);
});

test("EventBridge: Object Created with detail.object (key not encoded, etag, version-id)", () => {
  const e = { version: "0", "detail-type": "Object Created", source: "aws.s3", detail: { bucket: { name: "landing" }, object: { key: "crm/c 1.csv", size: 7, etag: "ff00", "version-id": "v9" } } };
  assert.deepEqual(objectsOfEvent(e), [{ uri: "s3://landing/crm/c 1.csv", bucket: "landing", key: "crm/c 1.csv", etag: '"ff00"', version: "v9", size: 7 }]);
  assert.deepEqual(objectsOfEvent({ ...e, "detail-type": "Object Deleted" }), []);
});

test("S3's test event gives nothing; NDJSON gives one value a line; anything else is one clear input error", () => {
  assert.deepEqual(objectsOfEvent({ Service: "Amazon S3", Event: "s3:TestEvent" }), []);
  const line = JSON.stringify({ Records: [record("x.csv")] });
  assert.equal(objectsOfEventText(`${line}\n${line}\n`).length, 2);
  for (const bad of ["{\"hello\":1}", "not json", "   "]) {
    assert.throws(() => objectsOfEventText(bad), (e: unknown) => isIngestError(e) && e.exitCode === 2 && !/\n/.test(e.message));
  }
});
