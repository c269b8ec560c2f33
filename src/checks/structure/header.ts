// header-blank / header-duplicate: every header cell has a name, and no name appears twice.
import type { CheckModule } from "../types.js";

export const headerNames: CheckModule = {
  meta: {
    id: "header-names",
    description: "every header cell is named, and names are unique",
    codes: ["header-blank", "header-duplicate"],
  },
  create(ctx) {
    if (!ctx.header.present) return null;
    return {
      onHeader() {
        const seen = new Map<string, number>();
        ctx.header.names.forEach((name, i) => {
          if (name.trim() === "") {
            ctx.report({ code: "header-blank", row: null, line: ctx.header.line, column: name, columnIndex: i + 1, value: name });
            return;
          }
          const first = seen.get(name);
          if (first !== undefined) {
            ctx.report({ code: "header-duplicate", row: null, line: ctx.header.line, column: name, columnIndex: i + 1, value: name, params: { first } });
          } else {
            seen.set(name, i + 1);
          }
        });
      },
    };
  },
};
