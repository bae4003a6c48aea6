import { useMemo } from "react";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { formatInZone } from "../../../lib/zoned-time";
import { coverageByInterval, shortfallHeatmap, weekdayNames, type CoveragePoint } from "./coverage-series";
import type { CoverageEntry } from "./roster-view";

const percent = (fraction: number | null) => (fraction === null ? "–" : `${Math.round(fraction * 100)} %`);
const label = (point: CoveragePoint, timeZone: string) =>
  formatInZone(point.intervalStartUtc, timeZone, {
    weekday: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });

function stripOption(points: CoveragePoint[], timeZone: string): ChartOption {
  return {
    animation: false,
    grid: { left: 48, right: 48, top: 36, bottom: 56 },
    legend: { top: 0 },
    tooltip: {
      trigger: "axis",
      formatter: (items: { dataIndex: number }[]) => {
        const point = points[items[0]?.dataIndex ?? 0];
        if (!point) return "";
        return `${label(point, timeZone)}<br/>Required ${point.requiredAgents.toFixed(1)} · scheduled ${point.scheduledAgents.toFixed(1)}<br/>Short ${point.shortAgents.toFixed(1)} · expected SL ${percent(point.expectedServiceLevelFraction)}`;
      },
    },
    dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
    xAxis: { type: "category", data: points.map((point) => label(point, timeZone)), axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: "value", name: "agents" },
      {
        type: "value",
        name: "SL",
        min: 0,
        max: 100,
        axisLabel: { formatter: "{value} %" },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: "Scheduled",
        type: "bar",
        stack: "cover",
        barCategoryGap: "0%",
        itemStyle: { color: "#7aa5e6" },
        data: points.map((point) => Math.round(point.scheduledAgents * 10) / 10),
      },
      {
        name: "Short",
        type: "bar",
        stack: "cover",
        barCategoryGap: "0%",
        itemStyle: { color: "#c62828" },
        data: points.map((point) => Math.round(point.shortAgents * 10) / 10),
      },
      {
        name: "Required",
        type: "line",
        step: "start",
        symbol: "none",
        lineStyle: { color: "#0f172a", width: 1.5 },
        data: points.map((point) => Math.round(point.requiredAgents * 10) / 10),
      },
      {
        name: "Expected SL",
        type: "line",
        symbol: "none",
        yAxisIndex: 1,
        lineStyle: { color: "#007a5e", width: 1, type: "dashed" },
        data: points.map((point) =>
          point.expectedServiceLevelFraction === null ? null : Math.round(point.expectedServiceLevelFraction * 100),
        ),
      },
    ],
  };
}

function heatmapOption(entries: CoverageEntry[], queueId: string, timeZone: string): ChartOption {
  const heat = shortfallHeatmap(entries, queueId, timeZone);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 8, bottom: 84 },
    tooltip: {
      formatter: (item: { value: [number, number, number] }) =>
        `${weekdayNames[item.value[1]]} ${heat.times[item.value[0]]}: ${item.value[2]} agent-intervals short`,
    },
    xAxis: {
      type: "category",
      data: heat.times,
      splitArea: { show: true },
      axisLabel: {
        interval: (_index: number, time: string) => time.endsWith(":00") && Number(time.slice(0, 2)) % 2 === 0,
      },
    },
    yAxis: { type: "category", data: weekdayNames, inverse: true },
    visualMap: {
      min: 0,
      max: Math.max(1, heat.maxShort),
      calculable: true,
      orient: "horizontal",
      left: "center",
      bottom: 0,
      itemHeight: 120,
      inRange: { color: ["#f8fafc", "#fde2e2", "#c62828"] },
    },
    series: [{ name: "Short", type: "heatmap", data: heat.cells }],
  };
}

/**
 * Under the calendar: required vs scheduled agents per interval of the shown week, shortfalls in
 * red with the expected service level (dashed, right axis); and the period's shortfall by
 * weekday × time of day in the display zone.
 */
export function CoverageStrip({
  coverage,
  queueId,
  timeZone,
  fromMs,
  toMs,
}: {
  coverage: CoverageEntry[];
  queueId: string;
  timeZone: string;
  fromMs: number;
  toMs: number;
}) {
  const points = useMemo(() => coverageByInterval(coverage, queueId, fromMs, toMs), [coverage, queueId, fromMs, toMs]);
  const strip = useMemo(() => stripOption(points, timeZone), [points, timeZone]);
  const heat = useMemo(() => heatmapOption(coverage, queueId, timeZone), [coverage, queueId, timeZone]);
  const shortIntervals = points.filter((point) => point.shortAgents > 0.05).length;
  return (
    <section className="panel coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage this week</h2>
      <p className="muted small">
        {points.length === 0
          ? "No requirement in this week."
          : `${shortIntervals} of ${points.length} intervals short. Bars: scheduled agents (blue) and the shortfall (red); the black line is the requirement, the dashed green line the expected service level (right axis).`}
      </p>
      {points.length > 0 && (
        <Chart
          option={strip}
          height={240}
          label={`Required against scheduled agents per interval, ${shortIntervals} intervals short`}
        />
      )}
      <h3>Shortfall by weekday and time of day (whole period, {timeZone})</h3>
      <Chart option={heat} height={260} label="Heatmap of agent-intervals short by weekday and time of day" />
    </section>
  );
}
