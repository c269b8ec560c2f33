// The progress bar on standard error: bytes, rows, rows/s and time left; only on a terminal, after about a second.
import type { Writable } from "node:stream";
import type { Progress } from "../pipeline/options.js";
import { nowMs } from "../clock.js";

export interface ProgressBar {
  update(p: Progress): void;
  done(): void;
}

const DELAY_MS = 1000;

function human(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  let n = bytes;
  while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`;
}

/** Returns a bar that draws nothing unless stderr is a terminal. */
export function createProgress(stderr: Writable & { isTTY?: boolean; columns?: number }, color: boolean, delayMs = DELAY_MS, now: () => number = nowMs): ProgressBar {
  if (!stderr.isTTY) return { update() {}, done() {} };
  const start = now();
  const files = new Map<string, Progress>();
  let drawn = false;
  let last = 0;
  const draw = () => {
    let read = 0, total = 0, rows = 0, known = true;
    for (const p of files.values()) {
      read += p.bytesRead;
      rows += p.rows;
      if (p.bytesTotal === null) known = false; else total += p.bytesTotal;
    }
    const secs = (now() - start) / 1000;
    const rate = rows / Math.max(secs, 0.001);
    const frac = known && total > 0 ? Math.min(1, read / total) : 0;
    const left = known && read > 0 ? duration((secs * (total - read)) / read) : "?";
    const text = `${known ? `${Math.round(frac * 100)}% ` : ""}${human(read)}${known ? `/${human(total)}` : ""}  ${rows.toLocaleString("en-US")} rows  ${Math.round(rate).toLocaleString("en-US")} rows/s${known ? `  ${left} left` : ""}`;
    const cols = stderr.columns || 80; // 0 on a pseudo-terminal with no size set
    // the bar takes what room the figures leave, and goes first on a narrow terminal
    const width = Math.min(24, cols - 2 - text.length);
    const filled = Math.round(frac * Math.max(width, 0));
    const cyan = (x: string) => (color ? `\u001b[36m${x}\u001b[39m` : x);
    const bar = width >= 8 ? cyan(known ? "█".repeat(filled) + "░".repeat(width - filled) : "·".repeat(width)) + " " : "";
    const line = bar + text.slice(0, cols - 1);
    stderr.write(`\r${line}\u001b[K`);
    drawn = true;
  };
  return {
    update(p) {
      files.set(p.source, p);
      const t = now();
      if (t - start < delayMs || t - last < 100) return;
      last = t;
      draw();
    },
    done() {
      if (drawn) stderr.write("\r\u001b[K");
    },
  };
}
