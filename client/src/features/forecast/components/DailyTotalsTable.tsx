import type { ForecastDetail } from "../../../../../api/contracts/forecasts";
import { dayLabel } from "../../../lib/zoned-time";
import { formatChange, formatVolume, isChanged } from "./volumes";

type DailyTotal = ForecastDetail["dailyTotals"][number];

/** Each local day's total as it stands, beside the computed total where a planner changed the day. */
export function DailyTotalsTable({ totals, selectedDate }: { totals: DailyTotal[]; selectedDate: string }) {
  return (
    <div className="table-scroll" style={{ maxHeight: "26rem" }}>
      <table className="table table--compact">
        <caption className="visually-hidden">Daily totals</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Forecast</th>
            <th scope="col">Before overrides</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((total) => {
            const isOverridden = isChanged(total.expected, total.originalExpected);
            const isSelected = total.localDate === selectedDate;
            return (
              <tr
                key={total.localDate}
                aria-current={isSelected ? "date" : undefined}
                aria-label={dayLabel(total.localDate)}
              >
                <th scope="row">
                  {isSelected ? (
                    <strong>{dayLabel(total.localDate)}</strong>
                  ) : (
                    <span className="muted">{dayLabel(total.localDate)}</span>
                  )}
                </th>
                <td>{isOverridden ? <strong>{formatVolume(total.expected)}</strong> : formatVolume(total.expected)}</td>
                <td>{isOverridden ? formatVolume(total.originalExpected) : "–"}</td>
                <td>{isOverridden ? formatChange(total.expected, total.originalExpected) : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
