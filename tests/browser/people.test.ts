import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { apiSessionAs, artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const emailOf = (role: string, team?: string) =>
  demoLogins.find((login) => login.role === role && (!team || ("team" in login && login.team === team)))!.email;
const director = emailOf("director");
const manilaAgent = emailOf("agent", "Horizon Manila");
const newYorkAgent = emailOf("agent", "Voice NY");

interface AgentBody {
  id: string;
  name: string;
  skillQueueIds: string[];
  availability: { weekday: number; startLocal: string; endLocal: string }[];
}

/** Presses at the centre of one cell and lets go at the centre of another, moving in steps as a hand would. */
async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe.skipIf(!hasBrowser)(
  "agents' availability and time off in Chromium (npm start's server with the demo data)",
  () => {
    const demo = useDemoAppInChromium("shiftcast-people-browser-");
    let browser: Browser;
    let baseUrl: string;
    let manilaAgentId: string;

    beforeAll(async () => {
      ({ browser, baseUrl } = demo());
      const agentApi = await apiSessionAs(baseUrl, manilaAgent);
      manilaAgentId = agentApi.user.agentId!;
      await agentApi.dispose();
    });

    it("lets a director paint a Saturday night window on an agent's local grid, and keeps it after a reload", async () => {
      const directorApi = await apiSessionAs(baseUrl, director);
      const agent = await directorApi.call<AgentBody>("PATCH", `/api/agents/${manilaAgentId}`, {
        availability: [{ weekday: 1, startLocal: "09:00", endLocal: "17:00" }],
      });

      const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
      await signIn(page, baseUrl, director);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agents" }).click();
      await page.getByRole("button", { name: `Edit availability of ${agent.name}` }).click();
      const grid = page.getByRole("grid", { name: /^Weekly availability of .+ Asia\/Manila$/ });
      await grid.waitFor();
      expect(await page.getByRole("region", { name: `Availability of ${agent.name}` }).innerText()).toMatch(
        /Asia\/Manila \(GMT\+8, all year\)/,
      );
      const summary = page.getByTestId("availability-summary");
      expect(await summary.innerText()).toBe("8 h a week: Mon 09:00–17:00");

      // 22:00–06:00 starting on Saturday, painted as two strokes: Saturday's last two hours, then Sunday's first six.
      await dragBetween(
        page,
        grid.getByRole("gridcell", { name: "Sat 22:00–22:30" }),
        grid.getByRole("gridcell", { name: "Sat 23:30–24:00" }),
      );
      await dragBetween(
        page,
        grid.getByRole("gridcell", { name: "Sun 00:00–00:30" }),
        grid.getByRole("gridcell", { name: "Sun 05:30–06:00" }),
      );
      // A click takes one half-hour away.
      await grid.getByRole("gridcell", { name: "Mon 16:30–17:00" }).click();
      expect(await summary.innerText()).toBe("15.5 h a week: Mon 09:00–16:30 · Sat 22:00–06:00 (next day)");
      await page
        .getByRole("region", { name: `Availability of ${agent.name}` })
        .screenshot({ path: join(artifacts, "agents-availability-grid.png") });
      await page.getByRole("button", { name: "Save availability" }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();

      await page.reload();
      await page.getByRole("grid", { name: /^Weekly availability of / }).waitFor();
      expect(await page.getByTestId("availability-summary").innerText()).toBe(
        "15.5 h a week: Mon 09:00–16:30 · Sat 22:00–06:00 (next day)",
      );
      expect(await page.getByRole("gridcell", { name: "Sun 05:30–06:00" }).getAttribute("aria-selected")).toBe("true");
      const saved = await directorApi.call<AgentBody>("GET", `/api/agents/${manilaAgentId}`);
      expect(saved.availability).toEqual([
        { weekday: 1, startLocal: "09:00", endLocal: "16:30" },
        { weekday: 6, startLocal: "22:00", endLocal: "06:00" },
      ]);
      await directorApi.dispose();
      await page.close();
    });

    it("shows approved time off on the agent's My shifts and on the director's roster calendar", async () => {
      // Wednesday 4 March 2026, a whole day in Asia/Manila (UTC+8, no daylight saving).
      const agentApi = await apiSessionAs(baseUrl, manilaAgent);
      const request = await agentApi.call<{ id: string }>("POST", "/api/time-off", {
        startsAt: "2026-03-03T16:00:00Z",
        endsAt: "2026-03-04T16:00:00Z",
        reason: "Family day",
      });
      await agentApi.dispose();
      const directorApi = await apiSessionAs(baseUrl, director);
      await directorApi.call("POST", `/api/time-off/${request.id}/decision`, { decision: "approved", note: null });
      const agent = await directorApi.call<AgentBody>("GET", `/api/agents/${manilaAgentId}`);
      const schedule = await directorApi.call<{ id: string }>("POST", "/api/schedules", {
        name: "Week with time off",
        periodStart: "2026-03-02T00:00:00Z",
        periodEnd: "2026-03-09T00:00:00Z",
        queueIds: [agent.skillQueueIds[0]],
      });
      await directorApi.call("POST", `/api/schedules/${schedule.id}/versions/1/shifts`, {
        agentId: manilaAgentId,
        queueIds: [agent.skillQueueIds[0]],
        startUtc: "2026-03-02T01:00:00Z",
        endUtc: "2026-03-02T09:00:00Z",
      });
      await directorApi.call("POST", `/api/schedules/${schedule.id}/versions/1/publish`);
      await directorApi.dispose();

      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      const phone = await context.newPage();
      await signIn(phone, baseUrl, manilaAgent);
      await phone.getByRole("textbox", { name: "Week of" }).fill("2026-03-02");
      const week = phone.getByRole("list", { name: "Week of Mon 2 Mar" });
      await week.waitFor();
      const wednesday = week.getByRole("listitem").filter({ has: phone.getByRole("heading", { name: "Wed 4 Mar" }) });
      await wednesday.getByText("Time off").waitFor();
      expect(await wednesday.innerText()).toMatch(/Time off all day\s+Family day/);
      expect(
        await week
          .getByRole("listitem")
          .filter({ has: phone.getByRole("heading", { name: "Thu 5 Mar" }) })
          .innerText(),
      ).not.toContain("Time off");
      await wednesday.scrollIntoViewIfNeeded();
      await phone.screenshot({ path: join(artifacts, "my-shifts-time-off.png"), fullPage: true });
      await phone.getByRole("button", { name: "List" }).click();
      expect(await phone.getByRole("region", { name: "Approved time off" }).innerText()).toContain(
        "Wed 4 Mar, all day",
      );
      // A planner's page typed into the address bar says it is not the agent's, instead of a page of failed requests.
      await phone.goto(`${baseUrl}/forecast`);
      await phone.getByText("Forecast is not part of your role.").waitFor();
      expect(await phone.getByRole("heading", { name: /forecast/i }).count()).toBe(0);
      await context.close();

      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await signIn(page, baseUrl, director);
      await page.goto(`${baseUrl}/roster?schedule=${schedule.id}`);
      await page.locator(".shift-event").first().waitFor();
      // The agent's zone, whichever queue zone the schedule opens in: the week of Mon 2 March there holds the time off.
      await page.getByLabel("Show times in").selectOption("other");
      await page.locator(".zone-switcher .block select").selectOption("Asia/Manila");
      await page.getByRole("heading", { name: "Week of Mon 2 Mar" }).waitFor();
      const bar = page.locator(".time-off-event").filter({ hasText: agent.name });
      await bar.first().waitFor();
      await page.locator(".roster-calendar").screenshot({ path: join(artifacts, "roster-time-off.png") });
      await page.getByRole("button", { name: "Team grid" }).click();
      const row = page.locator(".team-grid tbody tr").filter({ hasText: agent.name });
      expect(await row.locator(".team-grid__off").count()).toBeGreaterThan(0);
      await page.locator(".team-grid").screenshot({ path: join(artifacts, "roster-team-grid-time-off.png") });
      await page.close();
    });

    it("leads a director from the Forecast and Staffing pages on to the Roster page", async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await signIn(page, baseUrl, director);
      for (const from of ["Forecast", "Staffing"]) {
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: from }).click();
        const next = page
          .getByRole("navigation", { name: "Next step" })
          .getByRole("link", { name: "Next: generate a roster" });
        await next.waitFor();
        await page.screenshot({ path: join(artifacts, `next-step-from-${from.toLowerCase()}.png`) });
        await next.click();
        await page.getByRole("heading", { name: "Generate a roster" }).waitFor();
        expect(new URL(page.url()).pathname).toBe("/roster");
      }
      await page.close();
    });

    it("lets a director disable an account on the People page, after which it cannot sign in, and shows when API tokens expire", async () => {
      const agentApi = await apiSessionAs(baseUrl, newYorkAgent);
      await agentApi.dispose();
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await signIn(page, baseUrl, director);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
      const row = page.getByRole("row").filter({ hasText: newYorkAgent });
      page.once("dialog", (dialog) => void dialog.accept());
      await row.getByRole("button", { name: "Disable" }).click();
      await row.getByText(/^disabled \d{4}-\d{2}-\d{2}$/).waitFor();
      await row.getByRole("button", { name: "Enable" }).waitFor();
      await page.locator(".table-scroll").screenshot({ path: join(artifacts, "people-disabled-account.png") });
      await expect(apiSessionAs(baseUrl, newYorkAgent)).rejects.toThrow(/401/);

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" }).click();
      // Within the tokens panel: the People page's invitation form has a "Name" field too, and may still be showing.
      const tokens = page.getByRole("region", { name: "Personal API tokens" });
      await tokens.getByLabel("Name").fill("BI export");
      await tokens.getByLabel("Expires after").selectOption("30");
      await tokens.getByRole("button", { name: "Create token" }).click();
      await tokens.getByRole("status").filter({ hasText: "It expires" }).waitFor();
      const expiresHeader = tokens.getByRole("columnheader", { name: "Expires" });
      await expiresHeader.waitFor();
      const inThirtyDays = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      expect(await tokens.getByRole("row").filter({ hasText: "BI export" }).innerText()).toContain(inThirtyDays);
      await tokens.screenshot({ path: join(artifacts, "profile-token-expiry.png") });
      await page.close();
    });
  },
);
