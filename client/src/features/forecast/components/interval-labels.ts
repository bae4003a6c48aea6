import { clockTime, formatInZone } from "../../../lib/zoned-time";

/**
 * "09:30" for each interval start in `timeZone`. On a 25-hour day the repeated hour would read the
 * same twice, so those labels carry their offset ("01:30 GMT+1", "01:30 GMT").
 */
export function intervalClockLabels(intervalStarts: readonly string[], timeZone: string): string[] {
  const clocks = intervalStarts.map((start) => clockTime(start, timeZone));
  return clocks.map((clock, index) =>
    clocks.indexOf(clock) === clocks.lastIndexOf(clock)
      ? clock
      : formatInZone(intervalStarts[index], timeZone, {
          hour: "2-digit",
          minute: "2-digit",
          timeZoneName: "shortOffset",
        }),
  );
}
