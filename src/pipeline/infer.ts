// `ingest-check infer`: reads a sample of one input and returns the Table Schema inferred from it.
import type { TableSchemaDescriptor } from "../schema/types.js";
import { prepare } from "../index.js";
import type { IngestOptions } from "./options.js";
import { resolveInputs } from "../source/resolve.js";
import { validateSource } from "./validate.js";
import { IngestError } from "../defects/errors.js";
import { refuseDataPackage } from "../datapackage/path.js";

export type InferOptions = Pick<IngestOptions, "encoding" | "delimiter" | "quote" | "header" | "skipRows" | "comment" | "stdin">;

export async function inferDescriptor(input: string, o: InferOptions): Promise<TableSchemaDescriptor> {
  refuseDataPackage(input, "infer");
  const ro = await prepare({ ...o, stats: false, maxDefects: 0 });
  const [resolved] = await resolveInputs([input], { stdin: o.stdin });
  if (!resolved || "error" in resolved) throw new IngestError("input", `${input}: ${resolved && "error" in resolved ? resolved.error.reason : "no input"}`);
  const file = await validateSource(resolved.source, ro);
  const err = file.defects.find((d) => d.code === "source-error" || d.code === "binary-file" || d.code === "empty-file");
  if (err) throw new IngestError("input", `${input}: ${err.message}`);
  if (!file.schema) throw new IngestError("internal", `${input}: no schema could be inferred`);
  return file.schema as TableSchemaDescriptor;
}
