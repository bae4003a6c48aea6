import { useMemo } from "react";
import type { ForecastDetail, SpecialDayDto } from "../../../../../api/contracts/forecasts";
import type { z } from "zod";
import type { getQueueHistory } from "../../../../../api/contracts/history";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { formatInZone, localDayBoundsMs, MS_PER_DAY, MS_PER_MINUTE } from "../../../lib/zoned-time";
import { changedOriginalOf, formatVolume, isChanged } from "./volumes";

type HistoryPoint = z.infer<typeof getQueueHistory.response>["points"][number];

export interface ForecastChartProps {
  queueName: string;
  timeZone: string;
  spanDays: number;
  intervalMinutes: number;
  /** Daily totals (quarter and year zoom) rather than intervals. */
  isDaily: boolean;
  history: HistoryPoint[];
  forecast: ForecastDetail | null;
  specialDays: SpecialDayDto[];
}

interface TooltipParam {
  seriesName: string;
  value: [number, number];
}

/** Tooltips are HTML, and a planner's note is text. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * History as [instant, volume] pairs with ECharts' empty value "-" wherever rows are missing (a closed night or
 * Sunday), so the line breaks there instead of drawing across a period that had no contacts at all.
 */
function historySeries(history: HistoryPoint[], stepMs: number): Array<[number, number | "-"]> {
  const series: Array<[number, number | "-"]> = [];
  let previous: number | null = null;
  for (const point of history) {
    const at = Date.parse(point.periodStart);
    if (previous !== null && at - previous > stepMs * 1.5) series.push([previous + stepMs, "-"]);
    series.push([at, point.volume]);
    previous = at;
  }
  return series;
}

interface ForecastPoint {
  at: number;
  expected: number;
  p80: number;
  /** The computed value where a planner changed it, else null. */
  original: number | null;
  note: string | null;
}

/** Forecast points: intervals when the range has them, else the daily totals (long zoom). */
function forecastPoints(forecast: ForecastDetail | null): ForecastPoint[] {
  if (!forecast) return [];
  if (forecast.intervals.length > 0) {
    return forecast.intervals.map((item) => ({
      at: Date.parse(item.intervalStart),
      expected: item.expected,
      p80: item.p80,
      original: changedOriginalOf(item),
      note: item.overrideNote,
    }));
  }
  return forecast.dailyTotals.map((item) => ({
    at: Date.parse(item.periodStart),
    expected: item.expected,
    p80: item.p80,
    original: isChanged(item.expected, item.originalExpected) ? item.originalExpected : null,
    note: null,
  }));
}

/**
 * The computed forecast where a planner changed it: a line that leaves the forecast one point before
 * the change and rejoins it one point after (so a single overridden interval still shows), and
 * ECharts' empty value "-" elsewhere, so nothing is drawn over the unchanged forecast.
 */
function originalSeries(points: ForecastPoint[]): Array<[number, number | "-"]> {
  const isNearChange = (index: number) =>
    [index - 1, index, index + 1].some((near) => (points[near]?.original ?? null) !== null);
  return points.map((point, index) => [point.at, isNearChange(index) ? (point.original ?? point.expected) : "-"]);
}

/**
 * History (blue) and forecast (orange) on one time axis, with the band up to the P80 shaded,
 * special days marked and, where a planner overrode the forecast, the computed values dashed.
 * Positions are UTC instants; every label is formatted in the queue's zone.
 */
export function ForecastChart({
  queueName,
  timeZone,
  spanDays,
  intervalMinutes,
  isDaily,
  history,
  forecast,
  specialDays,
}: ForecastChartProps) {
  const option = useMemo<ChartOption>(() => {
    const points = forecastPoints(forecast);
    const labelFormat: Intl.DateTimeFormatOptions =
      spanDays <= 7
        ? { weekday: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }
        : { day: "numeric", month: "short" };
    const tooltipFormat: Intl.DateTimeFormatOptions = isDaily
      ? { weekday: "short", day: "numeric", month: "short", year: "numeric" }
      : { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    const marked = specialDays.map((day) => {
      const [start, end] = localDayBoundsMs(day.localDate, timeZone);
      const what = day.kind === "closed" ? "closed" : `×${day.factor}`;
      return [
        {
          xAxis: start,
          name: `${day.label} (${what})`,
          itemStyle: { color: day.kind === "closed" ? "rgba(220, 38, 38, 0.12)" : "rgba(234, 179, 8, 0.18)" },
        },
        { xAxis: end },
      ];
    });
    const forecastStart = forecast ? Date.parse(forecast.startsAt) : null;
    const overridden = new Map(points.filter((point) => point.original !== null).map((point) => [point.at, point]));
    return {
      grid: { left: 56, right: 24, top: 40, bottom: 64 },
      legend: {
        top: 0,
        data: ["History", "Forecast", "Up to P80", ...(overridden.size > 0 ? ["Before overrides"] : [])],
      },
      tooltip: {
        trigger: "axis",
        formatter: (params: TooltipParam[]) => {
          if (params.length === 0) return "";
          const at = params[0].value[0];
          const value = (name: string) => params.find((param) => param.seriesName === name)?.value[1];
          const lines = [formatInZone(new Date(at), timeZone, tooltipFormat)];
          const actual = value("History");
          if (actual !== undefined) lines.push(`History: ${formatVolume(actual)}`);
          const expected = value("Forecast");
          if (expected !== undefined)
            lines.push(
              `Forecast: ${formatVolume(expected)}`,
              `P80: ${formatVolume(expected + (value("Up to P80") ?? 0))}`,
            );
          const change = overridden.get(at);
          if (change && change.original !== null) lines.push(`Before override: ${formatVolume(change.original)}`);
          if (change?.note) lines.push(`Note: ${escapeHtml(change.note)}`);
          return lines.join("<br>");
        },
      },
      xAxis: {
        type: "time",
        axisLabel: {
          hideOverlap: true,
          formatter: (value: number) => formatInZone(new Date(value), timeZone, labelFormat),
        },
      },
      yAxis: { type: "value", name: isDaily ? "contacts / day" : "contacts / interval", min: 0 },
      dataZoom: [
        { type: "inside" },
        {
          type: "slider",
          height: 18,
          bottom: 12,
          labelFormatter: (value: number) =>
            formatInZone(new Date(value), timeZone, { day: "numeric", month: "short" }),
        },
      ],
      series: [
        {
          name: "History",
          type: "line",
          showSymbol: false,
          data: historySeries(history, isDaily ? MS_PER_DAY : intervalMinutes * MS_PER_MINUTE),
          itemStyle: { color: "#2563eb" },
          lineStyle: { width: 1.5 },
        },
        {
          name: "Forecast",
          type: "line",
          showSymbol: false,
          data: points.map((point) => [point.at, point.expected]),
          itemStyle: { color: "#ea580c" },
          lineStyle: { width: 1.5 },
          markArea: {
            silent: true,
            label: { show: spanDays <= 31, position: "insideTop", color: "#7f1d1d", fontSize: 11 },
            data: marked,
          },
          markLine:
            forecastStart === null
              ? undefined
              : {
                  silent: true,
                  symbol: "none",
                  label: { formatter: "forecast" },
                  lineStyle: { color: "#64748b", type: "dashed" },
                  data: [{ xAxis: forecastStart }],
                },
        },
        {
          name: "P80 base",
          type: "line",
          stack: "p80",
          showSymbol: false,
          silent: true,
          data: points.map((point) => [point.at, point.expected]),
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
        },
        {
          name: "Up to P80",
          type: "line",
          stack: "p80",
          showSymbol: false,
          silent: true,
          data: points.map((point) => [point.at, Math.max(0, point.p80 - point.expected)]),
          lineStyle: { opacity: 0 },
          areaStyle: { color: "rgba(234, 88, 12, 0.22)" },
          itemStyle: { color: "rgba(234, 88, 12, 0.45)" },
        },
        ...(overridden.size > 0
          ? [
              {
                name: "Before overrides",
                type: "line",
                showSymbol: false,
                data: originalSeries(points),
                itemStyle: { color: "#334155" },
                lineStyle: { width: 1.5, type: "dashed" },
                tooltip: { show: false },
              },
            ]
          : []),
      ],
    };
  }, [forecast, history, intervalMinutes, isDaily, spanDays, specialDays, timeZone]);
  return <Chart option={option} height={340} label={`History and forecast for ${queueName}, times in ${timeZone}`} />;
}
