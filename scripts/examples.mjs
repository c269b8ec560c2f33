// Writes an example of every CI/people output format from the fixture report into test-artifacts/examples/.
// Usage: node scripts/examples.mjs [report.json]   (default: fixtures/report/mixed.json)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// Why tsx: the reporters are TypeScript sources; this lets the script run without a build.
register();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const input = process.argv[2] ?? join(root, "fixtures", "report", "mixed.json");
const report = JSON.parse(readFileSync(input, "utf8"));
const out = join(root, "test-artifacts", "examples");
mkdirSync(out, { recursive: true });

const load = (name) => import(join(root, "src", "report", `${name}.ts`));
const [github, junit, sarif, markdown, html] = await Promise.all(["github", "junit", "sarif", "markdown", "html"].map(load));

const summary = join(out, "github-step-summary.md");
rmSync(summary, { force: true });
const files = {
  "github.txt": github.render(report, { env: { GITHUB_STEP_SUMMARY: summary } }),
  "junit.xml": junit.render(report),
  "report.sarif": sarif.render(report),
  "report.md": markdown.render(report),
  "report.html": html.render(report, { generatedAt: new Date().toISOString() }),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(`wrote ${[...Object.keys(files), "github-step-summary.md"].map((f) => join("test-artifacts/examples", f)).join("\n      ")}`);
