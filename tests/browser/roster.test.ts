import { join } from "node:path";
import { DateTime } from "luxon";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { apiSessionAs, artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const emailOf = (role: string, team?: string) =>
  demoLogins.find((login) => login.role === role && (!team || ("team" in login && login.team === team)))!.email;
const director = emailOf("director");
const manilaAgent = emailOf("agent", "Horizon Manila");

describe.skipIf(!hasBrowser)("the roster and My shifts in Chromium (npm start's server with the demo data)", () => {
  const demo = useDemoAppInChromium("shiftcast-roster-browser-");
  let browser: Browser;
  let baseUrl: string;
  beforeAll(() => {
    ({ browser, baseUrl } = demo());
  });

  it("lets a director forecast the demo queues, generate a week's roster with live progress, review it and publish", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roster" }).click();
    await page.getByRole("heading", { name: "Generate a roster" }).waitFor();

    const createButtons = page.getByRole("button", { name: "Create a 6-week forecast" });
    // Every queue's forecast status must have loaded before the buttons are counted (a status still
    // "checking forecast…" shows its button later, and the count would rise).
    await expect
      .poll(() => page.getByText(/forecast to|no forecast|does not cover/).count(), { timeout: 60_000 })
      .toBe(3);
    // One forecast at a time: the other buttons stay disabled while one is pending, which takes longer on a busy CI machine.
    for (let remaining = await createButtons.count(); remaining > 0; remaining = await createButtons.count()) {
      await createButtons.first().click({ timeout: 120_000 });
      await expect.poll(() => createButtons.count(), { timeout: 120_000 }).toBeLessThan(remaining);
    }
    await expect.poll(() => page.getByText(/^forecast to /).count(), { timeout: 120_000 }).toBe(3);

    await page.getByLabel("Time limit (seconds)").fill("5");
    await page.getByRole("button", { name: "3. Generate roster" }).click();
    await page.getByRole("heading", { name: /^Solving/ }).waitFor();
    await expect.poll(() => page.getByTestId("solve-elapsed").innerText(), { timeout: 30_000 }).not.toMatch(/^0\.0 s/);
    await page.screenshot({ path: join(artifacts, "roster-solving.png") });

    await page.getByRole("heading", { name: "Solve review" }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("heading", { name: /^Solving · (succeeded|cancelled)/ }).count()).toBe(1);
    await page.locator(".shift-event").first().waitFor();
    const review = await page.locator("main").innerText();
    expect(review).toContain("Short of the requirement");
    expect(review).toMatch(/Gap\s+\d/);
    await page.getByRole("heading", { name: "Coverage this week" }).waitFor();
    await page.screenshot({ path: join(artifacts, "roster-review.png"), fullPage: true });

    await page.getByRole("button", { name: "Team grid" }).click();
    await page.locator(".team-grid tbody tr").first().waitFor();
    expect(await page.locator(".team-grid tbody tr").count()).toBeGreaterThan(10);
    await page.locator(".team-grid").screenshot({ path: join(artifacts, "roster-team-grid.png") });
    await page.getByLabel("Show times in").selectOption("other");
    await page.locator(".zone-switcher .block select").selectOption("Asia/Manila");
    await page.getByText("times in Asia/Manila").waitFor();
    await page.getByLabel("Show times in").selectOption({ index: 0 });

    await page.getByRole("button", { name: "Publish" }).click();
    const published = page.getByRole("status").filter({ hasText: "Published version 1." });
    await published.waitFor();
    expect(await published.innerText()).toMatch(/\d+ shifts added, 0 removed, 0 changed/);
    await page.screenshot({ path: join(artifacts, "roster-published.png") });
    await page.close();
  }, 300_000);

  it("shows the demo week's published roster with its simulated service level beside the Erlang estimate, per day and as a band per interval", async () => {
    const planner = await apiSessionAs(baseUrl, director);
    const { queues } = await planner.call<{ queues: Array<{ id: string }> }>("GET", "/api/queues");
    for (const queue of queues) await planner.call("POST", `/api/queues/${queue.id}/forecasts`, { horizonDays: 21 });
    const { agents } = await planner.call<{ agents: Array<{ id: string; timeZone: string; skillQueueIds: string[] }> }>(
      "GET",
      "/api/agents",
    );
    // Next week from Monday 00:00 New York: the demo history ends this week, so its forecast covers it.
    const monday = DateTime.now().setZone("America/New_York").startOf("week").plus({ weeks: 1 });
    const schedule = await planner.call<{ id: string }>("POST", "/api/schedules", {
      name: "Demo week by hand",
      periodStart: monday.toUTC().toISO(),
      periodEnd: monday.plus({ weeks: 1 }).toUTC().toISO(),
      queueIds: queues.map((queue) => queue.id),
    });
    // Monday–Friday 09:00–17:00 in each skilled agent's own zone, on all its skills (a day the New York week cuts is left out).
    for (const agent of agents.filter((item) => item.skillQueueIds.length > 0)) {
      for (let day = 0; day < 6; day += 1) {
        const start = DateTime.fromISO(monday.plus({ days: day }).toISODate()!, { zone: agent.timeZone }).set({
          hour: 9,
        });
        if (start < monday || start.plus({ hours: 8 }) > monday.plus({ weeks: 1 }) || start.weekday > 5) continue;
        await planner.call("POST", `/api/schedules/${schedule.id}/versions/1/shifts`, {
          agentId: agent.id,
          queueIds: agent.skillQueueIds,
          startUtc: start.toUTC().toISO(),
          endUtc: start.plus({ hours: 8 }).toUTC().toISO(),
        });
      }
    }
    await planner.call("POST", `/api/schedules/${schedule.id}/versions/1/publish`);
    await planner.dispose();

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roster" }).click();
    await page.getByLabel("Schedule").selectOption(schedule.id);
    await page.getByRole("heading", { name: "Coverage this week" }).waitFor({ timeout: 60_000 });
    await page.getByTestId("simulation-summary").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("simulation-summary").innerText()).toMatch(
      /^\d+ replications; widest daily 95 % CI ±\d+\.\d %/,
    );
    const days = page.getByRole("table", { name: "Simulated service level per queue and day" }).locator("tbody tr");
    expect(await days.count()).toBeGreaterThanOrEqual(7);
    expect(await days.allInnerTexts()).toContainEqual(
      expect.stringMatching(/\d+\.\d %\s+\d+\.\d % ± \d+\.\d %\s+\d+\.\d %\s+\d+\.\d %/),
    );
    expect(
      await page
        .getByRole("img", { name: /Simulated service level per interval of .* with its 95 % confidence band/ })
        .count(),
    ).toBe(1);
    await page.locator(".simulation").scrollIntoViewIfNeeded();
    await page.locator(".simulation").screenshot({ path: join(artifacts, "roster-simulation.png") });
    await page.close();
  }, 300_000);

  it("tells a planner whose move of a draft shift lost the race that someone else changed it, and shows their change", async () => {
    const planner = await apiSessionAs(baseUrl, director);
    const { agents } = await planner.call<{ agents: Array<{ id: string; name: string; skillQueueIds: string[] }> }>(
      "GET",
      "/api/agents",
    );
    const agent = agents.find((item) => item.skillQueueIds.length > 0)!;
    const { queues } = await planner.call<{ queues: Array<{ id: string; timeZone: string }> }>("GET", "/api/queues");
    const queue = queues.find((item) => item.id === agent.skillQueueIds[0])!;
    // From Monday noon UTC, a Monday in every demo queue's zone, so the page opens on the shift's week.
    const schedule = await planner.call<{ id: string }>("POST", "/api/schedules", {
      name: "Two planners at once",
      periodStart: "2026-06-01T12:00:00Z",
      periodEnd: "2026-06-08T12:00:00Z",
      queueIds: [queue.id],
    });
    // Tuesday 10:00–14:00 in the queue's zone (the page's), inside the calendar's first screen; the other planner moves it an hour later.
    const onTuesday = (hour: number) =>
      DateTime.fromISO(`2026-06-02T${String(hour).padStart(2, "0")}:00`, { zone: queue.timeZone })
        .toUTC()
        .toISO()!;
    const added = await planner.call<{ shift: { id: string; revision: number } }>(
      "POST",
      `/api/schedules/${schedule.id}/versions/1/shifts`,
      { agentId: agent.id, queueIds: [queue.id], startUtc: onTuesday(10), endUtc: onTuesday(14) },
    );

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roster" }).click();
    await page.getByLabel("Schedule").selectOption(schedule.id);
    const event = page.locator(".shift-event").filter({ hasText: agent.name });
    await event.waitFor();
    expect(await event.innerText()).toContain("10:00");

    // The other planner moves it first; this page still shows revision 1.
    await planner.call(
      "PATCH",
      `/api/schedules/${schedule.id}/shifts/${added.shift.id}`,
      { startUtc: onTuesday(11), endUtc: onTuesday(15) },
      { "If-Match": `"${added.shift.revision}"` },
    );
    await event.scrollIntoViewIfNeeded();
    const box = (await event.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(box.x + box.width / 2, box.y + 10 + step * 12);
    await page.mouse.up();

    await page.getByRole("alert").filter({ hasText: "Someone else changed this shift" }).waitFor();
    await expect.poll(() => event.innerText()).toContain("11:00");
    const roster = await planner.call<{ shifts: Array<{ startUtc: string; revision: number }> }>(
      "GET",
      `/api/schedules/${schedule.id}/roster?version=1`,
    );
    expect(roster.shifts.map((shift) => [shift.startUtc, shift.revision])).toEqual([
      [new Date(onTuesday(11)).toISOString(), 2],
    ]);
    await page.screenshot({ path: join(artifacts, "roster-version-conflict.png") });
    await planner.dispose();
    await page.close();
  });

  it("shows a Manila agent a 09:00–17:00 New York shift in Manila time on either side of the US clock change, on a phone", async () => {
    const agentApi = await apiSessionAs(baseUrl, manilaAgent);
    const agentId = agentApi.user.agentId!;
    expect(agentApi.user.effectiveTimeZone).toBe("Asia/Manila");
    await agentApi.dispose();
    const planner = await apiSessionAs(baseUrl, director);
    const agent = await planner.call<{ skillQueueIds: string[] }>("GET", `/api/agents/${agentId}`);
    const schedule = await planner.call<{ id: string }>("POST", "/api/schedules", {
      name: "Across the US clock change",
      periodStart: "2026-03-02T00:00:00Z",
      periodEnd: "2026-03-16T00:00:00Z",
      queueIds: [agent.skillQueueIds[0]],
    });
    // 09:00–17:00 in America/New_York: EST (UTC−5) on 2 March, EDT (UTC−4) on 9 March after the change on 8 March 2026.
    for (const [startUtc, endUtc] of [
      ["2026-03-02T14:00:00Z", "2026-03-02T22:00:00Z"],
      ["2026-03-09T13:00:00Z", "2026-03-09T21:00:00Z"],
    ]) {
      await planner.call("POST", `/api/schedules/${schedule.id}/versions/1/shifts`, {
        agentId,
        queueIds: [agent.skillQueueIds[0]],
        startUtc,
        endUtc,
      });
    }
    await planner.call("POST", `/api/schedules/${schedule.id}/versions/1/publish`);
    await planner.dispose();

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page, baseUrl, manilaAgent);
    await page.getByRole("heading", { name: "My shifts", level: 1 }).waitFor();
    expect(await page.getByText("times in Asia/Manila").count()).toBe(1);

    await page.getByRole("textbox", { name: "Week of" }).fill("2026-03-02");
    const firstWeek = page.getByRole("list", { name: "Week of Mon 2 Mar" });
    await firstWeek.waitFor();
    const monday = firstWeek.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mon 2 Mar" }) });
    expect(await monday.innerText()).toContain("22:00–06:00");
    await page.screenshot({ path: join(artifacts, "my-shifts-phone-week.png"), fullPage: true });

    await page.getByRole("button", { name: "Next week" }).click();
    const secondWeek = page.getByRole("list", { name: "Week of Mon 9 Mar" });
    await secondWeek.waitFor();
    const nextMonday = secondWeek
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Mon 9 Mar" }) });
    expect(await nextMonday.innerText()).toContain("21:00–05:00");

    await page.getByRole("textbox", { name: "Week of" }).fill("2026-03-02");
    await page.getByRole("button", { name: "List" }).click();
    const list = await page.locator(".my-list").innerText();
    expect(list).toMatch(/Mon 2 Mar\s+22:00–06:00/);
    expect(list).toMatch(/Mon 9 Mar\s+21:00–05:00/);
    const pageWidth = await page.evaluate("document.documentElement.scrollWidth");
    expect(pageWidth as number).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(artifacts, "my-shifts-phone-list.png"), fullPage: true });

    await page.getByRole("button", { name: "Create my calendar link" }).click();
    const feedUrl = await page.getByLabel("Your private calendar link").inputValue();
    expect(feedUrl).toMatch(/^http:\/\/.+\.ics$/);
    expect(await page.locator("main").innerText()).toContain("Google every few hours");
    await page.getByRole("heading", { name: "Subscribe in your calendar" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "my-shifts-phone-feed.png") });
    await context.close();
  });
});
