import { describeAt, type TextIssue } from "../text-issue.js";
import type { LocatedChild, LocatedNode, ParsedText } from "./located-node.js";
import { readJsonString } from "./read-json-string.js";

/** Nesting deeper than any plan needs; the limit keeps recursion far from the stack's end. */
const MAX_DEPTH = 256;
const LITERALS: [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonNode implements LocatedNode {
  readonly children = new Map<string | number, LocatedChild>();
  constructor(readonly start: number) {}
  child(segment: string | number): LocatedChild | undefined {
    return this.children.get(segment);
  }
}

/** Thrown inside the parser to stop at the first syntax error; never escapes it. */
const STOP = Symbol("stop");

/**
 * A strict RFC 8259 parser that keeps every value's offset. Unlike `JSON.parse` it reports a
 * duplicate key instead of keeping the last value silently, keeps `__proto__` as an own key (so the
 * schema reports it), and gives the JSON path and offset of a syntax error.
 */
export function parseJson(text: string): ParsedText {
  const issues: TextIssue[] = [];
  const path: (string | number)[] = [];
  let index = 0;

  const fail = (message: string, offset = index): never => {
    issues.push({ code: "invalid_json", path: [...path], message, offset });
    throw STOP;
  };
  const found = () => describeAt(text, index);
  const skipSpace = () => {
    while (index < text.length) {
      const char = text.charCodeAt(index);
      if (char !== 32 && char !== 9 && char !== 10 && char !== 13) break;
      index++;
    }
  };

  function readString(): string {
    const read = readJsonString(text, index);
    if ("problem" in read) return fail(read.problem, read.offset);
    index = read.end;
    return read.value;
  }

  function readValue(depth: number): [unknown, JsonNode] {
    skipSpace();
    const node = new JsonNode(index);
    const char = text[index];
    if (char === "{" || char === "[") {
      if (depth >= MAX_DEPTH) {
        issues.push({
          code: "too_deep",
          path: [...path],
          message: `nested deeper than ${MAX_DEPTH}`,
          offset: index,
        });
        throw STOP;
      }
      return [char === "{" ? readObject(node, depth) : readArray(node, depth), node];
    }
    if (char === '"') return [readString(), node];
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (number !== null) {
      index += number[0].length;
      if (/[\w.]/.test(text[index] ?? "")) fail("invalid number", node.start);
      return [Number(number[0]), node];
    }
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return [value, node];
      }
    }
    return fail(`expected a value, found ${found()}`);
  }

  function readObject(node: JsonNode, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    index++;
    skipSpace();
    if (text[index] === "}") {
      index++;
      return result;
    }
    for (;;) {
      skipSpace();
      if (text[index] !== '"') fail(`expected a property name in double quotes, found ${found()}`);
      const keyStart = index;
      const key = readString();
      if (node.children.has(key))
        issues.push({
          code: "duplicate_key",
          path: [...path, key],
          message: `duplicate key "${key}"`,
          offset: keyStart,
        });
      skipSpace();
      if (text[index] !== ":") fail(`expected ":" after the property name, found ${found()}`);
      index++;
      path.push(key);
      const [value, child] = readValue(depth + 1);
      path.pop();
      // defineProperty keeps "__proto__" an own key instead of replacing the prototype.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      node.children.set(key, { node: child, keyStart });
      skipSpace();
      if (text[index] === "}") {
        index++;
        return result;
      }
      if (text[index] !== ",") fail(`expected "," or "}" after a property value, found ${found()}`);
      const comma = index++;
      skipSpace();
      if (text[index] === "}") fail("a trailing comma is not allowed in JSON", comma);
    }
  }

  function readArray(node: JsonNode, depth: number): unknown[] {
    const result: unknown[] = [];
    index++;
    skipSpace();
    if (text[index] === "]") {
      index++;
      return result;
    }
    for (;;) {
      path.push(result.length);
      const [value, child] = readValue(depth + 1);
      path.pop();
      node.children.set(result.length, { node: child, keyStart: child.start });
      result.push(value);
      skipSpace();
      if (text[index] === "]") {
        index++;
        return result;
      }
      if (text[index] !== ",") fail(`expected "," or "]" after an array item, found ${found()}`);
      const comma = index++;
      skipSpace();
      if (text[index] === "]") fail("a trailing comma is not allowed in JSON", comma);
    }
  }

  skipSpace();
  if (index >= text.length) {
    const empty: TextIssue = { code: "empty_document", path: [], message: "the text is empty", offset: 0 };
    return { value: undefined, root: undefined, issues: [empty] };
  }
  try {
    const [value, root] = readValue(0);
    skipSpace();
    if (index < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
    return { value, root, issues };
  } catch (error) {
    if (error !== STOP) throw error;
    return { value: undefined, root: undefined, issues };
  }
}
