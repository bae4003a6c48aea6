import { parse } from "csv-parse/browser/esm/sync";

export interface SeriesRow {
  intervalStart: string;
  volume: number;
  ahtSeconds: number;
}

/**
 * Reads a pasted series with the header `interval_start,volume,aht_seconds` (instants with an offset,
 * as the forecast CLI writes them; `forecast` is accepted for `volume`). Returns rows or the first problems.
 */
export function parseSeries(text: string, defaultAhtSeconds: number): { rows: SeriesRow[]; problems: string[] } {
  let records: Array<Record<string, string>>;
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return { rows: [], problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const rows = records.flatMap((record, index) => {
    const row = index + 2;
    const instant = record.interval_start ?? "";
    const volume = Number(record.volume ?? record.forecast);
    const aht = record.aht_seconds ? Number(record.aht_seconds) : defaultAhtSeconds;
    if (Number.isNaN(Date.parse(instant)) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(instant))
      problems.push(`row ${row}: interval_start must be an instant with an offset`);
    else if (!(volume >= 0)) problems.push(`row ${row}: volume must be a number ≥ 0`);
    else if (!(aht > 0)) problems.push(`row ${row}: aht_seconds must be > 0`);
    else return [{ intervalStart: new Date(instant).toISOString(), volume, ahtSeconds: aht }];
    return [];
  });
  return { rows, problems: problems.slice(0, 20) };
}
