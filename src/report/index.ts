// The reporter registry: --format name → a lazily loaded render function (start-up loads only the one used).
import type { Report } from "../types.js";

export type FormatName = "pretty" | "json" | "ndjson" | "github" | "junit" | "markdown" | "sarif";
export const FORMATS: FormatName[] = ["pretty", "json", "ndjson", "github", "junit", "markdown", "sarif"];

export interface RenderContext {
  color: boolean;
  env: NodeJS.ProcessEnv;
}

export async function renderReport(format: FormatName, report: Report, ctx: RenderContext): Promise<string> {
  switch (format) {
    case "pretty": return (await import("./pretty.js")).render(report, { color: ctx.color });
    case "json": return (await import("./json.js")).render(report);
    case "ndjson": return (await import("./ndjson.js")).render(report);
    case "github": return (await import("./github.js")).render(report, { env: ctx.env });
    case "junit": return (await import("./junit.js")).render(report);
    case "markdown": return (await import("./markdown.js")).render(report);
    case "sarif": return (await import("./sarif.js")).render(report);
  }
}

export async function renderHtml(report: Report): Promise<string> {
  return (await import("./html.js")).render(report);
}
