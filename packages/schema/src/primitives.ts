import { z } from "zod";

/**
 * A decimal number written as a string, so no digit is lost in JSON: "30.96", "-5", "0.085".
 * No exponent, no thousands separator, no leading "+", no leading zeros.
 */
export const DECIMAL_PATTERN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Any decimal string (may be negative). */
export const DecimalString = z
  .string({ error: 'expected a decimal string such as "30.96"' })
  .regex(DECIMAL_PATTERN, { error: (issue) => `not a plain decimal string: ${JSON.stringify(issue.input)}` });
export type DecimalString = z.infer<typeof DecimalString>;

/** A decimal string that cannot be negative (counts, amounts, stocks). */
export const NonNegativeDecimalString = DecimalString.refine((value) => !value.startsWith("-"), {
  error: "a count or amount cannot be negative",
  params: { guihuaCode: "negative_value" },
});
export type NonNegativeDecimalString = z.infer<typeof NonNegativeDecimalString>;

/** A calendar year as an integer. */
export const Year = z.int({ error: "expected an integer year" }).min(1900).max(2200);
export type Year = z.infer<typeof Year>;

/** An ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date({ error: "expected an ISO date YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;

/** A stable identifier: lower-case letters, digits and hyphens. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a slug such as "valid-invention-patents"' });
export type Slug = z.infer<typeof Slug>;

/** Comparator as written: 以上 ">=", 超过 ">", 以内 "<=", 低于 "<", 达到 "=", 左右 "~". */
export const Comparator = z.enum([">=", ">", "<=", "<", "=", "~"]);
export type Comparator = z.infer<typeof Comparator>;

/** Which way an indicator should move. */
export const Direction = z.enum(["increase", "decrease"]);
export type Direction = z.infer<typeof Direction>;

/** Chinese plan attribute: 预期性 (expected), 约束性 (binding), or not stated. */
export const Attribute = z.enum(["expected", "binding", "unspecified"]);
export type Attribute = z.infer<typeof Attribute>;

/** Two languages for every sentence shown to a person. */
export const Bilingual = z.strictObject({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;
