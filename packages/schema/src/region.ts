import { z } from "zod";

export const RegionLevel = z.enum(["national", "province", "prefecture", "county", "other"]);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** A region: 沈阳市, prefecture, GB/T 2260 code 210100, parent 210000. */
export const Region = z.strictObject({
  name: z.string().min(1),
  level: RegionLevel,
  code: z
    .string()
    .regex(/^\d{6}$/, { error: "a GB/T 2260 code has six digits" })
    .optional(),
  parent: z.string().optional(),
  englishName: z.string().optional(),
});
export type Region = z.infer<typeof Region>;
