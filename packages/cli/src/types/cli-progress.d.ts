// cli-progress ships no types; the little the extract command uses.
declare module "cli-progress" {
  interface Options {
    stream?: NodeJS.WritableStream;
    format?: string;
    noTTYOutput?: boolean;
    clearOnComplete?: boolean;
    hideCursor?: boolean;
    barsize?: number;
  }
  export class SingleBar {
    constructor(options: Options, preset?: unknown);
    start(total: number, startValue: number, payload?: Record<string, unknown>): void;
    increment(step?: number, payload?: Record<string, unknown>): void;
    stop(): void;
  }
  export const Presets: { shades_classic: unknown; shades_grey: unknown; legacy: unknown; rect: unknown };
}
