import { useMemo } from "react";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { ErrorState, Loading } from "../../../components/ui/states";
import { useDailyHistory } from "../api/queries";

/** Daily volume over the recent weeks, for a first look at a queue's weekly and seasonal shape. */
export function QueueHistoryChart({
  queueId,
  queueName,
  from,
  to,
}: {
  queueId: string;
  queueName: string;
  from: string;
  to: string;
}) {
  const history = useDailyHistory(queueId, from, to);
  const option = useMemo<ChartOption>(() => {
    const points = history.data?.points ?? [];
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: points.map((point) => point.localDate) },
      yAxis: { type: "value", name: "contacts / day" },
      dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
      series: [
        { name: "Contacts", type: "bar", data: points.map((point) => point.volume), itemStyle: { color: "#2563eb" } },
      ],
    };
  }, [history.data]);
  if (history.isPending) return <Loading label="Loading history…" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.points.length === 0)
    return <p className="muted">No history imported for {queueName} in this period.</p>;
  return <Chart option={option} height={220} label={`Daily contacts for ${queueName} from ${from} to ${to}`} />;
}
