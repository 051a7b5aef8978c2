import type { TextIssue } from "../text-issue.js";

/** A child of a located node: the node (absent for a key with no value) and where its key begins. */
export interface LocatedChild {
  node: LocatedNode | undefined;
  keyStart: number;
}

/** A parsed value's place in its text: enough to point at any JSON path. */
export interface LocatedNode {
  start: number;
  child(segment: string | number): LocatedChild | undefined;
}

/** Codes whose position is the key itself rather than the key's value. */
const KEY_CODES = new Set(["unknown_key", "forbidden_key", "duplicate_key"]);

/**
 * The offset to show for a problem at `path`: the value's start, the key's start for key problems,
 * or the deepest existing ancestor's start when the path does not exist (a missing key).
 */
export function locatePath(root: LocatedNode, path: readonly (string | number)[], code: string): number {
  let node = root;
  for (let index = 0; index < path.length; index++) {
    const child = node.child(path[index]!);
    if (child === undefined) return node.start;
    if (child.node === undefined || (index === path.length - 1 && KEY_CODES.has(code))) return child.keyStart;
    node = child.node;
  }
  return node.start;
}

/** A JSON or YAML text read into a plain value, its located tree, and the problems in the text. */
export interface ParsedText {
  value: unknown;
  root: LocatedNode | undefined;
  issues: TextIssue[];
}
