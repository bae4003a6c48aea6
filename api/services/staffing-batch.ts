import { calculateStaffingCase, type StaffingCase, type StaffingResult } from "../domain/staffing/staffing-case";
import type { FieldProblem } from "../contracts/errors";
import { staffingBatchRequest, type StaffingResultDto } from "../contracts/staffing";
import { quickSafeParse } from "../contracts/quick-parse";
import { fieldProblemsOf } from "../errors/field-problems-of";
import { roundNullable, roundProbability, roundQuantity } from "../presenters/output-rounding";

/**
 * JSON form of a result, rounded at the edge (output-rounding.ts; the domain keeps full precision):
 * Erlangs, FTE and seconds to 2 decimals, probabilities and occupancy to 6, so 21 agents ÷ (1 − 0.3)
 * reads 30 FTE, not 30.000000000000004; an infinite ASA (unstable queue) becomes null. Fields a
 * case does not have (servers for voice, the Erlang A ones for Erlang C) stay undefined, which JSON
 * leaves out, so that every result has one shape and the field order of the contract.
 */
function presentResult(result: StaffingResult): StaffingResultDto {
  return {
    trafficErlangs: roundQuantity(result.trafficErlangs),
    agents: result.agents,
    servers: result.servers,
    scheduledAgents: result.scheduledAgents,
    fractionalFte: roundQuantity(result.fractionalFte),
    pWait: roundProbability(result.pWait),
    serviceLevel: roundProbability(result.serviceLevel),
    asaSeconds: Number.isFinite(result.asaSeconds) ? roundQuantity(result.asaSeconds) : null,
    occupancy: roundProbability(result.occupancy),
    pAbandon: result.pAbandon === undefined ? undefined : roundProbability(result.pAbandon),
    asaAnsweredSeconds: roundNullable(result.asaAnsweredSeconds, roundQuantity),
    serviceLevelAnswered:
      result.serviceLevelAnswered === undefined ? undefined : roundProbability(result.serviceLevelAnswered),
  };
}

/**
 * staffingBatchRequest.safeParse for a batch of any size: a valid batch is accepted by the quick
 * path (api/contracts/quick-parse.ts), anything else is refused by zod itself, with its messages.
 */
export const parseStaffingBatch = quickSafeParse(staffingBatchRequest);

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
  if (!STRICT_JSON_START.test(bodyText))
    return { kind: "invalidJson", message: "the body must be a JSON object or array" };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch (error) {
    return { kind: "invalidJson", message: (error as Error).message };
  }
  return validated(body);
}

function validated(body: unknown): StaffingBatchOutcome {
  const parsed = parseStaffingBatch(body);
  if (!parsed.success) return { kind: "invalid", problems: fieldProblemsOf(parsed.error, ["body"]) };
  return { kind: "results", json: JSON.stringify({ results: calculateStaffingBatch(parsed.data.cases) }) };
}
