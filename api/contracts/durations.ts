/**
 * The named durations, for schemas and for the client (which imports only api/contracts). They are
 * defined once, in api/domain/time/durations.ts, a file of numbers with no imports: the one domain
 * file contracts may import, so the client bundle stays zod and constants.
 */
export {
  DAYS_PER_WEEK,
  MINUTES_PER_DAY,
  MINUTES_PER_HOUR,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_SECOND,
  MS_PER_WEEK,
} from "../domain/time/durations";
