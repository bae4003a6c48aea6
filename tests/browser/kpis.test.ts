import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const director = demoLogins.find((login) => login.role === "director")!.email;

describe.skipIf(!hasBrowser)("the KPI page in Chromium (npm start's server with the demo data and its actuals)", () => {
  const demo = useDemoAppInChromium("shiftcast-browser-kpis-");
  let browser: Browser;
  let baseUrl: string;
  beforeAll(() => {
    ({ browser, baseUrl } = demo());
  });

  it("shows the director the demo queue's service level, staffing strip, re-forecast and weekly trends", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.getByRole("link", { name: "KPIs" }).click();
    await page.getByRole("heading", { name: "KPIs", level: 1 }).waitFor();
    for (const label of [
      "Service level per interval",
      "Required, actually needed and scheduled agents",
      "Weekly service level",
      "Day-ahead forecast and re-forecast",
    ]) {
      await page.locator(`[role="img"][aria-label^="${label}"] canvas`).first().waitFor({ timeout: 120_000 });
    }
    const text = await page.locator("main").innerText();
    expect(text).toContain("Service level counts abandons as: abandons-count-against");
    expect(text).toMatch(/Observed \d+ % of the day-ahead forecast so far/);
    expect(await page.getByRole("link", { name: "Export CSV" }).getAttribute("href")).toContain("/kpis/export?");
    await page.screenshot({ path: join(artifacts, "kpis.png"), fullPage: true });
    await page.close();
  }, 240_000);
});
