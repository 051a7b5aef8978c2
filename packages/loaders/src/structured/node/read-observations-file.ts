import type { Observation } from "@guihua/schema";
import { LoaderError } from "../loader-error.js";
import { safeLoadObservations, type LoadObservationsOptions } from "../observations/load-observations.js";
import { fileName, readTextFile } from "./read-text-file.js";

/**
 * Reads observations from a CSV file (a .tsv file is read with tabs unless a delimiter is given).
 * Throws a {@link LoaderError} naming the file: `file_unreadable`, `invalid_encoding`, or
 * `invalid_observations` with every bad cell at `file:line:column`.
 *
 * @example
 * const observations = await readObservationsFile("data/national.observations.csv");
 * observations[0]?.value; // "7.5"
 */
export async function readObservationsFile(
  path: string | URL,
  options: LoadObservationsOptions = {},
): Promise<Observation[]> {
  const file = fileName(path);
  const delimiter = options.delimiter ?? (/\.tsv$/i.test(file) ? "\t" : ",");
  const result = safeLoadObservations(await readTextFile(path), { ...options, delimiter });
  if (result.success) return result.data;
  const count = result.issues.length;
  const summary = `invalid observations in ${file}: ${count} problem${count === 1 ? "" : "s"}`;
  throw new LoaderError("invalid_observations", summary, result.issues, { file });
}
