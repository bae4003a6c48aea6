import { join } from "node:path";
import { DateTime } from "luxon";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { apiSessionAs, artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const director = demoLogins.find((login) => login.role === "director")!.email;

interface Named {
  id: string;
  name: string;
}

describe.skipIf(!hasBrowser)("repairing a published roster in Chromium (the director's side)", () => {
  const demo = useDemoAppInChromium("shiftcast-repair-browser-");
  let browser: Browser;
  let baseUrl: string;
  beforeAll(() => {
    ({ browser, baseUrl } = demo());
  });

  it("marks an agent absent on the team grid, shows the proposed repair as a difference with its premium, and accepts it", async () => {
    const api = await apiSessionAs(baseUrl, director);
    const queue = (await api.call<{ queues: (Named & { timeZone: string })[] }>("GET", "/api/queues")).queues[0]!;
    const agents = (await api.call<{ agents: (Named & { skillQueueIds: string[] })[] }>("GET", "/api/agents")).agents
      .filter((agent) => agent.skillQueueIds.includes(queue.id))
      .slice(0, 2);
    // Next week: inside the 14-day notice window from now, so each change owes the premium.
    const monday = DateTime.utc().startOf("week").plus({ weeks: 1 });
    const schedule = await api.call<{ id: string }>("POST", "/api/schedules", {
      name: "Repair week",
      periodStart: monday.toISO(),
      periodEnd: monday.plus({ weeks: 1 }).toISO(),
      queueIds: [queue.id],
    });
    const tuesday = monday.plus({ days: 1 });
    for (const agent of agents) {
      await api.call("POST", `/api/schedules/${schedule.id}/versions/1/shifts`, {
        agentId: agent.id,
        queueIds: [queue.id],
        startUtc: tuesday.plus({ hours: 14 }).toISO(),
        endUtc: tuesday.plus({ hours: 22 }).toISO(),
      });
    }
    await api.call("POST", `/api/schedules/${schedule.id}/versions/1/publish`);
    await api.dispose();

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.goto(`${baseUrl}/roster?schedule=${schedule.id}`);
    await page.getByRole("button", { name: "Team grid" }).click();
    const absent = agents[0]!;
    await page.getByRole("button", { name: `Mark ${absent.name} absent` }).click();
    await page.getByRole("heading", { name: `Absence and repair · ${absent.name}` }).waitFor();
    const panel = page.locator(".repair-panel");
    await panel.locator("select").nth(0).selectOption(tuesday.toISODate()!);
    await panel.locator("select").nth(1).selectOption("sick");
    await panel.getByRole("button", { name: "Record absence" }).click();
    await panel.getByText(/the published roster is unchanged until a repair is accepted/).waitFor();
    await panel.getByRole("button", { name: "Propose repair" }).click();
    const diff = page.locator("table.repair-diff");
    await diff.waitFor({ timeout: 60_000 });
    // The absent day's shift is taken off (imposed, with its premium); other rows may offer agents below their contract more hours.
    const removed = diff.locator("tbody tr", { hasText: absent.name }).filter({ hasText: "removed" });
    expect(await removed.count()).toBe(1);
    expect(await removed.innerText()).toMatch(/removed[\s\S]*60 min[\s\S]*imposed/);
    await panel.screenshot({ path: join(artifacts, "repair-proposal.png") });

    await page.getByRole("button", { name: "Accept repair" }).click();
    await page.getByText(/^Published version 2/).waitFor({ timeout: 90_000 });
    await page.screenshot({ path: join(artifacts, "repair-accepted.png"), fullPage: true });
    await page.close();
  }, 240_000);
});
