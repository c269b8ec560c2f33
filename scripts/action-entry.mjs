// Entry of the GitHub Action: turns the INPUT_* variables into ingest-check arguments and runs the CLI.
// Bundled by scripts/bundle.mjs into dist-bundle/action.cjs (action.yml runs that file).
import { appendFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Splits the `args` input like a shell would for words and quotes (no expansion). */
export function splitArgs(s) {
  const out = [];
  let cur = "", quote = null, any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") { quote = c; any = true; }
    else if (c === "\\" && i + 1 < s.length) { cur += s[++i]; any = true; }
    else if (/\s/.test(c)) { if (any || cur) out.push(cur); cur = ""; any = false; }
    else { cur += c; any = true; }
  }
  if (quote) throw new Error(`args: unclosed ${quote}`);
  if (any || cur) out.push(cur);
  return out;
}

/** Builds the CLI's argv from the action's inputs (GitHub names them INPUT_<NAME>, dashes kept). */
export function argvFromInputs(env) {
  const input = (name) => (env[`INPUT_${name}`] ?? env[`INPUT_${name.replace(/-/g, "_")}`] ?? "").trim();
  // One path or glob per line; blank lines and surrounding spaces are ignored.
  const paths = input("PATHS").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  if (paths.length === 0) throw new Error("the 'paths' input is empty: give one path or glob per line");
  const argv = ["--format", "github"];
  const schema = input("SCHEMA");
  if (schema) argv.push("--schema", schema);
  const failOn = input("FAIL-ON");
  if (failOn) argv.push("--fail-on", failOn);
  argv.push(...splitArgs(input("ARGS")));
  // "--" so that a data file named like an option is still read as a file.
  if (paths.some((p) => p.startsWith("-") && p !== "-")) argv.push("--");
  argv.push(...paths);
  return argv;
}

async function run() {
  let code;
  try {
    const argv = argvFromInputs(process.env);
    // Imported here, not at the top, so the helpers above can be tested before the CLI is built.
    const { main } = await import("../dist/src/cli/main.js");
    code = await main(argv);
  } catch (err) {
    // Why ::error: a failure before the CLI starts (bad inputs) must show in the run's annotations too.
    const msg = String(err instanceof Error ? err.message : err).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    process.stdout.write(`::error title=ingest-check::${msg}\n`);
    code = 2;
  }
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}\n`);
  process.exitCode = code;
}

// Run only as the program, not when a test imports the helpers above.
const isMain = typeof require !== "undefined" && typeof module !== "undefined"
  ? require.main === module
  : process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) void run();
