// parsePart: --part i/n, and auto/N or auto from a faked array job's environment (Kubernetes, AWS Batch, GitLab).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parsePart } from "../../src/run/part-env.js";
import { isIngestError } from "../../src/defects/errors.js";

const exit2 = (f: () => unknown, line: RegExp) => assert.throws(f, (e: unknown) => isIngestError(e) && e.exitCode === 2 && line.test(e.message) && !/\n/.test(e.message));

test("i/n is 1-based, as --shard", () => {
  assert.deepEqual(parsePart("3/8", {}), { index: 3, count: 8 });
  exit2(() => parsePart("0/8", {}), /1 <= i <= n/);
  exit2(() => parsePart("9/8", {}), /part 9 of 8/);
  exit2(() => parsePart("3", {}), /i\/n/);
});

test("Kubernetes Indexed Job: JOB_COMPLETION_INDEX counts from 0; the count is not in the environment, so auto/N", () => {
  assert.deepEqual(parsePart("auto/8", { JOB_COMPLETION_INDEX: "0" }), { index: 1, count: 8 });
  assert.deepEqual(parsePart("auto/8", { JOB_COMPLETION_INDEX: "7" }), { index: 8, count: 8 });
  exit2(() => parsePart("auto/8", { JOB_COMPLETION_INDEX: "8" }), /part 9 of 8/);
  exit2(() => parsePart("auto", { JOB_COMPLETION_INDEX: "2" }), /JOB_COMPLETION_INDEX gives the index.*auto\/N/);
});

test("AWS Batch array job: AWS_BATCH_JOB_ARRAY_INDEX from 0, AWS_BATCH_JOB_ARRAY_SIZE for auto", () => {
  assert.deepEqual(parsePart("auto", { AWS_BATCH_JOB_ARRAY_INDEX: "4", AWS_BATCH_JOB_ARRAY_SIZE: "8" }), { index: 5, count: 8 });
  assert.deepEqual(parsePart("auto/8", { AWS_BATCH_JOB_ARRAY_INDEX: "0" }), { index: 1, count: 8 });
});

test("GitLab parallel: CI_NODE_INDEX is 1-based, CI_NODE_TOTAL the count", () => {
  assert.deepEqual(parsePart("auto", { CI_NODE_INDEX: "1", CI_NODE_TOTAL: "4" }), { index: 1, count: 4 });
  assert.deepEqual(parsePart("auto", { CI_NODE_INDEX: "4", CI_NODE_TOTAL: "4" }), { index: 4, count: 4 });
});

test("auto with nothing in the environment is one line, exit 2", () => {
  exit2(() => parsePart("auto", {}), /none of JOB_COMPLETION_INDEX/);
  exit2(() => parsePart("auto/4", { CI_NODE_INDEX: "x" }), /none of/);
});
