// Hostile inputs through the real CLI at CI scale, with V8's heap capped and the child's peak RSS measured.
// The full-size run (1 GiB line, ~10 GiB bomb …) is `node scripts/hostile.mjs`; both share its CASES.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
// @ts-expect-error a plain .mjs script without type declarations (tests are not type-checked by tsc)
import { CASES, runCase } from "../../scripts/hostile.mjs";
import { tempDir } from "./helpers.js";

// why these numbers: 64 MiB inputs keep the suite near a minute; a 96 MB heap is smaller than the whole-file
// strings a non-streaming reader would build, so finishing at all shows nothing is held whole. RSS adds node
// itself (~60 MB), the 8 MiB encoding sample and one record of up to 16 Mi characters.
const MB = Number(process.env.HOSTILE_MB ?? 64);
const HEAP_MB = 96;
const MAX_RSS_KB = 256 * 1024;

const { dir, cleanup } = tempDir("hostile");
after(cleanup);

interface Row { name: string; what: string; peakRssKb: number | null; code: number | null; defects: string; problems: string[]; stderr: string; wallMs: number }

describe(`hardening: hostile inputs (${MB} MiB scale, heap capped at ${HEAP_MB} MB)`, () => {
  for (const c of CASES as Array<{ name: string }>) {
    it(`${c.name}: ends in defects with bounded memory, no crash`, { timeout: 300_000 }, async () => {
      const r = (await runCase(c, { mb: MB, heapMb: HEAP_MB, dir })) as Row;
      // shown in the TAP output: the figures behind the guarantee
      console.log(`# ${c.name}: ${r.what}: exit ${r.code}, ${r.defects}, peak RSS ${r.peakRssKb === null ? "?" : Math.round(r.peakRssKb / 1024) + " MiB"}`);
      assert.deepEqual(r.problems, [], r.stderr.slice(0, 2000));
      if (r.peakRssKb !== null) assert.ok(r.peakRssKb < MAX_RSS_KB, `peak RSS ${Math.round(r.peakRssKb / 1024)} MiB`);
    });
  }
});
