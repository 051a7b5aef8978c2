import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shared gold annotations, read by the tests only (the package itself never reads files). */
export const goldDirectory = fileURLToPath(new URL("../../../seeds/gold/", import.meta.url));
export const rawDirectory = fileURLToPath(new URL("../../../seeds/raw/", import.meta.url));

export interface GoldItem {
  id: string;
  quote: string;
  offset: number;
  indicator: string;
  kind: string;
  optional?: boolean;
  duplicate_of?: string | null;
  [key: string]: unknown;
}

export interface Gold {
  document: Record<string, unknown> & { basename: string };
  targets: GoldItem[];
  facts: GoldItem[];
}

export function readGold(): Gold[] {
  return readdirSync(goldDirectory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(goldDirectory + name, "utf8")) as Gold);
}

export function readRaw(basename: string): string {
  return readFileSync(`${rawDirectory}${basename}.txt`, "utf8");
}
