import { Decimal } from "decimal.js";
import type { z } from "zod";

interface CheckableTarget {
  kind: string;
  value?: string;
  valueHigh?: string;
}

/**
 * Cross-field rules that a single field cannot state: a range's low is not above its high,
 * and a share lies between 0 and 100 percent.
 */
export function checkTargetValues(context: z.core.ParsePayload<CheckableTarget>): void {
  const target = context.value;
  if (target.value !== undefined && target.valueHigh !== undefined) {
    if (new Decimal(target.value).greaterThan(target.valueHigh)) {
      context.issues.push({
        code: "custom",
        input: target.valueHigh,
        path: ["valueHigh"],
        message: `range low ${target.value} is above its high ${target.valueHigh}`,
        params: { guihuaCode: "range_inverted" },
      });
    }
  }
  if (target.kind === "share") {
    for (const key of ["value", "valueHigh"] as const) {
      const value = target[key];
      if (value === undefined) continue;
      const decimal = new Decimal(value);
      if (decimal.isNegative() || decimal.greaterThan(100)) {
        context.issues.push({
          code: "custom",
          input: value,
          path: [key],
          message: `a share must lie between 0 and 100 percent, got ${value}`,
          params: { guihuaCode: "out_of_range" },
        });
      }
    }
  }
}
