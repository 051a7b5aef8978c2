import { isAlias, isPair, isScalar, parseDocument, visit, type YAMLError } from "yaml";
import type { TextIssue } from "../text-issue.js";
import type { LocatedNode, ParsedText } from "./located-node.js";
import { locatedYaml, yamlPathAt } from "./yaml-nodes.js";

/**
 * How much aliases may expand when the document becomes plain data; yaml counts each alias by the
 * size of what it stands for, so an alias bomb ("billion laughs") stops here instead of using the memory.
 */
const MAX_ALIAS_COUNT = 100;

const CODES: Record<string, TextIssue["code"]> = {
  DUPLICATE_KEY: "duplicate_key",
  TAG_RESOLVE_FAILED: "unknown_tag",
};

/**
 * Parses YAML 1.2 (core schema) with the `yaml` package: no tag runs code, an unknown tag is an
 * error rather than a string, duplicate and non-scalar keys are errors, and aliases are limited.
 */
export function parseYaml(text: string): ParsedText {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const root: LocatedNode | undefined = locatedYaml(document, document.contents);
  const fromYaml = (error: YAMLError): TextIssue => ({
    code: CODES[error.code] ?? "invalid_yaml",
    path: yamlPathAt(document.contents, error.pos[0]),
    message: error.message,
    offset: error.pos[0],
  });
  const issues = [...document.errors, ...document.warnings].map(fromYaml);
  let firstAlias: number | undefined;
  visit(document, {
    Pair(_key, pair) {
      if (isPair(pair) && pair.key !== null && !isScalar(pair.key)) {
        const offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
        const path = yamlPathAt(document.contents, offset);
        issues.push({ code: "invalid_yaml", path, message: "a key must be a plain value", offset });
      }
    },
    Alias(_key, alias) {
      if (isAlias(alias)) firstAlias ??= alias.range?.[0];
    },
  });
  if (issues.some((issue) => issue.code !== "duplicate_key")) return { value: undefined, root, issues };
  if (document.contents === null) {
    const empty: TextIssue = { code: "empty_document", path: [], message: "the text is empty", offset: 0 };
    return { value: undefined, root: undefined, issues: [empty] };
  }
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), root, issues };
  } catch (error) {
    // toJS throws a ReferenceError for an alias bomb and for an alias used before its anchor.
    const reason = error instanceof Error ? error.message : String(error);
    const bomb = /excessive alias/i.test(reason);
    const offset = firstAlias ?? 0;
    const issue: TextIssue = {
      code: bomb ? "alias_limit" : "invalid_yaml",
      path: yamlPathAt(document.contents, offset),
      message: bomb ? `aliases expand beyond the limit of ${MAX_ALIAS_COUNT}: ${reason}` : reason,
      offset,
    };
    return { value: undefined, root, issues: [...issues, issue] };
  }
}
