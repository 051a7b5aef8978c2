import { join } from "node:path";
import { jsonSchemas } from "@guihua/schema";
import { EXIT, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { writeOutput } from "../paths.js";

export interface SchemaOptions {
  out?: string;
}

/**
 * `guihua schema [name] [--out dir]`: writes every JSON Schema into `dir`, or prints one (or all) to stdout.
 */
export async function schemaCommand(
  name: string | undefined,
  options: SchemaOptions,
  io: Io,
): Promise<number> {
  const files = jsonSchemas();
  if (name !== undefined) {
    const file = name.endsWith(".schema.json") ? name : `${name}.schema.json`;
    const document = files[file];
    if (!document) {
      const names = Object.keys(files).map((key) => key.replace(/\.schema\.json$/, ""));
      throw new UsageError(`unknown schema "${name}"; one of: ${names.join(", ")}`);
    }
    if (!options.out) {
      io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return EXIT.ok;
    }
    files[file] = document;
    for (const key of Object.keys(files)) if (key !== file) delete files[key];
  }
  if (!options.out) {
    io.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const [file, document] of Object.entries(files)) {
    const written = await writeOutput(io, join(options.out, file), `${JSON.stringify(document, null, 2)}\n`);
    io.stdout.write(`${written}\n`);
  }
  return EXIT.ok;
}
