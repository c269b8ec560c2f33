// SIGINT / SIGTERM on the real CLI mid-run: exit 130 / 143, a message, and no output half-written or left as a .tmp.
import { describe, it, after, before } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT, generateFile, tempDir } from "./helpers.js";

const { dir, cleanup } = tempDir("signals");
after(cleanup);
const input = join(dir, "big.csv");

before(async () => {
  // ~60 MB: long enough that a run is still reading when the signal comes, on any machine
  const block = Buffer.from(Array.from({ length: 10000 }, (_, i) => `${i},name ${i},${i % 13 === 0 ? "x" : i * 3},2024-01-0${(i % 9) + 1}`).join("\n") + "\n");
  await generateFile(input, "id,name,value,day\n", block, 150);
});

for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  describe(`hardening: ${sig}`, () => {
    it(`stops cleanly with exit ${code}: outputs not created or left as before, no .tmp, a message`, async () => {
      const out = join(dir, sig);
      mkdirSync(out);
      const report = join(out, "report.json");
      writeFileSync(report, "previous report\n");
      const paths = { clean: join(out, "clean.csv"), rejects: join(out, "rejects.csv"), html: join(out, "report.html") };
      const child = spawn(process.execPath, [BIN, input, "-f", "json", "--report", report, "--clean", paths.clean, "--rejects", paths.rejects, "--html", paths.html],
        { cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1" }, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      let stdout = "";
      child.stderr.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
      child.stdout.setEncoding("utf8").on("data", (s: string) => { stdout += s; });
      const closed = once(child, "close");
      // why wait for the temporary --clean file: it is opened when the input starts streaming, so the signal
      // surely lands mid-run (no sleep to tune); the 20 s bound only stops a broken build from hanging the test
      const t0 = Date.now();
      while (!readdirSync(out).some((n) => n.endsWith(".tmp")) && child.exitCode === null && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 10));
      assert.equal(child.exitCode, null, `the run ended before it could be interrupted: ${stderr}`);
      child.kill(sig);
      const [exit] = (await closed) as [number | null];
      assert.equal(exit, code, stderr);
      assert.match(stderr, /interrupted/);
      assert.doesNotMatch(stderr, /\n\s+at /);
      assert.equal(stdout, "", "no report on stdout: the run did not finish");
      assert.equal(readFileSync(report, "utf8"), "previous report\n", "--report left as before");
      for (const [name, p] of Object.entries(paths)) assert.equal(existsSync(p), false, `--${name} not created`);
      assert.deepEqual(readdirSync(out).filter((n) => n.endsWith(".tmp")), [], "no temporary file left");
    });
  });
}
