import type { Base, Target } from "@guihua/schema";

/** The base of a target kind that can have one (comparative and qualitative targets have none). */
export function baseOf(target: Target): Base | undefined {
  if ("base" in target && target.base !== undefined) return target.base;
  // A total or a yearly requirement over a stated period counts from the year before it starts.
  if ((target.kind === "cumulative" || target.kind === "per-year") && target.period?.start !== undefined)
    return { year: target.period.start - 1 };
  return undefined;
}
