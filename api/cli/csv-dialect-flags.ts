import { DATE_FORMATS, type DateFormat } from "../domain/time/parse-timestamp";
import { delimiterNamed } from "../codecs/history-csv-dialect";
import type { CsvDelimiter } from "../codecs/history-csv-dialect";
import { CliInputError } from "./cli-error";

/** `--delimiter` and `--date-format` of the commands that read a history CSV, checked before anything is read. */
export function checkedCsvDialect(flags: { delimiter?: string; dateFormat: string }): {
  delimiter?: CsvDelimiter;
  dateFormat: DateFormat;
} {
  const delimiter = flags.delimiter === undefined ? undefined : delimiterNamed(flags.delimiter);
  if (delimiter === null)
    throw new CliInputError(`--delimiter must be , ; or tab, got ${JSON.stringify(flags.delimiter)}`);
  if (!(DATE_FORMATS as readonly string[]).includes(flags.dateFormat)) {
    throw new CliInputError(
      `--date-format must be one of ${DATE_FORMATS.map((format) => JSON.stringify(format)).join(", ")}, got ${JSON.stringify(flags.dateFormat)}`,
    );
  }
  return { delimiter, dateFormat: flags.dateFormat as DateFormat };
}

export const DELIMITER_FLAG_HELP = "force the delimiter: , ; or tab (default: detected from the header line)";
export const DATE_FORMAT_FLAG_HELP = `how dates are written: ${DATE_FORMATS.join(", ")} (day-first and month-first are never guessed)`;
