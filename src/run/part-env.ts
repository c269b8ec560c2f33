// --part i/n, --part auto/N and --part auto: which part of how many, from the flag or from the array job's environment.
import { IngestError } from "../defects/errors.js";

/** 1-based, as --shard counts. */
export interface PartSpec { index: number; count: number }

const USAGE = "--part must be i/n with 1 <= i <= n (e.g. 3/8), auto/N or auto";

function whole(v: string | undefined): number | null {
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : null;
}

/**
 * This process's index (1-based) from the environment, and the variable it came from. why +1: Kubernetes Indexed
 * Jobs (JOB_COMPLETION_INDEX) and AWS Batch array jobs (AWS_BATCH_JOB_ARRAY_INDEX) count from 0, GitLab's
 * CI_NODE_INDEX (with `parallel: N`) from 1.
 */
function indexFromEnv(env: NodeJS.ProcessEnv): { index: number; from: string } | null {
  const k8s = whole(env.JOB_COMPLETION_INDEX);
  if (k8s !== null) return { index: k8s + 1, from: "JOB_COMPLETION_INDEX" };
  const batch = whole(env.AWS_BATCH_JOB_ARRAY_INDEX);
  if (batch !== null) return { index: batch + 1, from: "AWS_BATCH_JOB_ARRAY_INDEX" };
  const gitlab = whole(env.CI_NODE_INDEX);
  if (gitlab !== null) return { index: gitlab, from: "CI_NODE_INDEX" };
  return null;
}

/** The number of parts where the environment says it (AWS Batch, GitLab); Kubernetes does not: give auto/N there. */
function countFromEnv(env: NodeJS.ProcessEnv, from: string): number | null {
  if (from === "AWS_BATCH_JOB_ARRAY_INDEX") return whole(env.AWS_BATCH_JOB_ARRAY_SIZE);
  if (from === "CI_NODE_INDEX") return whole(env.CI_NODE_TOTAL);
  return null;
}

export function parsePart(text: string, env: NodeJS.ProcessEnv): PartSpec {
  const m = /^\s*(auto|\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(text);
  if (!m || (m[1] !== "auto" && m[2] === undefined)) throw new IngestError("usage", `${USAGE}, not ${JSON.stringify(text)}`);
  let index: number;
  let count: number | null = m[2] === undefined ? null : Number(m[2]);
  if (m[1] === "auto") {
    const got = indexFromEnv(env);
    if (!got) throw new IngestError("usage", "--part auto: none of JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX, CI_NODE_INDEX is set; give --part i/n");
    index = got.index;
    count ??= countFromEnv(env, got.from);
    if (count === null) throw new IngestError("usage", `--part auto: ${got.from} gives the index but nothing in the environment gives the number of parts; give --part auto/N`);
  } else {
    index = Number(m[1]);
  }
  if (count! < 1 || index < 1 || index > count!) throw new IngestError("usage", `${USAGE}; got part ${index} of ${count}`);
  return { index, count: count! };
}
