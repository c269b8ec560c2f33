// startS3: a real S3-compatible server (s3rver) on 127.0.0.1 for the tests, with a client to fill it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { ROOT } from "./report.js";

export interface S3Server {
  endpoint: string;
  /** The environment a CLI run (or S3Options.env) needs to reach this server. */
  env: NodeJS.ProcessEnv;
  client: S3Client;
  put(bucket: string, key: string, body: string | Buffer): Promise<void>;
  stop(): Promise<void>;
}

export async function startS3(buckets: string[]): Promise<S3Server> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const dir = mkdtempSync(join(tmpdir(), "ingest-s3-"));
  const child: ChildProcess = spawn(process.execPath, ["--openssl-legacy-provider", join(ROOT, "test/helpers/s3-server.mjs"), dir, ...buckets], {
    cwd: ROOT, stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(() => reject(new Error("s3rver did not start within 15 s")), 15_000);
    child.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const m = /\{"port":(\d+)\}/.exec(buf);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`s3rver exited with ${code}`)); });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const env = {
    AWS_ENDPOINT_URL: endpoint, AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  const client = new S3Client({
    endpoint, forcePathStyle: true, region: "us-east-1",
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
  });
  return {
    endpoint, env, client,
    async put(bucket, key, body) { await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body })); },
    async stop() {
      client.destroy();
      if (child.exitCode === null) {
        child.stdin!.end();
        const t = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await once(child, "exit");
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
