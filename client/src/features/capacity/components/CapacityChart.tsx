import { useMemo } from "react";
import type { CapacityPlanDetailDto } from "../../../../../api/contracts/capacity";
import { Chart, type ChartOption } from "../../../components/ui/Chart";

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Required against projected productive FTE per week. Bars below zero show what known departures
 * and expected attrition took from today's agents, bars above what planned classes add; flagged
 * episodes are shaded.
 */
export function CapacityChart({ result }: { result: CapacityPlanDetailDto["result"] }) {
  const option = useMemo<ChartOption>(() => {
    const weeks = result.weeks.map((week) => week.weekStartDate);
    return {
      grid: { left: 56, right: 16, top: 40, bottom: 64 },
      tooltip: {
        trigger: "axis",
        valueFormatter: (value: unknown) => (typeof value === "number" ? value.toFixed(1) : String(value)),
      },
      legend: { top: 0 },
      xAxis: { type: "category", data: weeks },
      yAxis: { type: "value", name: "FTE" },
      dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
      series: [
        {
          name: "Required",
          type: "line",
          data: result.weeks.map((week) => round(week.requiredFte)),
          lineStyle: { color: "#dc2626", width: 2 },
          itemStyle: { color: "#dc2626" },
          showSymbol: false,
          markArea: {
            itemStyle: { color: "rgba(220, 38, 38, 0.12)" },
            data: result.episodes.map((episode) => [
              { xAxis: result.weeks[episode.startWeekIndex].weekStartDate, name: "short" },
              { xAxis: result.weeks[episode.endWeekIndex].weekStartDate },
            ]),
          },
        },
        {
          name: "Projected",
          type: "line",
          data: result.weeks.map((week) => round(week.productiveFte)),
          lineStyle: { color: "#2563eb", width: 2 },
          itemStyle: { color: "#2563eb" },
          showSymbol: false,
        },
        {
          name: "Today's agents, nobody leaving",
          type: "line",
          data: result.weeks.map((week) => round(week.baselineFte)),
          lineStyle: { color: "#64748b", type: "dashed" },
          itemStyle: { color: "#64748b" },
          showSymbol: false,
        },
        {
          name: "Known departures",
          type: "bar",
          stack: "change",
          data: result.weeks.map((week) => -round(week.knownDepartureFte)),
          itemStyle: { color: "#f59e0b" },
        },
        {
          name: "Expected attrition",
          type: "bar",
          stack: "change",
          data: result.weeks.map((week) => -round(week.expectedAttritionFte)),
          itemStyle: { color: "#fb923c" },
        },
        {
          name: "Planned hires (productive)",
          type: "bar",
          stack: "change",
          data: result.weeks.map((week) => round(week.hireProductiveFte)),
          itemStyle: { color: "#16a34a" },
        },
      ],
    };
  }, [result]);
  return (
    <Chart
      option={option}
      height={360}
      label="Weekly required FTE against projected FTE, with departures, attrition and hires"
    />
  );
}
