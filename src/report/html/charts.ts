// Inline SVG charts for the HTML report (no script: tooltips are SVG <title> elements).
import { esc } from "./escape.js";

const nf = new Intl.NumberFormat("en-US");

export interface Bar { label: string; value: number; kind: "error" | "warning" | "neutral"; hint?: string }

const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max - 1) + "…" : s);

/** A horizontal bar chart: one labelled bar per item, longest first as given. */
export function barChart(bars: Bar[], title: string): string {
  const W = 520, labelW = 170, valueW = 56, rowH = 22, top = 4;
  const H = top * 2 + bars.length * rowH;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = W - labelW - valueW;
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(2, (b.value / max) * plotW);
    const tip = `${b.label}: ${nf.format(b.value)}${b.hint ? ` — ${b.hint}` : ""}`;
    return `<g class="bar ${b.kind}"><title>${esc(tip)}</title>` +
      `<text class="lbl" x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(clip(b.label, 26))}</text>` +
      `<rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="2"/>` +
      `<text class="val" x="${(labelW + w + 6).toFixed(1)}" y="${y + 15}">${nf.format(b.value)}</text></g>`;
  }).join("");
  return `<svg class="chart bars" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">${rows}</svg>`;
}

export interface Placed { row: number; kind: "error" | "warning" }

/**
 * Where in the file the defects sit: records bucketed along the file, errors stacked under warnings,
 * so a broken tail or an encoding change half-way shows as a block at that place.
 */
export function locationChart(points: Placed[], totalRows: number, title: string): string {
  const W = 1080, H = 150, left = 40, right = 8, top = 8, bottom = 26;
  const total = Math.max(totalRows, ...points.map((p) => p.row), 1);
  const buckets = Math.min(60, total);
  const per = total / buckets;
  const err = new Array<number>(buckets).fill(0);
  const warn = new Array<number>(buckets).fill(0);
  for (const p of points) {
    const b = Math.min(buckets - 1, Math.floor((p.row - 1) / per));
    if (p.kind === "error") err[b]++; else warn[b]++;
  }
  const max = Math.max(1, ...err.map((e, i) => e + warn[i]));
  const plotW = W - left - right, plotH = H - top - bottom;
  const bw = plotW / buckets;
  let cols = "";
  for (let i = 0; i < buckets; i++) {
    const e = err[i], w = warn[i];
    if (e + w === 0) continue;
    const from = Math.floor(i * per) + 1, to = Math.floor((i + 1) * per);
    const x = left + i * bw + 0.5;
    const he = (e / max) * plotH, hw = (w / max) * plotH;
    const tip = `rows ${nf.format(from)}–${nf.format(to)}: ${nf.format(e)} error${e === 1 ? "" : "s"}, ${nf.format(w)} warning${w === 1 ? "" : "s"}`;
    cols += `<g class="bucket"><title>${esc(tip)}</title>`;
    if (e > 0) cols += `<rect class="error" x="${x.toFixed(1)}" y="${(top + plotH - he).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${he.toFixed(1)}"/>`;
    if (w > 0) cols += `<rect class="warning" x="${x.toFixed(1)}" y="${(top + plotH - he - hw).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${hw.toFixed(1)}"/>`;
    cols += `</g>`;
  }
  const axisY = top + plotH;
  const ticks = [1, Math.round(total / 2), total].map((r, i) => {
    const x = i === 0 ? left : i === 1 ? left + plotW / 2 : left + plotW;
    const anchor = i === 0 ? "start" : i === 1 ? "middle" : "end";
    return `<text class="tick" x="${x.toFixed(1)}" y="${axisY + 17}" text-anchor="${anchor}">row ${nf.format(r)}</text>`;
  }).join("");
  const grid = `<line class="grid" x1="${left}" x2="${left + plotW}" y1="${top}" y2="${top}"/>` +
    `<text class="tick" x="${left - 6}" y="${top + 4}" text-anchor="end">${nf.format(max)}</text>` +
    `<text class="tick" x="${left - 6}" y="${axisY}" text-anchor="end">0</text>`;
  return `<svg class="chart location" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">` +
    `${grid}${cols}<line class="axis" x1="${left}" x2="${left + plotW}" y1="${axisY}" y2="${axisY}"/>${ticks}</svg>`;
}
