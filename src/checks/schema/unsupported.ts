// schema-unsupported: each key of the schema file that is accepted but not checked, said once per file (never ignored silently).
import type { CheckModule } from "../types.js";

export const unsupportedCheck: CheckModule = {
  meta: { id: "schema-unsupported", description: "schema keys accepted but not checked", codes: ["schema-unsupported"] },
  create(ctx) {
    const list = ctx.schema.unsupported;
    if (!list || list.length === 0) return null;
    return {
      onHeader() {
        for (const u of list) ctx.report({ code: "schema-unsupported", row: null, line: null, params: { key: u.key, why: u.why } });
      },
    };
  },
};
