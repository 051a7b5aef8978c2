import { floatCalculator } from "@guihua/growth";
import { createEngine } from "./create-engine.js";
import type { Engine } from "./types.js";

/** float64 arithmetic on the `@guihua/growth` float calculator: the same evaluators, many times faster. */
export const floatEngine: Engine<number> = createEngine(floatCalculator, { mode: "float", significant: 15 });
