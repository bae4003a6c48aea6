import request from "supertest";
import type { DataSource } from "typeorm";
import { generateDemoHistory } from "../../api/domain/demo/demo-history";
import type { ArrivalProfile } from "../../api/domain/demo/demo-queues";
import { createSeededRandom } from "../../api/domain/random/seeded-random";
import { agent } from "../../api/contracts/agents";
import { queue } from "../../api/contracts/queues";
import { createPersistence } from "../../api/persistence/repositories";
import type { buildTestApp } from "../support/app";
import { agentInput, unique, voiceQueueInput } from "../support/factories";

type App = ReturnType<typeof buildTestApp>;

/** Flat demand (no annual cycle, holidays like any day), so the only seasonal movement is the students'. */
const flatWeekdayProfile: ArrivalProfile = {
  dailyVolume: 1200,
  hourlyShape: Array.from({ length: 24 }, (_, hour) => (hour >= 8 && hour < 20 ? 1 : 0)),
  weekdayFactor: [0, 1, 1, 1, 1, 1, 0, 0],
  annualAmplitude: 0,
  annualPeakDayOfYear: 1,
  holidayFactor: 1,
  holidayRegion: "US",
  ahtSeconds: () => 300,
};

export interface StudentCentre {
  queueId: string;
  studentCohort: string;
  inHouseCohort: string;
}

/**
 * A demo-like centre of its own (unique queue and cohort names, so other files' data cannot leak in):
 * a weekday voice queue with 18 months of history on its own interval grid to 2026-01-05, 16 full-time in-house agents,
 * 30 half-time students (18 of whom stayed through both past summers), and 12 former students in each
 * of 2024 and 2025 who left in June–July: 40 % of the students at risk each summer, as in issue 8.
 */
export async function buildStudentCentre(app: App, dataSource: DataSource): Promise<StudentCentre> {
  const voice = queue.parse(
    (
      await request(app)
        .post("/api/queues")
        .send(voiceQueueInput({ businessHours: [] }))
    ).body,
  );
  const rows = generateDemoHistory(
    flatWeekdayProfile,
    voice.timeZone,
    null,
    voice.intervalMinutes,
    { fromDate: "2024-07-01", toDate: "2026-01-05" },
    createSeededRandom(8),
  );
  await createPersistence(dataSource).repositories.history.replaceRange(
    voice.id,
    new Date(0),
    new Date("2026-01-05T05:00:00Z"),
    rows,
  );
  const studentCohort = unique("student");
  const inHouseCohort = unique("in-house");
  const halfTime = { minMinutesPerWeek: 600, maxMinutesPerWeek: 1200, maxShiftsPerWeek: 5, shiftLengthsMinutes: [240] };
  const leaver = (hireDate: string, year: number, index: number) =>
    agentInput([voice.id], {
      attritionCohort: studentCohort,
      hireDate,
      endDate: `${year}-${index < 6 ? "06" : "07"}-${String(5 + 4 * (index % 6)).padStart(2, "0")}`,
      contract: halfTime,
    });
  const drafts = [
    ...Array.from({ length: 16 }, () =>
      agentInput([voice.id], { attritionCohort: inHouseCohort, hireDate: "2023-03-01" }),
    ),
    ...Array.from({ length: 18 }, () =>
      agentInput([voice.id], { attritionCohort: studentCohort, hireDate: "2024-01-08", contract: halfTime }),
    ),
    ...Array.from({ length: 12 }, () =>
      agentInput([voice.id], { attritionCohort: studentCohort, hireDate: "2025-09-01", contract: halfTime }),
    ),
    ...Array.from({ length: 12 }, (_, index) => leaver("2023-09-04", 2024, index)),
    ...Array.from({ length: 12 }, (_, index) => leaver("2024-09-02", 2025, index)),
  ];
  for (const draft of drafts) agent.parse((await request(app).post("/api/agents").send(draft)).body);
  return { queueId: voice.id, studentCohort, inHouseCohort };
}
