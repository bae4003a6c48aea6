/**
 * `npx tsx scripts/bench-roster-page.ts`: how long the Roster page takes to paint 300 agents × 1 week
 * after the roster's data arrives (issue 7: goal < 1.5 s). Serves the built client (run `npx vite
 * build` first) with a synthetic API on 127.0.0.1, opens /roster in Debian's Chromium and reads the
 * page's own User Timing measure `roster-render` (from the `roster-data-arrived` mark set when the
 * roster response is parsed, to the first frame after React committed the calendar, coverage strip
 * and heatmap). Also times the switch to the team grid. Prints figures; asserts nothing.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";
import { MINUTES_PER_WEEK, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_WEEK } from "../api/domain/time/durations";

const AGENTS = 300;
const RUNS = 5;
const dist = "client/dist";
const scheduleId = "00000000-0000-4000-8000-000000000001";
const periodStart = Date.parse("2026-03-02T05:00:00Z");
const periodEnd = periodStart + MS_PER_WEEK;
const zones = ["America/New_York", "Europe/London", "Asia/Manila", "Africa/Johannesburg", "Australia/Sydney"];
const queues = [
  {
    id: "00000000-0000-4000-8000-0000000000a1",
    name: "Voice – Americas",
    timeZone: "America/New_York",
    priorityWeight: 3,
    targetAnswerSeconds: 20,
  },
  {
    id: "00000000-0000-4000-8000-0000000000a2",
    name: "Chat – EMEA",
    timeZone: "Europe/London",
    priorityWeight: 2,
    targetAnswerSeconds: 60,
  },
  {
    id: "00000000-0000-4000-8000-0000000000a3",
    name: "Email – APAC",
    timeZone: "Asia/Manila",
    priorityWeight: 1,
    targetAnswerSeconds: null,
  },
];
const uuid = (kind: number, index: number) =>
  `00000000-0000-4000-${(8000 + kind).toString(16)}-${index.toString(16).padStart(12, "0")}`;
const iso = (ms: number) => new Date(ms).toISOString();

const agents = Array.from({ length: AGENTS }, (_unused, index) => ({
  id: uuid(1, index),
  name: `Agent ${String(index + 1).padStart(3, "0")}`,
  email: `agent${index}@example.test`,
  team: `Team ${index % 12}`,
  timeZone: zones[index % zones.length],
  vendor: index % 3 === 0 ? "Horizon BPO" : null,
  attritionCohort: index % 4 === 0 ? "student" : "regular",
  tags: [],
  hireDate: "2024-01-01",
  endDate: null,
  skillQueueIds: [queues[index % 3].id],
  contract: { minMinutesPerWeek: 1200, maxMinutesPerWeek: 2400, maxShiftsPerWeek: 5, shiftLengthsMinutes: [480] },
  availability: [],
}));

/** Five 8-hour shifts per agent with a break and a lunch, starting on the hour between 00:00 and 15:00 UTC. */
const shifts = agents.flatMap((agent, agentIndex) =>
  Array.from({ length: 5 }, (_unused, day) => {
    const startMs = periodStart + day * MS_PER_DAY + ((agentIndex * 7) % 16) * MS_PER_HOUR;
    return {
      id: uuid(2, agentIndex * 5 + day),
      shiftKey: uuid(3, agentIndex * 5 + day),
      agentId: agent.id,
      agentName: agent.name,
      agentTimeZone: agent.timeZone,
      vendor: agent.vendor,
      queueIds: agent.skillQueueIds,
      startUtc: iso(startMs),
      endUtc: iso(startMs + 8 * MS_PER_HOUR),
      breaks: [
        { kind: "break", startUtc: iso(startMs + 2 * MS_PER_HOUR), endUtc: iso(startMs + 2.25 * MS_PER_HOUR) },
        { kind: "lunch", startUtc: iso(startMs + 4 * MS_PER_HOUR), endUtc: iso(startMs + 4.5 * MS_PER_HOUR) },
      ],
      sequence: 0,
    };
  }),
);

const coverage = queues.flatMap((queue, queueIndex) =>
  Array.from({ length: MINUTES_PER_WEEK / 30 }, (_unused, interval) => {
    const requiredAgents = 20 + Math.round(15 * Math.sin((interval / 48) * Math.PI * 2 + queueIndex));
    const scheduledAgents = Math.max(0, requiredAgents + ((interval * 7 + queueIndex) % 9) - 5);
    return {
      queueId: queue.id,
      intervalStartUtc: iso(periodStart + interval * 1_800_000),
      requiredAgents,
      scheduledAgents,
      shortAgents: Math.max(0, requiredAgents - scheduledAgents),
      expectedServiceLevelFraction: scheduledAgents >= requiredAgents ? 0.85 : 0.6,
    };
  }),
);

const schedule = {
  id: scheduleId,
  name: "Bench: 300 agents",
  periodStartUtc: iso(periodStart),
  periodEndUtc: iso(periodEnd),
  queues,
  intervalMinutes: 30,
  publishedVersionNumber: null,
  createdAt: iso(periodStart),
  versions: [
    {
      id: uuid(4, 1),
      number: 1,
      status: "draft",
      isCurrent: false,
      source: "manual",
      solveJobId: null,
      solveSummary: null,
      createdBy: "bench",
      createdAt: iso(periodStart),
      publishedBy: null,
      publishedAt: null,
      diff: null,
    },
  ],
  solves: [],
  queuesWithoutRequirements: [],
};
const user = {
  id: uuid(5, 1),
  email: "bench@example.test",
  displayName: "Bench Director",
  role: "director",
  vendor: null,
  agentId: null,
  displayTimeZone: null,
  effectiveTimeZone: "America/New_York",
  organisationName: "Bench",
};

function apiAnswer(path: string): unknown {
  if (path === "/api/auth/session") return { user, csrfToken: "bench" };
  if (path === "/api/queues") return { queues };
  if (/^\/api\/queues\/[^/]+\/forecasts$/.test(path)) return { forecasts: [] };
  if (path === "/api/agents") return { agents };
  if (path === "/api/schedules") return { schedules: [schedule] };
  if (path === `/api/schedules/${scheduleId}`) return schedule;
  if (path === `/api/schedules/${scheduleId}/roster`)
    return {
      scheduleId,
      versionNumber: 1,
      status: "draft",
      from: iso(periodStart),
      to: iso(periodEnd),
      intervalMinutes: 30,
      shifts,
      coverage,
    };
  return null;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

async function serve(request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path.startsWith("/api/")) {
    const body = apiAnswer(path);
    response.writeHead(body === null ? 404 : 200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(body ?? { error: { code: "not_found", message: path, details: [] } }));
    return;
  }
  const file = path.startsWith("/assets/") ? join(dist, path) : join(dist, "index.html");
  try {
    const content = await readFile(file);
    response.writeHead(200, { "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream" });
    response.end(content);
  } catch {
    response.writeHead(404).end();
  }
}

const server = createServer((request, response) => void serve(request, response));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const address = server.address();
const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});

const renders: number[] = [];
const gridSwitches: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/roster?schedule=${scheduleId}`);
    await page.waitForFunction(() => performance.getEntriesByName("roster-render").length > 0, undefined, {
      timeout: MS_PER_MINUTE,
    });
    renders.push(await page.evaluate(() => performance.getEntriesByName("roster-render")[0].duration));
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    const gridMs = (await page.evaluate(`new Promise((resolve) => {
      const button = [...document.querySelectorAll("button")].find((item) => item.textContent === "Team grid");
      const started = performance.now();
      button.click();
      const check = () => (document.querySelectorAll(".team-grid tbody tr").length > 0 ? requestAnimationFrame(() => resolve(performance.now() - started)) : requestAnimationFrame(check));
      check();
    })`)) as number;
    gridSwitches.push(gridMs);
    if (run === 0) {
      const rows = await page.locator(".team-grid tbody tr").count();
      console.log(
        `data: ${agents.length} agents, ${shifts.length} shifts, ${coverage.length} coverage intervals; team grid rows: ${rows}`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (values: number[]) => values.map((value) => value.toFixed(0)).join(", ");
console.log(
  `roster page render after data arrives (calendar week + coverage strip + heatmap): median ${median(renders).toFixed(0)} ms over ${RUNS} loads [${format(renders)}] — goal < 1500 ms`,
);
console.log(
  `switch to the team grid (300 rows × 7 days): median ${median(gridSwitches).toFixed(0)} ms [${format(gridSwitches)}]`,
);
