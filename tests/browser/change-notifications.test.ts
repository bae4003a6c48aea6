import { join } from "node:path";
import { DateTime } from "luxon";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { apiSessionAs, artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const emailOf = (role: string, team?: string) =>
  demoLogins.find((login) => login.role === role && (!team || ("team" in login && login.team === team)))!.email;
const director = emailOf("director");
const manilaAgent = emailOf("agent", "Horizon Manila");

interface Created {
  id: string;
}
interface Version {
  number: number;
}
interface Roster {
  shifts: { id: string; agentId: string; revision: number; shiftKey: string }[];
}

/** An agent's view of My shifts after a publish moved their shift: the message, the unread count, the changed shift marked. */
async function expectChangeShown(page: Page): Promise<void> {
  await page
    .getByRole("status")
    .filter({ hasText: /unread changes? to your shifts/ })
    .waitFor();
  const panel = page.getByRole("region", { name: "Changes to your shifts" });
  const body = await panel.locator(".notification--unread").first().innerText();
  expect(body).toMatch(/Moved: \w{3} \d{4}-\d\d-\d\d 09:00–17:00 → \w{3} \d{4}-\d\d-\d\d 10:00–18:00/);
  expect(body).toContain("Note from your planner: Moved an hour later for the Friday peak");
  expect(body).toContain("Times are in Asia/Manila");
  const changed = page.getByRole("article", { name: /10:00.*\(changed\)$/ });
  await changed.waitFor();
  await changed.scrollIntoViewIfNeeded();
}

describe.skipIf(!hasBrowser)(
  "an agent told of a changed shift, in Chromium (npm start's server with the demo data)",
  () => {
    const demo = useDemoAppInChromium("shiftcast-notify-browser-");
    let browser: Browser;
    let baseUrl: string;

    beforeAll(async () => {
      ({ browser, baseUrl } = demo());
      // The director publishes a week with the Manila agent's Friday 09:00–17:00 (Manila time), then moves it an hour later with a note.
      const agentApi = await apiSessionAs(baseUrl, manilaAgent);
      const agentId = agentApi.user.agentId!;
      await agentApi.dispose();
      const api = await apiSessionAs(baseUrl, director);
      const agent = await api.call<{ skillQueueIds: string[] }>("GET", `/api/agents/${agentId}`);
      const monday = DateTime.now().setZone("Asia/Manila").startOf("week");
      const friday = (hour: number) => monday.plus({ days: 4 }).set({ hour }).toUTC().toISO()!;
      const schedule = await api.call<Created>("POST", "/api/schedules", {
        name: "Notification week",
        periodStart: monday.toUTC().toISO(),
        periodEnd: monday.plus({ days: 7 }).toUTC().toISO(),
        queueIds: [agent.skillQueueIds[0]],
      });
      await api.call("POST", `/api/schedules/${schedule.id}/versions/1/shifts`, {
        agentId,
        queueIds: [agent.skillQueueIds[0]],
        startUtc: friday(9),
        endUtc: friday(17),
      });
      await api.call("POST", `/api/schedules/${schedule.id}/versions/1/publish`, {});
      const draft = await api.call<Version>("POST", `/api/schedules/${schedule.id}/versions`, {});
      const roster = await api.call<Roster>("GET", `/api/schedules/${schedule.id}/roster?version=${draft.number}`);
      const shift = roster.shifts.find((item) => item.agentId === agentId)!;
      await api.call(
        "PATCH",
        `/api/schedules/${schedule.id}/shifts/${shift.id}`,
        { startUtc: friday(10), endUtc: friday(18) },
        { "If-Match": `"${shift.revision}"` },
      );
      await api.call("POST", `/api/schedules/${schedule.id}/versions/${draft.number}/publish`, {
        reasonCode: "forecast_change",
        note: "Moved an hour later for the Friday peak",
      });
      await api.dispose();
    });

    it(
      "shows the agent the message and the changed shift marked on My shifts, on a desktop and on a 390×844 phone",
      { timeout: 120_000 },
      async () => {
        for (const [label, viewport] of [
          ["desktop", { width: 1280, height: 900 }],
          ["phone", { width: 390, height: 844 }],
        ] as const) {
          const page = await browser.newPage({ viewport });
          await signIn(page, baseUrl, manilaAgent);
          await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My shifts" }).click();
          await expectChangeShown(page);
          await page.getByRole("region", { name: "Changes to your shifts" }).scrollIntoViewIfNeeded();
          await page.screenshot({
            path: join(artifacts, `change-notification-${label}.png`),
            fullPage: label === "phone",
          });
          if (label === "phone") {
            const width = await page.evaluate<number>("document.documentElement.scrollWidth");
            expect(width).toBeLessThanOrEqual(390);
          }
          await page.close();
        }
      },
    );
  },
);
