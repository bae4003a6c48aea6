import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { errorResponse } from "../../api/contracts/errors";
import { createForecast } from "../../api/contracts/forecasts";
import { solveSchedule } from "../../api/contracts/schedules";
import { submitSolveJob } from "../../api/contracts/solve-jobs";
import { calculateStaffing, computeRequirements } from "../../api/contracts/staffing";
import { buildTestApp } from "../support/app";
import { useOwnDatabase } from "../support/own-database";
import { tableChecksums, type TableChecksum } from "../support/table-checksums";
import { createAgent, createQueue, type App } from "./schedules-support";

/**
 * Bad input thrown at every import and solve endpoint: generated malformed CSV files and JSON bodies
 * (fast-check, seeded, so a failure replays). Each answer must be a refusal, never a 500, and the
 * database must be exactly as before: the row count and an md5 of every table's rows (all tables,
 * in a database of this file's own; requests act as the system, so no sign-in writes sessions or
 * throttle rows and nothing needs leaving out).
 */
const numRuns = 40;
const seed = 20_261_204;
const property = { numRuns, seed, endOnFailure: true };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;
type Answer = request.Response;

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const children: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function replaced(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, index) => (index === key ? replaced(item, rest, replacement) : item));
  const object = value as { [key: string]: Json };
  return { ...object, [key!]: replaced(object[key!]!, rest, replacement) };
}

const valueAt = (value: Json, path: Path): Json =>
  path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
const kindOf = (value: Json) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** Values of another JSON type than the one found there, and numbers out of any sane range. */
function replacementsFor(found: Json): Json[] {
  const others: Json[] = ["§", -7.5, true, [], {}, "2026-02-30T25:00:00Z"].filter(
    (candidate) => kindOf(candidate) !== kindOf(found),
  );
  return typeof found === "number" ? [...others, -1, 1e12, 0.5, Number.MAX_SAFE_INTEGER] : others;
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Malformed bodies near a valid one: a leaf or a subtree replaced by a value of another type (kept
 * only when the endpoint's contract refuses it, so each is one step from valid), cut-off JSON text,
 * text that is not JSON, and arbitrary JSON. Each comes as the raw text to send.
 */
function malformedJson(valid: Json, schema: z.ZodType): fc.Arbitrary<string> {
  const text = JSON.stringify(valid);
  const paths = pathsOf(valid);
  const mutated = fc
    .constantFrom(...paths)
    .chain((path) =>
      fc
        .constantFrom(...replacementsFor(valueAt(valid, path)))
        .map((replacement) => replaced(valid, path, replacement)),
    )
    .filter((body) => !schema.safeParse(body).success)
    .map((body) => JSON.stringify(body));
  const cutOff = fc.integer({ min: 1, max: text.length - 1 }).map((length) => text.slice(0, length));
  const notJson = fc.string({ minLength: 1, maxLength: 200 }).filter((candidate) => !isJson(candidate));
  const arbitrary = fc
    .jsonValue({ maxDepth: 3 })
    .filter((body) => !schema.safeParse(body).success)
    .map((body) => JSON.stringify(body));
  return fc.oneof(
    { arbitrary: mutated, weight: 4 },
    { arbitrary: cutOff, weight: 2 },
    { arbitrary: notJson, weight: 1 },
    { arbitrary, weight: 1 },
  );
}

const describeAnswer = (answer: Answer) => `${answer.status} ${answer.text.slice(0, 500)}`;

/** 4xx in the one error shape; a validation failure names the field it is about. */
function expectErrorShape(answer: Answer): void {
  expect(answer.status, describeAnswer(answer)).toBeGreaterThanOrEqual(400);
  expect(answer.status, describeAnswer(answer)).toBeLessThan(500);
  const { error } = errorResponse.parse(answer.body);
  if (error.code === "validation_failed") {
    expect(
      error.details.some((detail) => /^(body|query|params|headers)\b/.test((detail as { path?: string }).path ?? "")),
      describeAnswer(answer),
    ).toBe(true);
  }
}

interface ImportProblem {
  rowNumber?: number | null;
  row?: number;
  column?: string | null;
  path?: string;
}

/**
 * A CSV import refuses a file either with the error shape (an unreadable body) or with its report:
 * isWritten false and problems that say where (a row, and a column or field path where one is to
 * blame) unless they are about the whole file (no timestamp column: row null). The report comes
 * with 200 today; answering it with 422 is planned, so any 4xx passes too.
 */
function expectCsvRefusal(answer: Answer): void {
  expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500), describeAnswer(answer)).toBe(true);
  if (answer.body?.error) return expectErrorShape(answer);
  expect(answer.body.isWritten, describeAnswer(answer)).toBe(false);
  const problems = answer.body.errors as ImportProblem[];
  expect(problems.length, describeAnswer(answer)).toBeGreaterThan(0);
  for (const problem of problems) {
    const isAboutTheFile = problem.rowNumber === null && !problem.column;
    expect(
      isAboutTheFile || problem.rowNumber != null || problem.row !== undefined || Boolean(problem.path),
      describeAnswer(answer),
    ).toBe(true);
  }
}

describe("bad input at the import and solve endpoints", () => {
  const dataSource = useOwnDatabase("fuzz");
  let app: App;
  let queueId: string;
  let agentCsv: { header: string[]; row: string[] };
  let baseline: TableChecksum[];

  const expectUnchanged = async () => expect(await tableChecksums(dataSource())).toEqual(baseline);

  const sendJson = (method: "post", path: string, text: string) =>
    request(app)[method](path).set("Content-Type", "application/json").send(text);

  beforeAll(async () => {
    app = buildTestApp(dataSource());
    const queue = await createQueue(app, { timeZone: "Europe/London", name: "Fuzz Voice" });
    queueId = queue.id;
    await createAgent(app, queue.id, { timeZone: "Europe/London", email: "kept@example.test" });
    // Stored history on the days the files below cover: a file that replaced part of them before failing would show.
    const history = [
      "timestamp,count,aht_seconds",
      ...Array.from({ length: 48 }, (_unused, slot) => `${slotStart(slot)},${10 + slot},300`),
    ].join("\n");
    const imported = await request(app)
      .post(`/api/queues/${queueId}/history`)
      .set("Content-Type", "text/csv")
      .send(history);
    expect(imported.body.isWritten).toBe(true);
    const [header, row] = parse(
      await request(app)
        .get("/api/agents/export")
        .then((answer) => answer.text),
    ) as string[][];
    agentCsv = { header: header!, row: row! };
    baseline = await tableChecksums(dataSource());
    expect(baseline.find((table) => table.table === "public.history_intervals")!.rowCount).toBeGreaterThan(0);
  });

  it("refuses malformed history files whole and writes nothing", async () => {
    const goodRow = fc
      .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 1200 }))
      .map(([slot, count, aht]) => `${slotStart(slot)},${count},${aht}`);
    const badRow = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 95 }), fc.constantFrom("-3", "abc", "NaN", "", "twelve", "1/2", "∞", "-0.5"))
        .map(([slot, count]) => `${slotStart(slot)},${count},300`),
      fc
        .constantFrom(
          "yesterday",
          "2026-02-30T09:00:00",
          "2026-01-05T25:00:00",
          "",
          "2026-01-05T09:00:00+25:00",
          "31/01/2026 09:00",
        )
        .map((timestamp) => `${timestamp},12,300`),
      fc
        .tuple(fc.integer({ min: 0, max: 95 }), fc.constantFrom("-5", "abc", "-1:00"))
        .map(([slot, aht]) => `${slotStart(slot)},12,${aht}`),
      fc.integer({ min: 0, max: 95 }).map((slot) => `"${slotStart(slot)},12,300`),
      fc.integer({ min: 0, max: 95 }).map((slot) => `${slotStart(slot)},1"2,300`),
      fc.integer({ min: 0, max: 95 }).map((slot) => slotStart(slot)),
    );
    const dialect = fc.record({ bom: fc.boolean(), newline: fc.constantFrom("\n", "\r\n"), trailing: fc.boolean() });
    const file = fc.oneof(
      {
        arbitrary: fc
          .tuple(
            fc.array(goodRow, { maxLength: 20 }),
            badRow,
            fc.array(fc.oneof(goodRow, badRow), { maxLength: 10 }),
            dialect,
          )
          .map(
            ([before, bad, after, { bom, newline, trailing }]) =>
              (bom ? "\uFEFF" : "") +
              ["timestamp,count,aht_seconds", ...before, bad, ...after].join(newline) +
              (trailing ? newline : ""),
          ),
        weight: 5,
      },
      {
        arbitrary: fc
          .tuple(
            fc.constantFrom("when,count", "timestamp;count", "count,aht_seconds", ""),
            fc.array(goodRow, { maxLength: 5 }),
          )
          .map(([header, rows]) => [header, ...rows].join("\n")),
        weight: 1,
      },
      { arbitrary: fc.string({ maxLength: 300 }), weight: 1 },
    );
    const query = fc.constantFrom<Record<string, string>>(
      {},
      {},
      {},
      { skipInvalid: "maybe" },
      { onDuplicate: "ignore" },
    );
    await fc.assert(
      fc.asyncProperty(file, query, async (csv, search) => {
        const answer = await request(app)
          .post(`/api/queues/${queueId}/history`)
          .query(search)
          .set("Content-Type", "text/csv")
          .send(csv);
        if ("skipInvalid" in search || "onDuplicate" in search) expectErrorShape(answer);
        else expectCsvRefusal(answer);
        await expectUnchanged();
      }),
      property,
    );
  });

  it("refuses malformed agent files whole and writes nothing", async () => {
    const badCells: Record<string, string[]> = {
      email: ["not-an-email", "", "two@@example.test"],
      time_zone: ["Mars/Olympus", "", "UTC+25"],
      hire_date: ["2025-13-01", "yesterday", ""],
      min_minutes_per_week: ["-5", "abc"],
      max_shifts_per_week: ["eight", "-1"],
      shift_lengths_minutes: ["abc", "-60"],
      availability: ["Funday 09:00-17:00", "Mon 25:00-26:00", "Mon"],
    };
    const column = (name: string) => agentCsv.header.indexOf(name);
    const goodRow = fc
      .integer({ min: 1, max: 1_000_000 })
      .map((n) => agentCsv.row.map((cell, index) => (index === column("email") ? `fuzz-${n}@example.test` : cell)));
    const badRow = fc
      .constantFrom(...Object.keys(badCells))
      .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...badCells[name]!), goodRow))
      .map(([name, bad, row]) => row.map((cell, index) => (index === column(name) ? bad : cell)));
    const file = fc.oneof(
      {
        arbitrary: fc
          .tuple(fc.array(goodRow, { maxLength: 5 }), badRow, fc.array(fc.oneof(goodRow, badRow), { maxLength: 5 }))
          .map(([before, bad, after]) => stringify([agentCsv.header, ...before, bad, ...after])),
        weight: 5,
      },
      {
        arbitrary: fc
          .tuple(fc.subarray(agentCsv.header, { minLength: 1, maxLength: agentCsv.header.length - 4 }), goodRow)
          .map(([header, row]) => stringify([header, row])),
        weight: 1,
      },
      { arbitrary: fc.string({ maxLength: 300 }).map((text) => `${agentCsv.header.join(",")}\n"${text}`), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(file, async (csv) => {
        expectCsvRefusal(await request(app).post("/api/agents/import").set("Content-Type", "text/csv").send(csv));
        await expectUnchanged();
      }),
      property,
    );
  });

  it("refuses a JSON body sent to a CSV import with 415", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(`/api/queues/QUEUE/history`, "/api/agents/import"),
        async (body, path) => {
          const answer = await sendJson("post", path.replace("QUEUE", queueId), JSON.stringify(body));
          expectErrorShape(answer);
          expect(answer.status).toBe(415);
          await expectUnchanged();
        },
      ),
      { ...property, numRuns: 10 },
    );
  });

  const solveEndpoints: Array<{ name: string; path: () => string; schema: z.ZodType; valid: () => Promise<Json> }> = [
    {
      name: "POST /api/schedules/solve",
      path: () => "/api/schedules/solve",
      schema: solveSchedule.body,
      valid: async () => ({
        periodStart: "2026-01-05T00:00:00Z",
        periodEnd: "2026-01-12T00:00:00Z",
        queueIds: [queueId],
        options: { timeLimitSeconds: 5, relativeGap: 0.01, quantile: "p80" },
      }),
    },
    {
      name: "POST /api/solve-jobs (roster)",
      path: () => "/api/solve-jobs",
      schema: submitSolveJob.body,
      valid: async () => ({
        kind: "roster",
        input: JSON.parse(await readFile("docs/examples/roster-problem.json", "utf8")) as Json,
        options: { timeLimitSeconds: 5, relativeGap: 0.01 },
      }),
    },
    {
      name: "POST /api/solve-jobs (shift design)",
      path: () => "/api/solve-jobs",
      schema: submitSolveJob.body,
      valid: async () => ({
        kind: "shift-design",
        input: JSON.parse(await readFile("tests/fixtures/shift-design-example.json", "utf8")) as Json,
        options: { timeLimitSeconds: 5, relativeGap: 0.01 },
      }),
    },
    {
      name: "POST /api/staffing/calculate",
      path: () => "/api/staffing/calculate",
      schema: calculateStaffing.body,
      valid: async (): Promise<{ cases: Json[] }> => ({
        cases: [
          {
            callsPerInterval: 120,
            intervalSeconds: 1800,
            ahtSeconds: 300,
            targetAnswerSeconds: 20,
            targetServiceLevel: 0.8,
            shrinkage: 0.3,
          },
          {
            callsPerInterval: 40,
            intervalSeconds: 1800,
            ahtSeconds: 600,
            targetAnswerSeconds: 60,
            targetServiceLevel: 0.8,
            channel: "chat",
            concurrency: 2,
          },
        ],
      }),
    },
    {
      name: "POST /api/staffing/requirements",
      path: () => "/api/staffing/requirements",
      schema: computeRequirements.body,
      valid: async () => ({
        queue: { channel: "voice", targetServiceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 0.3 },
        intervalSeconds: 1800,
        intervals: [0, 1, 2].map((slot) => ({
          intervalStart: new Date(Date.UTC(2026, 0, 5, 9) + slot * 1_800_000).toISOString(),
          volume: 50 + slot,
          ahtSeconds: 300,
        })),
      }),
    },
    {
      name: "POST /api/queues/:queueId/forecasts",
      path: () => `/api/queues/${queueId}/forecasts`,
      schema: createForecast.body,
      valid: async () => ({ horizonDays: 7, method: "seasonal-naive", startDate: "2026-01-06" }),
    },
  ];

  for (const endpoint of solveEndpoints) {
    it(`refuses malformed JSON at ${endpoint.name} with a 4xx naming the field, and writes nothing`, async () => {
      const valid = await endpoint.valid();
      expect(endpoint.schema.safeParse(valid).success).toBe(true);
      await fc.assert(
        fc.asyncProperty(malformedJson(valid, endpoint.schema), async (text) => {
          expectErrorShape(await sendJson("post", endpoint.path(), text));
          await expectUnchanged();
        }),
        property,
      );
    });
  }
});

/** The start of a 30-minute slot from Monday 5 January 2026 00:00 in London (UTC in winter), as a file writes it. */
function slotStart(slot: number): string {
  return new Date(Date.UTC(2026, 0, 5) + slot * 1_800_000).toISOString().slice(0, 19);
}
