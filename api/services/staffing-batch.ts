import { calculateStaffingCase, type StaffingCase, type StaffingResult } from "../domain/staffing/staffing-case";
import type { FieldProblem } from "../contracts/errors";
import { staffingBatchRequest, type StaffingResultDto } from "../contracts/staffing";
import { fieldProblemsOf } from "../errors/field-problems-of";
import { roundNullable, roundProbability, roundQuantity } from "../presenters/output-rounding";

/**
 * JSON form of a result, rounded at the edge (output-rounding.ts; the domain keeps full precision):
 * Erlangs, FTE and seconds to 2 decimals, probabilities and occupancy to 6, so 21 agents ÷ (1 − 0.3)
 * reads 30 FTE, not 30.000000000000004; an infinite ASA (unstable queue) becomes null.
 */
function presentResult(result: StaffingResult): StaffingResultDto {
  const { pAbandon, asaAnsweredSeconds, serviceLevelAnswered } = result;
  return {
    ...result,
    trafficErlangs: roundQuantity(result.trafficErlangs),
    fractionalFte: roundQuantity(result.fractionalFte),
    serviceLevel: roundProbability(result.serviceLevel),
    pWait: roundProbability(result.pWait),
    asaSeconds: Number.isFinite(result.asaSeconds) ? roundQuantity(result.asaSeconds) : null,
    occupancy: roundProbability(result.occupancy),
    ...(pAbandon !== undefined && { pAbandon: roundProbability(pAbandon) }),
    ...(asaAnsweredSeconds !== undefined && { asaAnsweredSeconds: roundNullable(asaAnsweredSeconds, roundQuantity) }),
    ...(serviceLevelAnswered !== undefined && { serviceLevelAnswered: roundProbability(serviceLevelAnswered) }),
  };
}

/** Staffing for each case, in input order, on the calling thread. */
export function calculateStaffingBatch(cases: StaffingCase[]): StaffingResultDto[] {
  return cases.map((input) => presentResult(calculateStaffingCase(input)));
}

/** A staffing batch's body text, answered: the results' JSON text, or why the body was refused. */
export type StaffingBatchOutcome =
  | { kind: "results"; json: string }
  | { kind: "invalidJson"; message: string }
  | { kind: "invalid"; problems: FieldProblem[] };

/** What body-parser's strict JSON accepts at the top: an object or an array, after white space. */
const STRICT_JSON_START = /^[ \t\n\r]*[{[]/;

/**
 * Parses, validates (the endpoint's contract, staffingBatchRequest, paths prefixed "body") and
 * computes one `POST /api/staffing/calculate` body ("" for a request without one), answering the JSON text of `{"results":[…]}`.
 * It runs where it is called: on a pool thread for a big body (calculateStaffingBatchFromText in staffing-service.ts).
 */
export function staffingBatchFromText(bodyText: string): StaffingBatchOutcome {
  if (bodyText === "") return validated(undefined);
  if (!STRICT_JSON_START.test(bodyText)) return { kind: "invalidJson", message: "the body must be a JSON object or array" };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch (error) {
    return { kind: "invalidJson", message: (error as Error).message };
  }
  return validated(body);
}

function validated(body: unknown): StaffingBatchOutcome {
  const parsed = staffingBatchRequest.safeParse(body);
  if (!parsed.success) return { kind: "invalid", problems: fieldProblemsOf(parsed.error, ["body"]) };
  return { kind: "results", json: JSON.stringify({ results: calculateStaffingBatch(parsed.data.cases) }) };
}
