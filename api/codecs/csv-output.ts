import { stringify } from "csv-stringify/sync";

/** A cell of a CSV the API writes: text (names, emails, lists, instants) or a number. */
export type CsvCell = string | number;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, let one slip
 * past a check on the first character): OWASP "CSV Injection" lists = + - @ TAB CR.
 */
const formulaStart = /^[=+\-@\t\r]/;
const neutralisedStart = /^'[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula gets a leading `'`, so Excel, LibreOffice
 * and Google Sheets show it as text (OWASP's advice). Numbers are never text cells: they are written
 * as they are, so a negative number stays `-5` and imports back as -5.
 */
export const neutraliseCsvText = (value: string): string => (formulaStart.test(value) ? `'${value}` : value);

/** The inverse on import: `'=…` written by `neutraliseCsvText` reads back as `=…`, so export → import changes nothing. */
export const restoreCsvText = (value: string): string => (neutralisedStart.test(value) ? value.slice(1) : value);

/** Every CSV the API writes goes through here: text cells neutralised, numbers as numbers. */
export function writeCsv(header: readonly string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutraliseCsvText(cell) : cell)));
  return stringify([[...header], ...cells]);
}
