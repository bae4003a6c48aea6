import { divide, exp, FRACTION_BITS, fromRatio, multiply, ONE, toNumber } from "./fixed-point";

/**
 * A high-precision Erlang A (M/M/N+M) oracle, built a different way from the engine: the
 * stationary distribution by summing the birth–death chain state by state in 256-bit fixed point,
 * and the answered-within-t probability of a contact arriving behind k others by uniformization
 * (Jensen's method; Stewart, "Probability, Markov Chains, Queues, and Simulation", 2009, §10.8.2)
 * of the contact's own absorbing chain: k ahead → … → 0 ahead → served, each step at rate
 * Nμ + (ahead)θ, while it abandons at rate θ. No Beta or negative-binomial identity is used.
 * Inputs are whole numbers so that every rate is an exact ratio.
 */
export interface OracleCase {
  calls: number;
  intervalSeconds: number;
  ahtSeconds: number;
  patienceSeconds: number;
  targetAnswerSeconds: number;
  agents: number;
}

export interface OracleMetrics {
  pWait: number;
  pAbandon: number;
  serviceLevel: number;
  asaSeconds: number;
  asaAnsweredSeconds: number;
}

const NEGLIGIBLE = ONE >> 220n;

export function erlangAOracle(c: OracleCase): OracleMetrics {
  const lambda = fromRatio(c.calls, c.intervalSeconds);
  const mu = fromRatio(1, c.ahtSeconds);
  const theta = fromRatio(1, c.patienceSeconds);
  const weights: bigint[] = [ONE];
  for (let j = 1; j <= c.agents; j++) weights.push(divide(multiply(weights[j - 1], lambda), mu * BigInt(j)));
  const queue: bigint[] = [weights[c.agents]];
  const scale = weights.reduce((s, w) => (w > s ? w : s), 0n);
  for (let k = 1; queue[k - 1] > multiply(scale, NEGLIGIBLE) || k < 5; k++) {
    queue.push(divide(multiply(queue[k - 1], lambda), mu * BigInt(c.agents) + theta * BigInt(k)));
  }
  const below = weights.slice(0, c.agents).reduce((s, w) => s + w, 0n);
  const total = below + queue.reduce((s, w) => s + w, 0n);
  const servedWithin = answeredWithinByAhead(c, mu, theta, queue.length);
  let within = below;
  let queueLength = 0n;
  let served = below;
  let servedWait = 0n;
  const serviceRate = mu * BigInt(c.agents);
  const servedFrom = finalServed(serviceRate, theta, queue.length);
  for (let k = 0; k < queue.length; k++) {
    within += multiply(queue[k], servedWithin[k]);
    queueLength += queue[k] * BigInt(k);
    const stage = (i: number) => serviceRate + theta * BigInt(i + 1);
    let reach = ONE;
    for (let i = k; i >= 0; i--) {
      const leaveServed = divide(multiply(reach, serviceRate + theta * BigInt(i)), stage(i));
      servedWait += multiply(queue[k], divide(multiply(reach, servedFrom[i]), stage(i)));
      reach = leaveServed;
    }
    served += multiply(queue[k], reach);
  }
  const pAbandon = divide(multiply(divide(queueLength, total), theta), lambda);
  return {
    pWait: toNumber(divide(total - below, total)),
    pAbandon: toNumber(pAbandon),
    serviceLevel: toNumber(divide(within, total)),
    asaSeconds: toNumber(divide(divide(queueLength, total), lambda)),
    asaAnsweredSeconds: toNumber(divide(servedWait, served)),
  };
}

/** P(served eventually | i ahead) = ∏_{m=0..i} (Nμ + mθ)/(Nμ + (m+1)θ), for i < count. */
function finalServed(serviceRate: bigint, theta: bigint, count: number): bigint[] {
  const result: bigint[] = [];
  let p = ONE;
  for (let m = 0; m < count; m++) {
    p = divide(multiply(p, serviceRate + theta * BigInt(m)), serviceRate + theta * BigInt(m + 1));
    result.push(p);
  }
  return result;
}

/**
 * P(served within t | k ahead) for k < count. Uniformization at rate Λ = Nμ + (count+1)θ over
 * steps of h with Λh ≤ 16, so that e^(−Λh) stays well inside 256-bit fixed point:
 * v_{s+h} = Σ_n Poisson(Λh; n)·Pⁿ·v_s, with v(served) = 1, v(abandoned) = 0 and v_0 = 0.
 */
function answeredWithinByAhead(c: OracleCase, mu: bigint, theta: bigint, count: number): bigint[] {
  const serviceRate = mu * BigInt(c.agents);
  const uniformRate = serviceRate + theta * BigInt(count + 1);
  const advance = Array.from({ length: count }, (_, i) => divide(serviceRate + theta * BigInt(i), uniformRate));
  const stay = Array.from({ length: count }, (_, i) => ONE - divide(serviceRate + theta * BigInt(i + 1), uniformRate));
  const totalSteps = uniformRate * BigInt(c.targetAnswerSeconds);
  const pieces = Number(totalSteps >> FRACTION_BITS) / 16 + 1;
  const stepsPerPiece = totalSteps / BigInt(Math.ceil(pieces));
  let value = new Array<bigint>(count).fill(0n);
  for (let piece = 0; piece < Math.ceil(pieces); piece++) {
    let poisson = exp(-stepsPerPiece);
    let power = value;
    let next = power.map((v) => multiply(poisson, v));
    const meanSteps = Number(stepsPerPiece >> FRACTION_BITS);
    for (let n = 1; n <= meanSteps || poisson > NEGLIGIBLE; n++) {
      power = power.map((v, i) => multiply(advance[i], i === 0 ? ONE : power[i - 1]) + multiply(stay[i], v));
      poisson = multiply(poisson, stepsPerPiece) / BigInt(n);
      next = next.map((v, i) => v + multiply(poisson, power[i]));
    }
    value = next;
  }
  return value;
}
