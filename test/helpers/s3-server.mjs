// A loopback S3-compatible server (s3rver) in a child process for the tests; prints {"port":N} once listening.
// why a child: s3rver encrypts listing continuation tokens with DES, which OpenSSL 3 allows only with
// --openssl-legacy-provider, a flag the test runner's own process should not need.
import S3rver from "@20minutes/s3rver";

const [dir, ...buckets] = process.argv.slice(2);
const srv = new S3rver({
  address: "127.0.0.1", port: 0, silent: true, directory: dir,
  // why: the SDK signs a path-style bucket listing as "/bucket/", s3rver checks "/bucket": the signature differs
  allowMismatchedSignatures: true,
  configureBuckets: buckets.map((name) => ({ name })),
});
const { port } = await srv.run();
process.stdout.write(JSON.stringify({ port }) + "\n");
// the parent closes our stdin (or dies): stop then, so no server outlives its test
process.stdin.resume();
process.stdin.on("end", () => { void srv.close().finally(() => process.exit(0)); });
