import { z } from "zod";

/** An IANA zone name such as `Asia/Manila`; fixed offsets are not accepted for wall-clock ideas. */
export const ianaZone = z.string().refine(
  (zone) => {
    if (!zone.includes("/") && zone !== "UTC") return false;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "must be an IANA time zone name such as Europe/London" },
);

export const fraction = z.number().min(0).max(1);
export const uuid = z.uuid();
export const isoDate = z.iso.date();
export const isoInstant = z.iso.datetime({ offset: true });
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm (24-hour)");

export const weeklyWindow = z.object({
  weekday: z.number().int().min(1).max(7).describe("ISO weekday: 1 = Monday … 7 = Sunday") as z.ZodType<
    1 | 2 | 3 | 4 | 5 | 6 | 7
  >,
  startLocal: localTime,
  endLocal: localTime.describe("at or before startLocal means the window runs past midnight"),
});

export const idParams = (name: string) => z.object({ [name]: uuid });
