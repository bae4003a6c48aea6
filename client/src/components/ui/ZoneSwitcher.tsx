import { useId, useState } from "react";
import { currentOffsetLabel } from "../../lib/zoned-time";
import { ZonePicker } from "./ZonePicker";

export interface ZoneChoice {
  /** What the person reads, e.g. "Queue zone" or "My zone". */
  label: string;
  timeZone: string;
}

/**
 * The display-zone switcher: a few named choices (the queue's zone, my zone…) and any IANA zone.
 * Every time on the page is formatted into `value`; nothing falls back to the browser's zone.
 */
export function ZoneSwitcher({
  value,
  onChange,
  choices,
  label = "Show times in",
}: {
  value: string;
  onChange: (timeZone: string) => void;
  choices: ZoneChoice[];
  label?: string;
}) {
  const id = useId();
  const isPreset = choices.some((choice) => choice.timeZone === value);
  const [isOther, setIsOther] = useState(!isPreset);
  const selected = isOther || !isPreset ? "other" : value;
  return (
    <div className="zone-switcher">
      <label htmlFor={id}>
        {label}
        <select
          id={id}
          value={selected}
          onChange={(event) => {
            const next = event.target.value;
            setIsOther(next === "other");
            if (next !== "other") onChange(next);
          }}
        >
          {choices.map((choice) => (
            <option key={`${choice.label}-${choice.timeZone}`} value={choice.timeZone}>
              {choice.label}: {choice.timeZone} ({currentOffsetLabel(choice.timeZone)})
            </option>
          ))}
          <option value="other">Another zone…</option>
        </select>
      </label>
      {selected === "other" && <ZonePicker label="Zone" value={value} onChange={(zone) => zone && onChange(zone)} />}
    </div>
  );
}
