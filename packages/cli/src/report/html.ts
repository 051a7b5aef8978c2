/** HTML that has been built by `html` (its interpolations escaped) or explicitly trusted with `trusted`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => ESCAPES[character] ?? character);
}

/** Marks markup produced by a trusted renderer (the SVG charts) as safe to insert as is. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((item: Interpolation) => render(item)).join("");
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value unless it is already `SafeHtml`,
 * so document text (titles, quotes, names) can never become markup.
 *
 * @example
 * html`<p>${"</script><img src=x onerror=alert(1)>"}</p>`.value
 * // "<p>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>"
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let index = 0; index < values.length; index++)
    out += render(values[index]) + (strings[index + 1] ?? "");
  return new SafeHtml(out);
}
