import type { CapacityPlanDetailDto } from "../../../../../api/contracts/capacity";
import { recommendationText } from "./format";

/** The plan's gap episodes, each with what to do and by when. */
export function EpisodeList({ result }: { result: CapacityPlanDetailDto["result"] }) {
  if (result.episodes.length === 0) return <p className="notice notice--ok">No week is short beyond the tolerance.</p>;
  return (
    <ul className="episodes">
      {result.episodes.map((episode) => (
        <li
          key={episode.startDate}
          className={`notice ${episode.severity === "low" ? "" : "notice--error"}`}
          data-severity={episode.severity}
        >
          <strong>{episode.severity}</strong> {recommendationText(episode)}
        </li>
      ))}
    </ul>
  );
}
