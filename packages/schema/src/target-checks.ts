import { Decimal } from "decimal.js";
import type { z } from "zod";
import { DECIMAL_PATTERN } from "./primitives.js";

interface CheckableTarget {
  kind: string;
  value?: string;
  valueHigh?: string;
}

/**
 * Cross-field rules that a single field cannot state: a range's low is not above its high,
 * and a share lies between 0 and 100 percent. Values that are not plain decimals are left to their own field check.
 *
 * @example
 * Target.check(checkTargetValues); // a range { value: "5", valueHigh: "2" } reports range_inverted at valueHigh
 */
export function checkTargetValues(context: z.core.ParsePayload<CheckableTarget>): void {
  const target = context.value;
  // A value that is not a plain decimal has already been reported by its field; compare only clean ones.
  const clean = (value: string | undefined): value is string =>
    typeof value === "string" && DECIMAL_PATTERN.test(value);
  if (clean(target.value) && clean(target.valueHigh)) {
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
      if (!clean(value)) continue;
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
