import { join } from "node:path";
import { DateTime } from "luxon";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorResponse } from "../../api/contracts/errors";
import type { ForecastDetail, ForecastSummary } from "../../api/contracts/forecasts";
import type { QueueDto } from "../../api/contracts/queues";
import { demoLogins } from "../../api/services/demo-seed";
import { apiSessionAs, artifacts, hasBrowser, signIn, useDemoAppInChromium, type ApiSession } from "./harness";

const planner = demoLogins.find((login) => login.role === "planner")!.email;
const timeZone = "Europe/London";

/** The numbers the page prints ("1,481", "18.2") read back as numbers. */
const volumeIn = async (cell: Locator) => Number((await cell.innerText()).replace(/,/g, ""));

/** The page prints volumes from 100 up as whole numbers and below with one decimal, so a shown value is within half of that step. */
async function expectShownNear(cell: Locator, exact: number): Promise<void> {
  expect(Math.abs((await volumeIn(cell)) - exact)).toBeLessThanOrEqual((exact >= 100 ? 0.5 : 0.05) + 1e-9);
}

describe.skipIf(!hasBrowser)("planner overrides of a forecast in Chromium", () => {
  const demo = useDemoAppInChromium("shiftcast-overrides-browser-");
  let browser: Browser;
  let baseUrl: string;
  let session: ApiSession;
  let queueId: string;
  let forecastId: string;
  let day: ForecastDetail["dailyTotals"][number];
  let tenOClock: ForecastDetail["intervals"][number];

  beforeAll(async () => {
    ({ browser, baseUrl } = demo());
    session = await apiSessionAs(baseUrl, planner);
    const { queues } = await session.call<{ queues: QueueDto[] }>("GET", "/api/queues");
    queueId = queues.find((queue) => queue.name === "Chat – EMEA")!.id;
    // A fixed method keeps the backtest to one candidate: the forecast is the setting here, not the subject.
    const forecast = await session.call<ForecastSummary>("POST", `/api/queues/${queueId}/forecasts`, {
      horizonDays: 14,
      method: "seasonal-naive",
    });
    forecastId = forecast.id;
    const totals = await session.call<ForecastDetail>(
      "GET",
      `/api/queues/${queueId}/forecasts/${forecastId}?granularity=day&from=${forecast.startDate}&to=${forecast.endDate}`,
    );
    // Not the first day, which the page shows first: the planner picks the day.
    day = totals.dailyTotals.find((total, index) => index > 0 && total.expected >= 100)!;
    const nextDate = DateTime.fromISO(day.localDate, { zone: "UTC" }).plus({ days: 1 }).toISODate()!;
    const intervals = await session.call<ForecastDetail>(
      "GET",
      `/api/queues/${queueId}/forecasts/${forecastId}?from=${day.localDate}&to=${nextDate}`,
    );
    tenOClock = intervals.intervals.find(
      (interval) => DateTime.fromISO(interval.intervalStart, { zone: timeZone }).toFormat("HH:mm") === "10:00",
    )!;
  });
  afterAll(async () => {
    await session?.dispose();
  });

  it("lets a planner scale a day and set an interval, shows the computed values beside them, and shows the server's refusal in the form", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, planner);
    await page.goto(`${baseUrl}/forecast?queue=${queueId}`);
    const panel = page.getByRole("region", { name: "Planner overrides" });
    await panel.getByLabel("Day", { exact: true }).selectOption(day.localDate);
    const dayName = DateTime.fromISO(day.localDate, { zone: "UTC" }).toFormat("ccc d LLL");
    const totalCells = panel
      .getByRole("table", { name: "Daily totals" })
      .getByRole("row", { name: dayName, exact: true })
      .getByRole("cell");
    await totalCells.first().waitFor();
    const shownBefore = await totalCells.nth(0).innerText();
    await expectShownNear(totalCells.nth(0), day.expected);
    expect(await totalCells.nth(1).innerText()).toBe("–");

    const scaleForm = panel.getByRole("form", { name: "Scale the day" });
    await scaleForm.getByLabel("Scale by").fill("1.2");
    await scaleForm.getByLabel("Note").fill("Spring campaign");
    await scaleForm.getByRole("button", { name: "Scale day" }).click();
    await scaleForm
      .getByRole("status")
      .filter({ hasText: `${dayName} scaled by × 1.2` })
      .waitFor();
    await expectShownNear(totalCells.nth(0), day.expected * 1.2);
    expect(await totalCells.nth(1).innerText()).toBe(shownBefore);
    expect(await totalCells.nth(2).innerText()).toBe("+20.0 %");
    const intervalsTable = panel.getByRole("table", { name: `Intervals on ${dayName}` });
    const tenOClockCells = intervalsTable.getByRole("row", { name: "10:00", exact: true }).getByRole("cell");
    await expectShownNear(tenOClockCells.nth(0), tenOClock.expected * 1.2);
    await expectShownNear(tenOClockCells.nth(2), tenOClock.expected);
    expect(await tenOClockCells.nth(3).innerText()).toBe("Spring campaign");

    const intervalForm = panel.getByRole("form", { name: "Set one interval" });
    await intervalForm.getByLabel("Interval").selectOption(tenOClock.intervalStart);
    await intervalForm.getByLabel("Expected contacts").fill("42");
    await intervalForm.getByLabel("Note").fill("Webinar");
    await intervalForm.getByRole("button", { name: "Set interval" }).click();
    await intervalForm
      .getByRole("status")
      .filter({ hasText: `10:00 on ${dayName} set to 42.0 contacts` })
      .waitFor();
    expect(await tenOClockCells.nth(0).innerText()).toBe("42.0");
    // The original is the computed value, kept from the first override (the scale), not the scaled one.
    await expectShownNear(tenOClockCells.nth(2), tenOClock.expected);
    expect(await tenOClockCells.nth(3).innerText()).toBe("Webinar");
    await expectShownNear(totalCells.nth(0), day.expected * 1.2 - tenOClock.expected * 1.2 + 42);

    await page.screenshot({ path: join(artifacts, "forecast-overrides.png"), fullPage: true });
    const chartPanel = page.getByRole("region", { name: "History and forecast" });
    await chartPanel.getByRole("button", { name: "Week" }).click();
    await chartPanel.getByRole("button", { name: "Week" }).and(page.locator("[aria-pressed=true]")).waitFor();
    await chartPanel.screenshot({ path: join(artifacts, "forecast-overrides-week.png") });

    const shownTotal = await totalCells.nth(0).innerText();
    const refusal = await session
      .call("POST", `/api/queues/${queueId}/forecasts/${forecastId}/overrides`, {
        kind: "scale-day",
        localDate: day.localDate,
        factor: 1000,
      })
      .then(
        () => null,
        (error: Error) => JSON.parse(error.message.slice(error.message.indexOf("{"))) as ErrorResponse,
      );
    const problem = refusal!.error.details[0] as { path: string; message: string };
    expect(problem.path).toBe("body.factor");
    await scaleForm.getByLabel("Scale by").fill("1000");
    await scaleForm.getByRole("button", { name: "Scale day" }).click();
    const alert = scaleForm.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`Scale by: ${problem.message}`);
    expect(await scaleForm.getByLabel("Scale by").getAttribute("aria-invalid")).toBe("true");
    expect(await scaleForm.getByRole("status").count()).toBe(0);
    expect(await totalCells.nth(0).innerText()).toBe(shownTotal);
    await page.close();
  });
});
