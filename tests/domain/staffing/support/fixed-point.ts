/**
 * Binary fixed point with 256 fractional bits on BigInt: the high-precision arithmetic of the test
 * oracles (about 77 significant digits, against the ~16 of a double).
 */
export const FRACTION_BITS = 256n;
export const ONE = 1n << FRACTION_BITS;

export function fromRatio(numerator: number | bigint, denominator: number | bigint = 1): bigint {
  return (BigInt(numerator) << FRACTION_BITS) / BigInt(denominator);
}

export function multiply(a: bigint, b: bigint): bigint {
  return (a * b) >> FRACTION_BITS;
}

export function divide(a: bigint, b: bigint): bigint {
  return (a << FRACTION_BITS) / b;
}

/** e^x for x ≤ 0: e^(x/2^20) by Taylor series, then squared twenty times. */
export function exp(x: bigint): bigint {
  const reduced = x >> 20n;
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; n < 60n; n++) {
    term = multiply(term, reduced) / n;
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < 20; i++) sum = multiply(sum, sum);
  return sum;
}

/** The double nearest a fixed-point value (correct to well under one rounding of the double). */
export function toNumber(x: bigint): number {
  const negative = x < 0n;
  const magnitude = negative ? -x : x;
  const shift = BigInt(Math.max(0, magnitude.toString(2).length - 60));
  const value = Number(magnitude >> shift) * 2 ** Number(shift - FRACTION_BITS);
  return negative ? -value : value;
}
