/** The delimiters a history or agent CSV may use: the comma, European Excel's semicolon, and tab. */
export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * The delimiter a header line uses: whichever of `,` `;` and tab occurs most outside quotes (a
 * header of column names holds no numbers, so a decimal comma cannot mislead it). A comma on a tie
 * or when none occurs (a one-column file).
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((delimiter) => [delimiter, 0]));
  let isQuoted = false;
  for (const character of headerLine) {
    if (character === '"') isQuoted = !isQuoted;
    else if (!isQuoted && counts.has(character as CsvDelimiter))
      counts.set(character as CsvDelimiter, counts.get(character as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** "tab", "comma" and "semicolon" as the API and CLI spell them, and the characters themselves. */
export function delimiterNamed(name: string): CsvDelimiter | null {
  const byName: Record<string, CsvDelimiter> = {
    ",": ",",
    comma: ",",
    ";": ";",
    semicolon: ";",
    tab: "\t",
    "\t": "\t",
  };
  return byName[name] ?? null;
}
