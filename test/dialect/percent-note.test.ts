// percentNotes / notesAboveHeader (src/dialect/percent-note.ts): a `%` note of another width above a header line is a comment, not the header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { percentNotes } from "../../src/dialect/percent-note.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/percent-command-note-above-header.dat";
const ROWS = "4 4 1 300 323307\n4 4 1 675 406278\n4 None 1 300 185793\n";

test("percentNotes: a `% run with: mpiexec …` line above `threads mpi omp spheres runtime` is a note over a named table", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.skipRows], [" ", "%", true, 0]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["threads", "mpi", "omp", "spheres", "runtime"]);
  assert.deepEqual([f.rows.total, f.errors, f.warnings], [4, 0, 0]);
});

test("percentNotes: two notes above the header read the same way", () => {
  const d = sniffDialect(`% timings of the run\n% nodes: 4, threads: 1 or 4, see run.py\nthreads mpi omp spheres runtime\n${ROWS}`, true);
  assert.deepEqual([d.comment, d.header], ["%", true]);
});

test("percentNotes: a `%` name line of the table's width, a `%` in the rows, numbers under the note are left as they were", () => {
  // a commented header: its names, once the mark is dropped, are as many as the columns
  assert.equal(sniffDialect(`% threads mpi omp spheres runtime\n${ROWS}`, true).comment ?? null, null);
  assert.equal(sniffDialect(`%threads mpi omp spheres runtime\n${ROWS}`, true).comment ?? null, null);
  // `%CPU %MEM COMMAND`: the mark is part of the names
  assert.equal(sniffDialect("%CPU %MEM COMMAND\n0.0 1.2 bash\n0.1 0.4 sshd\n2.0 3.1 node\n", true).comment ?? null, null);
  // no header under the note: not this rule's
  assert.equal(percentNotes(`% a note of six words here\n${ROWS}`)?.length, 2);
  assert.notEqual(sniffDialect(`% a note of six words here\n${ROWS}`, true).header && sniffDialect(`% a note of six words here\n${ROWS}`, true).comment === "%", true);
  // a percent in a row makes `%` a cell's text
  assert.equal(percentNotes("% run with: mpiexec -n 4 ./sim\nrate share\n-10% 11.68\n-9% 9.62\n"), null);
  // too few lines under the note
  assert.equal(percentNotes("% run with: mpiexec -n 4 ./sim\nthreads mpi\n4 4\n"), null);
});
