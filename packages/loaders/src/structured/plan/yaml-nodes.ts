import { isAlias, isCollection, isMap, isNode, isScalar, isSeq, type Document, type Node } from "yaml";
import type { LocatedNode } from "./located-node.js";

function keyOf(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

/** Wraps a YAML node so a JSON path can be followed through it; aliases lead to their anchor. */
export function locatedYaml(document: Document, value: unknown): LocatedNode | undefined {
  const node = isAlias(value) ? value.resolve(document) : value;
  if (!isNode(node)) return undefined;
  return {
    start: node.range?.[0] ?? 0,
    child(segment) {
      if (isMap(node)) {
        const pair = node.items.findLast((item) => keyOf(item.key) === String(segment));
        if (pair === undefined) return undefined;
        const keyStart = startOf(pair.key) ?? startOf(pair.value) ?? 0;
        return { node: locatedYaml(document, pair.value), keyStart };
      }
      if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        const itemStart = startOf(item);
        return itemStart === undefined
          ? undefined
          : { node: locatedYaml(document, item), keyStart: itemStart };
      }
      return undefined;
    },
  };
}

function contains(node: unknown, offset: number): boolean {
  const range = isNode(node) ? node.range : undefined;
  return range !== undefined && range !== null && range[0] <= offset && offset < range[2];
}

/** The JSON path of the deepest node around `offset`, to name where a syntax error sits. */
export function yamlPathAt(root: Node | null, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = root;
  while (isCollection(node)) {
    let next: unknown;
    if (isMap(node)) {
      // A pair runs from its key to the end of its value, tags and anchors included.
      const pair = node.items.find((item) => {
        const start = startOf(item.key);
        const range = isNode(item.value) ? item.value.range : undefined;
        return (
          start !== undefined &&
          start <= offset &&
          (contains(item.key, offset) || (range ? offset < range[2] : false))
        );
      });
      const key = keyOf(pair?.key);
      if (pair === undefined || key === undefined) break;
      path.push(key);
      next = contains(pair.value, offset) ? pair.value : undefined;
    } else {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) break;
      path.push(index);
      next = node.items[index];
    }
    node = next;
  }
  return path;
}
