/** Cell parsers for history rows; each returns the value or the reason it refuses the text. */

export type CellReading = { value: number } | { problem: string };

/**
 * Plain decimal notation with an optional exponent, as spreadsheets and `String(number)` write it:
 * "12", "45.5", ".25", "3e-7". The decimal separator is replaced by "." before matching.
 */
const DECIMAL = /^\d*(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const HAS_DIGIT = /\d/;

/** One row may count up to a billion contacts: more is a unit or typing mistake, and sums must stay exact. */
export const MAX_COUNT = 1e9;
/**
 * The smallest non-zero count or handle time: below a millionth, a value is a unit mistake, and a
 * product of two such values underflows to 0, which PostgreSQL refuses as an error in an aggregate.
 */
export const MIN_POSITIVE = 1e-6;

/** What separates decimals: "." always; "," too when the file's delimiter is ";" (European Excel). */
export type DecimalSeparator = "." | ",";

function readDecimal(text: string, decimalSeparator: DecimalSeparator): CellReading {
  const trimmed = text.trim();
  const quoted = JSON.stringify(text);
  if (trimmed === "") return { problem: "the cell is empty: a number is needed" };
  if (decimalSeparator === "." && /^\d+,\d+$/.test(trimmed))
    return {
      problem: `${quoted} has a decimal comma, which a comma-delimited file cannot hold; write ${trimmed.replace(",", ".")} or use ; as the delimiter`,
    };
  const normalised = decimalSeparator === "," ? trimmed.replace(",", ".") : trimmed;
  if (normalised.startsWith("-") && DECIMAL.test(normalised.slice(1)) && HAS_DIGIT.test(normalised))
    return { problem: `${quoted} is negative` };
  if (!DECIMAL.test(normalised) || !HAS_DIGIT.test(normalised.split(/[eE]/)[0]!))
    return { problem: `${quoted} is not a number ≥ 0 (e.g. 12 or 45.5)` };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { problem: `${quoted} is too large to be a number` };
  if (value > 0 && value < MIN_POSITIVE) return { problem: `${quoted} is more than 0 but less than ${MIN_POSITIVE}` };
  return { value };
}

/** A count: any finite number ≥ 0 up to MAX_COUNT ("12", "45.5", "0.25"); volumes are quantities, so fractions are kept. */
export function readCount(text: string, decimalSeparator: DecimalSeparator = "."): CellReading {
  const reading = readDecimal(text, decimalSeparator);
  if ("problem" in reading) return reading;
  if (reading.value > MAX_COUNT)
    return { problem: `${JSON.stringify(text)} is more than ${MAX_COUNT.toLocaleString("en")} contacts in one row` };
  return reading;
}

const DURATION = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/;

/**
 * A handle time in seconds: a number ≥ 0 ("312", "312.5"), or a clock duration as exports show it
 * ("5:12" = 312 s, "1:05:12" = 3912 s). Minutes columns are scaled by the caller.
 */
export function readDurationSeconds(text: string, decimalSeparator: DecimalSeparator = "."): CellReading {
  const trimmed = text.trim();
  const clock = DURATION.exec(trimmed);
  if (clock)
    return { value: Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]!.replace(",", ".")) };
  const reading = readDecimal(trimmed, decimalSeparator);
  return "problem" in reading ? { problem: `${reading.problem}; a duration is seconds ≥ 0 or m:ss` } : reading;
}
