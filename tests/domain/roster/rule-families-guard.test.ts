import { describe, expect, it } from "vitest";
import type { RuleFamily } from "../../../api/domain/roster/milp/model-builder";
import { buildMicro, microAgent, microProblem } from "./micro-problem";

/** Fails when a rule family stops adding rows (or, for filters, stops removing shifts). */
describe("rule family guard", () => {
  const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday: weekday as 1,
    startLocal: "06:00",
    endLocal: "23:00",
  }));
  const contract = {
    ...microAgent("x").contract,
    maxConsecutiveDays: 5,
    minMinutesPerWeek: 1200,
    shiftLengthsMinutes: [480, 720],
    earliestStartLocal: "07:00",
    latestEndLocal: "23:00",
  };
  const problem = microProblem({
    periodEndUtc: "2026-03-16T00:00:00Z",
    queues: [
      { id: "voice", priorityWeight: 1 },
      { id: "chat", priorityWeight: 1 },
    ],
    agents: [
      microAgent("ana", {
        availability: everyDay,
        contract,
        skills: ["voice", "chat"],
        timeOff: [{ localDate: "2026-03-12" }],
      }),
      microAgent("ben", { availability: everyDay, contract }),
      microAgent("cy", { skills: ["email"] }),
    ],
  });
  const model = buildMicro(problem);

  const rowFamilies: RuleFamily[] = [
    "coverage",
    "skills",
    "rest",
    "weekly_rest",
    "contract_hours",
    "consecutive_days",
    "fairness",
  ];
  it.each(rowFamilies)("keeps the rows of %s", (family) => {
    expect(model.rowCountByFamily[family] ?? 0).toBeGreaterThan(0);
  });

  it.each(["availability", "time_off", "contract_hours", "skills"] as const)(
    "keeps filtering shifts by %s",
    (filter) => {
      expect(model.prunedByRule[filter]).toBeGreaterThan(0);
    },
  );
});
