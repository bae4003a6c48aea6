import { useMemo } from "react";
import type { StaffingResultDto } from "../../../../../api/contracts/staffing";
import { Chart, type ChartOption } from "../../../components/ui/Chart";

/** Service level against agents under Erlang C and Erlang A, with the target as a line. */
export function ServiceLevelCurve({ curve, targetFraction }: { curve: StaffingResultDto[]; targetFraction: number }) {
  const option = useMemo<ChartOption>(() => {
    const erlangC = curve.filter((_, index) => index % 2 === 0);
    const erlangA = curve.filter((_, index) => index % 2 === 1);
    return {
      grid: { left: 56, right: 24, top: 36, bottom: 48 },
      tooltip: { trigger: "axis", valueFormatter: (value: unknown) => `${(Number(value) * 100).toFixed(1)} %` },
      legend: { top: 0 },
      xAxis: {
        type: "category",
        name: "agents",
        nameLocation: "middle",
        nameGap: 28,
        data: erlangC.map((result) => result.agents),
      },
      yAxis: {
        type: "value",
        min: 0,
        max: 1,
        axisLabel: { formatter: (value: number) => `${Math.round(value * 100)} %` },
      },
      series: [
        {
          name: "Erlang C",
          type: "line",
          data: erlangC.map((result) => result.serviceLevel),
          markLine: {
            silent: true,
            symbol: "none",
            data: [{ yAxis: targetFraction, name: "target" }],
            lineStyle: { type: "dashed", color: "#b91c1c" },
          },
        },
        { name: "Erlang A", type: "line", data: erlangA.map((result) => result.serviceLevel) },
      ],
    };
  }, [curve, targetFraction]);
  return <Chart option={option} height={300} label="Service level by number of agents, Erlang C and Erlang A" />;
}
