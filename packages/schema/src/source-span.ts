import { z } from "zod";

/**
 * Where a value came from: UTF-16 offsets into the original text exactly as received,
 * with `quote === original.slice(start, end)`.
 */
export const SourceSpan = z
  .strictObject({
    document: z.string().min(1),
    start: z.int().min(0),
    end: z.int().min(0),
    quote: z.string(),
  })
  .check((context) => {
    const span = context.value;
    if (span.end < span.start) {
      context.issues.push({
        code: "custom",
        input: span,
        path: ["end"],
        message: `span end ${span.end} is before its start ${span.start}`,
        params: { guihuaCode: "invalid_span" },
      });
    } else if (span.quote.length !== span.end - span.start) {
      context.issues.push({
        code: "custom",
        input: span,
        path: ["quote"],
        message: `quote has ${span.quote.length} UTF-16 units but the span covers ${span.end - span.start}`,
        params: { guihuaCode: "span_quote_mismatch" },
      });
    }
  });
export type SourceSpan = z.infer<typeof SourceSpan>;
