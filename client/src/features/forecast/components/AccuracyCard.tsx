import type { ForecastSummary } from "../../../../../api/contracts/forecasts";
import { percent } from "./volumes";

const bandLabel = { "day-ahead": "Day ahead", "week-ahead": "Week ahead" } as const;

/**
 * How good the forecast is, from its rolling-origin backtest on the last weeks of history: per
 * horizon the chosen method's wMAPE beside seasonal naive's and the Poisson floor (the error a
 * perfect rate forecast would still have), plus MASE and bias.
 */
export function AccuracyCard({ forecast }: { forecast: ForecastSummary }) {
  const { accuracy, methodByBand } = forecast;
  return (
    <section className="card" aria-labelledby="accuracy-title">
      <h2 id="accuracy-title">Accuracy</h2>
      {accuracy === null ? (
        <p className="muted">
          Too little history to backtest (under five weeks): accuracy is unknown and the bands assume a 10 % model
          error.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">Backtest accuracy per horizon</caption>
            <thead>
              <tr>
                <th scope="col">Horizon</th>
                <th scope="col">Method chosen</th>
                <th scope="col">wMAPE</th>
                <th scope="col">Seasonal naive</th>
                <th scope="col">Poisson floor</th>
                <th scope="col">MASE</th>
                <th scope="col">Bias</th>
              </tr>
            </thead>
            <tbody>
              {accuracy.bands.map((band) => (
                <tr key={band.band}>
                  <th scope="row">{bandLabel[band.band]}</th>
                  <td>
                    <code>{band.method}</code>
                  </td>
                  <td>
                    <strong>{percent(band.wmapeFraction)}</strong>
                  </td>
                  <td>{percent(band.seasonalNaiveWmapeFraction)}</td>
                  <td>{percent(band.poissonFloorFraction)}</td>
                  <td>{band.mase === null ? "–" : band.mase.toFixed(2)}</td>
                  <td>{percent(band.biasFraction)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">
        Backtest over {accuracy?.bands[0]?.targetDays ?? 0} day-ahead and {accuracy?.bands[1]?.targetDays ?? 0}{" "}
        week-ahead days of the last four weeks, each forecast made only from the history before it. wMAPE = Σ|error| /
        Σactual. Beyond eight weeks the forecast uses <code>{methodByBand.longRange}</code>.
      </p>
    </section>
  );
}
