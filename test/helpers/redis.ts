// startRedis: Debian's redis-server on a free 127.0.0.1 port, no persistence, for the queue tests; null when it is not installed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, connect } from "node:net";
import { once } from "node:events";

export interface RedisServer { port: number; url: string; stop(): Promise<void> }

/** The redis-server on PATH (or Debian's /usr/bin), or null. */
export function redisServerBinary(): string | null {
  for (const c of ["redis-server", "/usr/bin/redis-server"]) {
    const r = spawnSync(c, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return c;
  }
  return null;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as { port: number }).port;
  srv.close();
  await once(srv, "close");
  return port;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => s.write("PING\r\n"));
    s.once("data", (d) => { s.destroy(); resolve(d.toString().startsWith("+PONG")); });
    s.once("error", () => resolve(false));
  });
}

export async function startRedis(): Promise<RedisServer | null> {
  const bin = redisServerBinary();
  if (!bin) return null;
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"], { stdio: "ignore" });
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port, url: `redis://127.0.0.1:${port}/0`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await once(child, "exit");
      clearTimeout(t);
    },
  };
}
