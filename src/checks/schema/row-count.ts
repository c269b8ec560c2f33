// row-count: fewer or more records than the schema's `rows: { min, max }` (an ingest-check extension).
import type { CheckModule } from "../types.js";

export const rowCountCheck: CheckModule = {
  meta: { id: "schema-row-count", description: "the number of records against the schema's rows bounds", codes: ["row-count"] },
  create(ctx) {
    const bounds = ctx.schema.rows;
    if (bounds === null || (bounds.min === null && bounds.max === null)) return null;
    return {
      onEnd(totalRows) {
        const { min, max } = bounds;
        if ((min !== null && totalRows < min) || (max !== null && totalRows > max)) {
          const params: Record<string, unknown> = { rows: totalRows };
          if (min !== null) params.min = min;
          if (max !== null) params.max = max;
          ctx.report({ code: "row-count", row: null, line: null, params });
        }
      },
    };
  },
};
