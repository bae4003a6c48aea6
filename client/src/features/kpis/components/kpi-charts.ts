import type { z } from "zod";
import type { getQueueKpis } from "../../../../../api/contracts/kpis";
import type { reforecastQueue } from "../../../../../api/contracts/reforecast";
import type { ChartOption } from "../../../components/ui/Chart";
import { formatInZone } from "../../../lib/zoned-time";

type Kpis = z.infer<typeof getQueueKpis.response>;
type Reforecast = z.infer<typeof reforecastQueue.response>;

const timeLabel = (instant: string, timeZone: string) =>
  formatInZone(instant, timeZone, { hour: "2-digit", minute: "2-digit", hour12: false });
const percentAxis = {
  type: "value",
  min: 0,
  max: 1,
  axisLabel: { formatter: (value: number) => `${Math.round(value * 100)} %` },
};

/** Achieved service level per interval of a day, with the queue's target as a line. */
export function serviceLevelOption(kpis: Kpis): ChartOption {
  const target =
    kpis.periods.find((period) => period.targetServiceLevelFraction !== null)?.targetServiceLevelFraction ?? null;
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: ["Service level"] },
    grid: { left: 56, right: 24, top: 32, bottom: 32 },
    xAxis: { type: "category", data: kpis.periods.map((period) => timeLabel(period.periodStart, kpis.timeZone)) },
    yAxis: percentAxis,
    series: [
      {
        name: "Service level",
        type: "bar",
        data: kpis.periods.map((period) => period.serviceLevelFraction),
        markLine:
          target === null
            ? undefined
            : {
                symbol: "none",
                data: [{ yAxis: target, name: "target" }],
                label: { formatter: `target ${Math.round(target * 100)} %` },
              },
      },
    ],
  };
}

/** Agents per interval: required by the forecast, needed for what actually came, scheduled; as a heat strip of three rows. */
export function staffingStripOption(kpis: Kpis): ChartOption {
  const hours = kpis.intervalMinutes / 60;
  const rows = ["Required (forecast)", "Needed (actual)", "Scheduled"];
  const labels = kpis.periods.map((period) => timeLabel(period.periodStart, kpis.timeZone));
  const values = kpis.periods.flatMap((period, index) => [
    [index, 0, Number((period.requiredAgentHours / hours).toFixed(1))],
    [index, 1, Number((period.requiredFromActualAgentHours / hours).toFixed(1))],
    [index, 2, Number((period.scheduledAgentHours / hours).toFixed(1))],
  ]);
  const maximum = Math.max(1, ...values.map((value) => value[2]!));
  return {
    tooltip: { position: "top" },
    grid: { left: 140, right: 24, top: 16, bottom: 72 },
    xAxis: { type: "category", data: labels },
    yAxis: { type: "category", data: rows },
    visualMap: {
      min: 0,
      max: maximum,
      calculable: true,
      orient: "horizontal",
      left: "center",
      bottom: 0,
      text: ["agents", ""],
    },
    series: [{ name: "Agents", type: "heatmap", data: values, label: { show: labels.length <= 30 } }],
  };
}

/** Weekly service level, abandonment and forecast error over the range. */
export function weeklyTrendOption(kpis: Kpis): ChartOption {
  const series = (name: string, pick: (period: Kpis["periods"][number]) => number | null) => ({
    name,
    type: "line",
    data: kpis.periods.map(pick),
  });
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: ["Service level", "Abandoned", "Forecast wMAPE", "Occupancy"] },
    grid: { left: 56, right: 24, top: 32, bottom: 32 },
    xAxis: { type: "category", data: kpis.periods.map((period) => period.localDate) },
    yAxis: percentAxis,
    series: [
      series("Service level", (period) => period.serviceLevelFraction),
      series("Abandoned", (period) => period.abandonFraction),
      series("Forecast wMAPE", (period) => period.wmapeFraction),
      series("Occupancy", (period) => period.occupancyFraction),
    ],
  };
}

/** The rest of the day: the day-ahead forecast beside its re-forecast from the morning's actuals. */
export function reforecastOption(reforecast: Reforecast): ChartOption {
  const labels = reforecast.intervals.map((interval) => timeLabel(interval.intervalStart, reforecast.timeZone));
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: ["Day-ahead forecast", "Re-forecast"] },
    grid: { left: 56, right: 24, top: 32, bottom: 32 },
    xAxis: { type: "category", data: labels },
    yAxis: { type: "value", name: "contacts" },
    series: [
      {
        name: "Day-ahead forecast",
        type: "line",
        data: reforecast.intervals.map((interval) => interval.dayAheadExpected),
        lineStyle: { type: "dashed" },
      },
      { name: "Re-forecast", type: "line", data: reforecast.intervals.map((interval) => interval.reforecastExpected) },
    ],
  };
}
