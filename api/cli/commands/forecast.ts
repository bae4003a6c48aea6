import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { Command } from "commander";
import { forecastQueue } from "../../domain/forecast/forecast-queue";
import type { QueueForecast } from "../../domain/forecast/forecast-request";
import { selectableMethodNames } from "../../domain/forecast/method-registry";
import { formatIssue } from "../../domain/history/history-issue";
import type { DuplicateRule, HistoryImportResult } from "../../domain/history/history-import";
import { formatInstantInZone } from "../../domain/time/format-instant";
import { isIntervalMinutes, type IntervalMinutes } from "../../domain/time/interval-minutes";
import { parseTimestamp } from "../../domain/time/parse-timestamp";
import { isValidTimeZone } from "../../domain/time/zone";
import { forecastCsvRow } from "../../contracts/forecasts";
import { readHistoryCsv } from "../../codecs/history-csv-reader";
import { roundQuantity } from "../../presenters/output-rounding";
import { CliInputError } from "../cli-error";
import { checkedCsvDialect, DATE_FORMAT_FLAG_HELP, DELIMITER_FLAG_HELP } from "../csv-dialect-flags";

interface ForecastFlags {
  history: string;
  timeZone: string;
  intervalMinutes: string;
  horizonDays: string;
  start?: string;
  method: string;
  queue?: string;
  timestampColumn?: string;
  onDuplicate: string;
  skipInvalid?: boolean;
  delimiter?: string;
  dateFormat: string;
}

/**
 * `forecast --history history.csv --time-zone Asia/Manila --interval-minutes 60 --horizon-days 7`
 * (issue 4): reads a history CSV directly (no database) and prints
 * `interval_start,forecast,p50,p80,p90,aht_seconds` for every interval of the horizon. The chosen
 * methods and their backtest accuracy go to stderr; stdout stays pure CSV, written only when whole.
 */
export function registerForecastCommand(program: Command): void {
  program
    .command("forecast")
    .description("forecast volume, quantiles and handle time per interval from a history CSV (no database)")
    .requiredOption(
      "--history <path>",
      "history CSV: interval counts (timestamp,count[,aht_seconds][,queue]) or one row per ticket; - for stdin",
    )
    .requiredOption("--time-zone <zone>", "the queue's IANA time zone, e.g. Asia/Manila")
    .option("--interval-minutes <minutes>", "interval length: 15, 30 or 60", "60")
    .option("--horizon-days <days>", "calendar days to forecast, 1 to 364", "7")
    .option(
      "--start <timestamp>",
      "first instant to forecast (with an offset, or wall-clock time in --time-zone); default: local midnight after the history",
    )
    .option("--method <method>", `auto, or one of ${selectableMethodNames().join(", ")}`, "auto")
    .option("--queue <name>", "the queue to read when the file has a queue column")
    .option("--timestamp-column <column>", "the timestamp column of a per-ticket export, e.g. created_at")
    .option("--on-duplicate <rule>", "interval-count rows with the same start: error or sum", "error")
    .option("--skip-invalid", "forecast from the valid rows and report the invalid ones on stderr")
    .option("--delimiter <delimiter>", DELIMITER_FLAG_HELP)
    .option("--date-format <format>", DATE_FORMAT_FLAG_HELP, "iso")
    .action(async (flags: ForecastFlags) => {
      const settings = parseFlags(flags);
      const history = await readHistory(flags, settings.intervalMinutes);
      const forecast = runForecast(flags, settings, history);
      process.stdout.write(toCsv(forecast, flags.timeZone));
      reportAccuracy(forecast);
    });
}

function parseFlags(flags: ForecastFlags) {
  if (!isValidTimeZone(flags.timeZone))
    throw new CliInputError(`--time-zone ${flags.timeZone} is not an IANA time zone (e.g. Asia/Manila)`);
  const intervalMinutes = Number(flags.intervalMinutes);
  if (!isIntervalMinutes(intervalMinutes))
    throw new CliInputError(`--interval-minutes must be 15, 30 or 60, got ${flags.intervalMinutes}`);
  const horizonDays = Number(flags.horizonDays);
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 364)
    throw new CliInputError(`--horizon-days must be a whole number from 1 to 364, got ${flags.horizonDays}`);
  if (flags.onDuplicate !== "error" && flags.onDuplicate !== "sum")
    throw new CliInputError(`--on-duplicate must be error or sum, got ${flags.onDuplicate}`);
  if (flags.method !== "auto" && !selectableMethodNames().includes(flags.method)) {
    throw new CliInputError(
      `--method must be auto or one of ${selectableMethodNames().join(", ")}, got ${flags.method}`,
    );
  }
  const start = flags.start === undefined ? undefined : parseTimestamp(flags.start, flags.timeZone);
  if (start === null) throw new CliInputError(`--start ${flags.start} is not an ISO 8601 date-time`);
  return { intervalMinutes: intervalMinutes as IntervalMinutes, horizonDays, startUtcMs: start?.instantUtcMs };
}

async function readHistory(flags: ForecastFlags, intervalMinutes: IntervalMinutes): Promise<HistoryImportResult> {
  let source: Readable = process.stdin;
  if (flags.history !== "-") {
    await access(flags.history).catch((error: Error) => {
      throw new CliInputError(`cannot read --history ${flags.history}: ${error.message}`);
    });
    source = createReadStream(flags.history);
  }
  const result = await readHistoryCsv(source, {
    zoneName: flags.timeZone,
    intervalMinutes,
    queue: flags.queue,
    timestampColumn: flags.timestampColumn,
    onDuplicate: flags.onDuplicate as DuplicateRule,
    skipInvalid: flags.skipInvalid === true,
    ...checkedCsvDialect(flags),
  });
  const listed = result.errors.map((issue) => `  ${formatIssue(issue)}`).join("\n");
  if (!result.ok)
    throw new CliInputError(
      `${flags.history} was rejected: ${result.errorCount} error(s), nothing was forecast\n${listed}`,
    );
  if (result.skippedRowCount > 0)
    process.stderr.write(`skipped ${result.skippedRowCount} invalid row(s):\n${listed}\n`);
  if (result.warningCount > 0) {
    const { nonexistentTimeRowCount, ambiguousTimeRowCount, offsetMismatchRowCount, gapCount } = result.warningCounts;
    const counts = `${nonexistentTimeRowCount + ambiguousTimeRowCount} time(s) resolved by the DST rule, ${offsetMismatchRowCount} row(s) with another zone's offset, ${gapCount} gap(s) inside open hours`;
    process.stderr.write(
      `warning: ${counts}:\n${result.warnings
        .slice(0, 5)
        .map((issue) => `  ${formatIssue(issue)}`)
        .join("\n")}\n`,
    );
  }
  if (result.intervals.length === 0) throw new CliInputError(`${flags.history} has no history rows to forecast from`);
  return result;
}

function runForecast(
  flags: ForecastFlags,
  settings: ReturnType<typeof parseFlags>,
  history: HistoryImportResult,
): QueueForecast {
  try {
    return forecastQueue({
      history: history.intervals.map((interval) => ({
        intervalStartUtcMs: interval.intervalStartUtcMs,
        count: interval.count,
        ahtSeconds: interval.ahtSeconds,
      })),
      zoneName: flags.timeZone,
      intervalMinutes: settings.intervalMinutes,
      horizonDays: settings.horizonDays,
      startUtcMs: settings.startUtcMs,
      method: flags.method,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new CliInputError(error.message);
    throw error;
  }
}

/** Two decimals for the expected value and the quantiles (whole counts stay whole), tenths of a second for AHT. */
export function toCsv(forecast: QueueForecast, zoneName: string): string {
  const lines = [Object.keys(forecastCsvRow.shape).join(",")];
  for (const interval of forecast.intervals) {
    const aht = interval.ahtSeconds === null ? "" : String(Math.round(interval.ahtSeconds * 10) / 10);
    const volumes = [interval.expected, interval.p50, interval.p80, interval.p90].map(roundQuantity);
    lines.push(`${formatInstantInZone(interval.intervalStartUtcMs, zoneName)},${volumes.join(",")},${aht}`);
  }
  return `${lines.join("\n")}\n`;
}

function reportAccuracy(forecast: QueueForecast): void {
  const percent = (fraction: number | undefined) =>
    fraction === undefined || Number.isNaN(fraction) ? "–" : `${(fraction * 100).toFixed(1)} %`;
  for (const warning of forecast.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (!forecast.accuracy) return;
  for (const selection of [forecast.accuracy.dayAhead, forecast.accuracy.weekAhead]) {
    const chosen = selection.chosen;
    process.stderr.write(
      `${chosen.band}: ${chosen.method} wMAPE ${percent(chosen.wmapeFraction)}, MASE ${chosen.mase.toFixed(2)}, bias ${percent(chosen.biasFraction)}; ` +
        `seasonal naive ${percent(selection.seasonalNaive?.wmapeFraction)}; Poisson floor ${percent(selection.poissonFloorFraction)} (backtest over ${chosen.targetDays} days)\n`,
    );
  }
}
