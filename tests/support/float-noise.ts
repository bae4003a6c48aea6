/**
 * Numbers in JSON or CSV text that carry binary round-off: six or more 0s or 9s in a row after
 * the decimal point followed by more digits (9074.999999999169, 0.30000000000000004). A value
 * rounded to its unit (output-rounding.ts) never prints so; a genuinely precise value (an Erlang
 * probability at full precision) has no such run.
 */
export function floatNoiseIn(text: string): string[] {
  return [...text.matchAll(/-?\d+\.\d*(?:0{6,}|9{6,})\d+/g)].map((match) => match[0]);
}
