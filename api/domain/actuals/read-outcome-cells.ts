import type { HistoryIssue } from "../history/history-issue";
import { readCount, type DecimalSeparator } from "../history/parse-values";

/** An optional share 0–1 ("0.85"); an empty cell is null. A percent is refused: shares are fractions. */
export function readFraction(
  text: string,
  column: string,
  rowNumber: number,
  decimalSeparator: DecimalSeparator,
  errors: HistoryIssue[],
): number | null {
  if (text.trim() === "") return null;
  const reading = readCount(text, decimalSeparator);
  if ("problem" in reading) errors.push({ rowNumber, column, reason: reading.problem });
  else if (reading.value > 1)
    errors.push({
      rowNumber,
      column,
      reason: `${JSON.stringify(text)} is not a fraction from 0 to 1 (write 85 % as 0.85)`,
    });
  else return reading.value;
  return null;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** An optional yes/no cell (yes, no, true, false, 1, 0); an empty cell is null. */
export function readYesNo(text: string, column: string, rowNumber: number, errors: HistoryIssue[]): boolean | null {
  const value = text.trim().toLowerCase();
  if (value === "") return null;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  errors.push({ rowNumber, column, reason: `${JSON.stringify(text)} is not yes or no` });
  return null;
}
