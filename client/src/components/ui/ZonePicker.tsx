import { useId, useMemo } from "react";
import { currentOffsetLabel } from "../../lib/zoned-time";

/** Every IANA zone the browser knows, with its current offset, for choosing a display zone. */
export function ZonePicker({
  value,
  onChange,
  label,
  allowDefault,
}: {
  value: string | null;
  onChange: (zone: string | null) => void;
  label: string;
  allowDefault?: string;
}) {
  const id = useId();
  const zones = useMemo(() => Intl.supportedValuesOf("timeZone"), []);
  return (
    <label htmlFor={id} className="block">
      {label}
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value === "" ? null : event.target.value)}
      >
        {allowDefault && <option value="">{allowDefault}</option>}
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone} ({currentOffsetLabel(zone)})
          </option>
        ))}
      </select>
    </label>
  );
}
