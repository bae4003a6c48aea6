import { DateTime } from "luxon";
import { MS_PER_DAY } from "./durations";

/** "June 8", or "December 28, 2026" when `withYear`; English whatever the machine's locale. */
export function formatReadableDate(epochDay: number, withYear: boolean): string {
  const date = DateTime.fromMillis(epochDay * MS_PER_DAY, { zone: "utc" }).setLocale("en-US");
  return date.toFormat(withYear ? "MMMM d, yyyy" : "MMMM d");
}
