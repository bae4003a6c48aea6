import type { DailyActual } from "./interval-actual";
import type { LocalDate } from "../time/local-date";

interface DaySums {
  fcrSum: number;
  fcrWeight: number;
  csatSum: number;
  csatWeight: number;
}

/**
 * First-contact resolution and CSAT per local day. Each value comes with a weight (the handled
 * contacts of an interval row, 1 for a contact), so a file may repeat the day's value on each of its
 * rows or give per-interval values: the day's value is their weighted mean.
 */
export class DailyOutcomeSums {
  private readonly days = new Map<LocalDate, DaySums>();

  add(localDate: LocalDate, fcrFraction: number | null, csatScore: number | null, weight: number): void {
    if (fcrFraction === null && csatScore === null) return;
    const day = this.days.get(localDate) ?? { fcrSum: 0, fcrWeight: 0, csatSum: 0, csatWeight: 0 };
    if (fcrFraction !== null) {
      day.fcrSum += fcrFraction * weight;
      day.fcrWeight += weight;
    }
    if (csatScore !== null) {
      day.csatSum += csatScore * weight;
      day.csatWeight += weight;
    }
    this.days.set(localDate, day);
  }

  /** Days with a value, oldest first; a value whose weights are all 0 is unknown. */
  list(): DailyActual[] {
    return [...this.days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([localDate, day]) => ({
        localDate,
        fcrFraction: day.fcrWeight > 0 ? day.fcrSum / day.fcrWeight : null,
        csatScore: day.csatWeight > 0 ? day.csatSum / day.csatWeight : null,
      }))
      .filter((day) => day.fcrFraction !== null || day.csatScore !== null);
  }
}
