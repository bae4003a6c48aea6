import type { LocalDate } from "../time/local-date";

/**
 * A holiday or event on a queue's calendar: closed (forecast 0) or a factor on the usual demand
 * (×1.4 for a product launch). Past special days are kept out of training; future ones applied.
 */
export type SpecialDay =
  | { localDate: LocalDate; name: string; kind: "closed" }
  | { localDate: LocalDate; name: string; kind: "factor"; factor: number };

/** The multiplier a special day puts on a forecast: 0 when closed, its factor otherwise. */
export function specialDayFactor(specialDay: SpecialDay): number {
  return specialDay.kind === "closed" ? 0 : specialDay.factor;
}
