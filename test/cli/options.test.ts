// The built CLI: every command takes the global options, infer/profile read inputs as check does, profile -o is atomic, the README table is the truth.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/report.js";

const dir = mkdtempSync(join(tmpdir(), "ingest-check-options-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = join(dir, "part.json");
const COMMANDS = ["check", "infer", "profile", "merge"] as const;
type Command = (typeof COMMANDS)[number];
/** A run of each command that succeeds on its own. */
const ARGS: Record<Command, () => string[]> = {
  check: () => ["check", "fixtures/clean.csv"],
  infer: () => ["infer", "fixtures/clean.csv"],
  profile: () => ["profile", "fixtures/clean.csv"],
  merge: () => {
    assert.equal(runCli(["fixtures/clean.csv", "-q", "-o", REPORT]).code, 0);
    return ["merge", REPORT, "-f", "pretty"];
  },
};
const ANSI = /\u001b\[/;

describe("global options on every command", () => {
  for (const cmd of COMMANDS) {
    it(`${cmd} accepts --log-level silent -q --no-color (a cron script's flags)`, () => {
      const r = runCli([...ARGS[cmd](), "--log-level", "silent", "-q", "--no-color"]);
      assert.equal(r.code, 0, r.stderr);
      assert.notEqual(r.stdout, "");
      assert.equal(r.stderr, "");
    });

    it(`${cmd} --log-level info logs JSON lines on standard error`, () => {
      const r = runCli([...ARGS[cmd](), "--log-level", "info"]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stderr.trim().split("\n").map((l) => JSON.parse(l) as { level: number; msg: string });
      assert.ok(lines.length > 0 && lines.every((l) => l.level === 30 && l.msg), r.stderr);
    });

    it(`${cmd} rejects a bad --log-level with one line and exit 2`, () => {
      const r = runCli([...ARGS[cmd](), "--log-level", "loud"]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    });
  }

  for (const cmd of ["check", "merge"] as const) {
    it(`${cmd}: --no-color and NO_COLOR turn off the colour FORCE_COLOR asks for`, () => {
      const args = cmd === "check" ? ["fixtures/people-defects.csv", "-q"] : ARGS.merge();
      assert.match(runCli(args, { env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout, ANSI, "colour when forced");
      assert.doesNotMatch(runCli([...args, "--no-color"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout, ANSI);
      assert.doesNotMatch(runCli(args, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout, ANSI);
    });
  }
});

describe("infer and profile read an input as check does", () => {
  const infer = (...args: string[]) => JSON.parse(runCli(["infer", ...args]).stdout) as { fields: { name: string; type: string }[] };
  const profile = (...args: string[]) => JSON.parse(runCli(["profile", ...args]).stdout) as { rows: number; columns: { name: string }[] };

  it("infer --skip-rows skips a title line above the header", () => {
    const path = "fixtures/hints/title-line-before-header.csv";
    assert.deepEqual(infer(path).fields.map((f) => f.name), ["Population by year (millions)"]);
    // why field1…: after the title, "country,2022,2023" holds numbers, so the header sniffer reads it as data
    assert.deepEqual(infer(path, "--skip-rows", "1").fields.map((f) => [f.name, f.type]), [["field1", "string"], ["field2", "number"], ["field3", "number"]]);
  });

  // why comment lines past line 2000: the dialect sniffer finds comment lines in the first 2,000 by itself
  it("infer --comment skips comment lines, so a numeric column stays numeric", () => {
    const path = "fixtures/hints/comment-lines-hash-after-line-2000.csv";
    assert.equal(infer(path).fields[0].type, "string");
    assert.equal(infer(path, "--comment", "#").fields[0].type, "integer");
  });

  it("profile --comment and --skip-rows change what is read", () => {
    assert.equal(profile("fixtures/hints/comment-lines-hash-after-line-2000.csv").rows, 2018);
    assert.equal(profile("fixtures/hints/comment-lines-hash-after-line-2000.csv", "--comment", "#").rows, 2015);
    assert.equal(profile("fixtures/hints/title-line-before-header.csv").columns.length, 1);
    assert.equal(profile("fixtures/hints/title-line-before-header.csv", "--skip-rows", "1").columns.length, 3);
  });
});

describe("profile -o / merge -o", () => {
  it("profile -o writes the profile to the file (not standard output), leaving no temporary file", () => {
    const out = join(dir, "profile", "..", "baseline.json");
    const r = runCli(["profile", "fixtures/clean.csv", "-o", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
    assert.equal(readFileSync(out, "utf8"), runCli(["profile", "fixtures/clean.csv"]).stdout);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
  });

  it("profile --report into a missing folder: one line, exit 2, the old file untouched", () => {
    const out = join(dir, "kept.json");
    writeFileSync(out, "previous");
    const bad = runCli(["profile", "fixtures/clean.csv", "--report", join(dir, "no-such-folder", "p.json")]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^ingest-check: .*no-such-folder.*\n$/);
    assert.equal(readFileSync(out, "utf8"), "previous");
  });

  it("merge -o also writes the merged JSON report", () => {
    const out = join(dir, "merged.json");
    const r = runCli([...ARGS.merge(), "-o", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(out, "utf8")).summary.files, 1);
  });
});

describe("help and the README's option table", () => {
  /** The long options a command's --help lists (help and version aside). */
  const helpOptions = (cmd: Command) => new Set([...runCli([cmd, "--help"]).stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]).filter((o) => o !== "--help"));

  it("no option shows an empty default such as (default: {})", () => {
    for (const cmd of COMMANDS) assert.doesNotMatch(runCli([cmd, "--help"]).stdout, /default: (\{\}|\[\])/, cmd);
  });

  it("the README table lists exactly the options each command takes", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| option | check | infer | profile | merge |"));
    const lines = table.split("\n");
    const rows = lines.slice(2, lines.indexOf("", 2));
    assert.ok(rows.length > 10 && rows.every((l) => l.startsWith("| `")), "the table's rows");
    for (const [i, cmd] of COMMANDS.entries()) {
      const inReadme = new Set(rows.filter((r) => r.split("|")[i + 2].includes("✓")).map((r) => /(--[a-z-]+)/.exec(r)![1]));
      assert.deepEqual([...inReadme].sort(), [...helpOptions(cmd)].sort(), `${cmd}: README table vs ${cmd} --help`);
    }
  });
});
