import type { EvaluationStatus } from "@guihua/schema";
import { createColors } from "picocolors";
import type { Io } from "./io.js";

export type Colors = ReturnType<typeof createColors>;

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise. */
export function colorsFor(io: Io): Colors {
  const env = io.env ?? {};
  const enabled = env.FORCE_COLOR ? env.FORCE_COLOR !== "0" : !env.NO_COLOR && io.stdout.isTTY === true;
  return createColors(enabled);
}

const STATUS_COLOUR: Record<EvaluationStatus, keyof Colors> = {
  achieved: "green",
  "on-track": "green",
  "acceleration-needed": "yellow",
  "off-track": "red",
  deteriorating: "red",
  "not-achieved": "red",
  "insufficient-data": "gray",
  "not-evaluable": "gray",
};

/** Statuses that make `evaluate` exit 1. */
export const FAILING: ReadonlySet<EvaluationStatus> = new Set(["not-achieved", "off-track", "deteriorating"]);

/** A status coloured for the terminal. */
export function paintStatus(colors: Colors, status: EvaluationStatus, text: string = status): string {
  const paint = colors[STATUS_COLOUR[status]] as (input: string) => string;
  return paint(text);
}

/** cli-table3 options that write no colour codes when piped (it adds them by default). */
export function tableStyle(colors: Colors): { head: string[]; border: string[] } {
  return colors.isColorSupported ? { head: ["cyan"], border: ["gray"] } : { head: [], border: [] };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a string takes on a terminal, counting CJK characters as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** Shortens to `width` columns (CJK characters count two), ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let used = 0;
  let out = "";
  for (const character of text) {
    const size = WIDE.test(character) ? 2 : 1;
    if (used + size > width - 1) break;
    used += size;
    out += character;
  }
  return `${out}…`;
}
