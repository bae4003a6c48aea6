import { useDeferredValue, useMemo, useState } from "react";
import type { StaffingResultDto } from "../../../../../api/contracts/staffing";
import { ErrorState, Loading } from "../../../components/ui/states";
import { useStaffingBatch } from "../api/queries";
import { calculatorCases, curveLength, defaultInputs, isValidInputs, type CalculatorInputs } from "./calculator-cases";
import { ServiceLevelCurve } from "./ServiceLevelCurve";

const fields: Array<{ key: keyof CalculatorInputs; label: string; step: number }> = [
  { key: "callsPerInterval", label: "Contacts per interval", step: 1 },
  { key: "intervalMinutes", label: "Interval (minutes)", step: 15 },
  { key: "ahtSeconds", label: "Average handle time (s)", step: 10 },
  { key: "targetServiceLevelPercent", label: "Service level target (%)", step: 1 },
  { key: "targetAnswerSeconds", label: "…answered within (s)", step: 5 },
  { key: "shrinkagePercent", label: "Shrinkage (%)", step: 1 },
  { key: "maxOccupancyPercent", label: "Max occupancy (%)", step: 1 },
  { key: "patienceSeconds", label: "Mean patience, Erlang A (s)", step: 10 },
];

const percent = (fraction: number | undefined) => (fraction === undefined ? "–" : `${(fraction * 100).toFixed(1)} %`);
const seconds = (value: number | null | undefined) =>
  value === null ? "∞" : value === undefined ? "–" : `${value.toFixed(1)} s`;

function ResultCard({ title, result }: { title: string; result: StaffingResultDto | undefined }) {
  return (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      {result && (
        <dl className="facts">
          <div>
            <dt>Agents on the phones</dt>
            <dd className="figure">{result.agents}</dd>
          </div>
          <div>
            <dt>Scheduled (with shrinkage)</dt>
            <dd className="figure">{result.scheduledAgents}</dd>
          </div>
          <div>
            <dt>Service level</dt>
            <dd>{percent(result.serviceLevel)}</dd>
          </div>
          <div>
            <dt>Probability of waiting</dt>
            <dd>{percent(result.pWait)}</dd>
          </div>
          <div>
            <dt>ASA</dt>
            <dd>{seconds(result.asaSeconds)}</dd>
          </div>
          <div>
            <dt>Occupancy</dt>
            <dd>{percent(result.occupancy)}</dd>
          </div>
          <div>
            <dt>Traffic</dt>
            <dd>{result.trafficErlangs.toFixed(2)} Erlangs</dd>
          </div>
          <div>
            <dt>FTE (unrounded)</dt>
            <dd>{result.fractionalFte.toFixed(2)}</dd>
          </div>
          {result.pAbandon !== undefined && (
            <div>
              <dt>Abandon</dt>
              <dd>{percent(result.pAbandon)}</dd>
            </div>
          )}
          {result.serviceLevelAnswered !== undefined && (
            <div>
              <dt>SL of answered</dt>
              <dd>{percent(result.serviceLevelAnswered)}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}

/** Erlang C and Erlang A side by side for one interval, with service level against agents. */
export function ErlangCalculator() {
  const [inputs, setInputs] = useState<CalculatorInputs>(defaultInputs);
  const deferred = useDeferredValue(inputs);
  const cases = useMemo(() => {
    if (!isValidInputs(deferred)) return null;
    const traffic = (deferred.callsPerInterval * deferred.ahtSeconds) / (deferred.intervalMinutes * 60);
    const perAgent = deferred.channel === "chat" ? deferred.concurrency : 1;
    return calculatorCases(deferred, Math.max(0, Math.floor(traffic / perAgent) - 4));
  }, [deferred]);
  const batch = useStaffingBatch(cases);
  const results = batch.data?.results;
  const set = (key: keyof CalculatorInputs, value: string) =>
    setInputs((current) => ({ ...current, [key]: key === "channel" ? value : Number(value) }));

  return (
    <section className="panel" aria-labelledby="calculator-title">
      <h2 id="calculator-title">Erlang calculator</h2>
      <form className="form-grid" onSubmit={(event) => event.preventDefault()}>
        {fields.map((field) => (
          <label key={field.key}>
            {field.label}
            <input
              type="number"
              min={0}
              step={field.step}
              value={inputs[field.key] as number}
              onChange={(event) => set(field.key, event.target.value)}
            />
          </label>
        ))}
        <label>
          Channel
          <select value={inputs.channel} onChange={(event) => set("channel", event.target.value)}>
            <option value="voice">Voice</option>
            <option value="chat">Chat</option>
          </select>
        </label>
        {inputs.channel === "chat" && (
          <label>
            Chats at once per agent
            <input
              type="number"
              min={1}
              step={1}
              value={inputs.concurrency}
              onChange={(event) => set("concurrency", event.target.value)}
            />
          </label>
        )}
      </form>
      {!cases && (
        <p className="notice notice--error" role="alert">
          Check the inputs: targets are between 0 and 100 %, times are positive.
        </p>
      )}
      {batch.isError && <ErrorState error={batch.error} />}
      {batch.isPending && cases && <Loading label="Calculating…" />}
      {results && (
        <>
          <div className="card-grid card-grid--two">
            <ResultCard title="Erlang C (no abandonment)" result={results[0]} />
            <ResultCard title="Erlang A (callers abandon)" result={results[1]} />
          </div>
          <ServiceLevelCurve
            curve={results.slice(2, 2 + 2 * curveLength)}
            targetFraction={inputs.targetServiceLevelPercent / 100}
          />
        </>
      )}
    </section>
  );
}
