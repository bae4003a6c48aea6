/** "GMT+8", "GMT-5": the zone's offset at `at`, as people read it. */
export function currentOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((item) => item.type === "timeZoneName");
  return part?.value ?? "";
}

/** "Asia/Manila" → "Manila"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
}

/** A time formatted from a UTC instant into an explicit zone (never the browser's implicit one). */
export function formatInZone(instant: string | Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, ...options }).format(typeof instant === "string" ? new Date(instant) : instant);
}
