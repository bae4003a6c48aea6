import { NextStep } from "../../../components/ui/NextStep";
import { PageHeader } from "../../../components/ui/states";
import { ErlangCalculator } from "./ErlangCalculator";
import { RequirementsView } from "./RequirementsView";

export function StaffingPage() {
  return (
    <>
      <PageHeader
        title="Staffing"
        subtitle="Agents needed per interval against a service-level target: Erlang C, Erlang A with abandonment, chat concurrency and email response windows."
        actions={<NextStep to="/roster" label="Next: generate a roster" />}
      />
      <ErlangCalculator />
      <RequirementsView />
    </>
  );
}
