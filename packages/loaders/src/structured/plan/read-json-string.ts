const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** A string read from JSON text and the offset after its closing quote, or what is wrong and where. */
export type JsonStringRead = { value: string; end: number } | { problem: string; offset: number };

/** Reads the JSON string whose opening quote is at `open`, by RFC 8259's rules. */
export function readJsonString(text: string, open: number): JsonStringRead {
  let index = open + 1;
  let out = "";
  let chunk = index;
  for (;;) {
    if (index >= text.length) return { problem: "this string is never closed", offset: open };
    const char = text.charCodeAt(index);
    if (char === 34) break;
    if (char < 0x20)
      return {
        problem: "a control character (such as a line break) must be escaped in a string",
        offset: index,
      };
    if (char !== 92) {
      index++;
      continue;
    }
    out += text.slice(chunk, index);
    const escape = text[index + 1] ?? "";
    const hex = text.slice(index + 2, index + 6);
    if (Object.hasOwn(ESCAPES, escape)) {
      out += ESCAPES[escape];
      index += 2;
    } else if (escape === "u" && HEX4.test(hex)) {
      out += String.fromCharCode(Number.parseInt(hex, 16));
      index += 6;
    } else return { problem: `invalid escape sequence "\\${escape}"`, offset: index };
    chunk = index;
  }
  return { value: out + text.slice(chunk, index), end: index + 1 };
}
