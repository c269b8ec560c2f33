// measureStateBound: fills a state with 100 feeds × 10 deliveries × 50 columns through check() and returns its size in bytes.
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/index.js";

const FEEDS = 100, DAYS = 10, COLUMNS = 50, ROWS = 40;

/** Half numeric columns (all sketched as quantiles), half low-cardinality categories (sketched as shares). */
function file(feed: number, day: number): string {
  const names = Array.from({ length: COLUMNS }, (_, c) => `${c % 2 ? "category" : "measure"}_${String(c).padStart(3, "0")}`);
  const rows = Array.from({ length: ROWS }, (_, r) => names.map((_, c) => (c % 2 ? `cat${(r * 7 + c + day) % 5}` : String(((r * 31 + c * 17 + day * 13 + feed) % 997) / 10))).join(","));
  return [names.join(","), ...rows].join("\n") + "\n";
}

export async function measureStateBound(root: string): Promise<number> {
  const state = join(root, "state.json");
  const config = { version: 1, feeds: Array.from({ length: FEEDS }, (_, f) => ({ name: `feed-${f}`, match: `feed-${f}/*.csv` })) };
  for (let day = 1; day <= DAYS; day++) {
    rmSync(join(root, "in"), { recursive: true, force: true });
    for (let f = 0; f < FEEDS; f++) {
      mkdirSync(join(root, "in", `feed-${f}`), { recursive: true });
      writeFileSync(join(root, "in", `feed-${f}`, `day-${day}.csv`), file(f, day));
    }
    const r = await check([join(root, "in") + "/"], { config, state, jobs: 1, now: `2026-11-${String(day).padStart(2, "0")}T06:00:00Z` });
    if (r.files.length !== FEEDS) throw new Error(`day ${day}: ${r.files.length} files`);
  }
  return statSync(state).size;
}
