import type { Base, Target } from "@guihua/schema";

/** The base of a target kind that can have one (comparative and qualitative targets have none). */
export function baseOf(target: Target): Base | undefined {
  return "base" in target ? target.base : undefined;
}
