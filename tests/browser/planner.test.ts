import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const director = demoLogins.find((login) => login.role === "director")!.email;

describe.skipIf(!hasBrowser)("the planner in Chromium (npm start's server with the demo data)", () => {
  const demo = useDemoAppInChromium("shiftcast-browser-");
  let browser: Browser;
  let baseUrl: string;
  beforeAll(() => {
    ({ browser, baseUrl } = demo());
  });

  it("shows the demo queues with their zones and targets", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.getByRole("heading", { name: "Queues", level: 1 }).waitFor();
    for (const name of ["Voice – Americas", "Chat – EMEA", "Email – APAC"])
      await page.getByRole("heading", { name, level: 2 }).waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain("America/New_York");
    expect(text).toContain("80 % in 20 s");
    expect(text).toContain("90 % within 4 business hours");
    await page.locator("canvas").first().waitFor();
    await page.screenshot({ path: join(artifacts, "queues.png"), fullPage: true });
    await page.close();
  });

  it("lists the demo agents and rejects a bad CSV with a readable error list", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, director);
    await page.getByRole("link", { name: "Agents" }).click();
    await page.getByRole("heading", { name: "Agents", level: 1 }).waitFor();
    await page.locator("tbody tr").first().waitFor();
    expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(55);
    await page.getByRole("button", { name: "Import CSV" }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: "agents.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "name,email,team,time_zone,attrition_cohort,hire_date,skills,min_minutes_per_week,max_minutes_per_week,max_shifts_per_week,shift_lengths_minutes,availability\nZed,not-an-email,T,Nowhere/City,in-house,2025-01-01,Voice – Americas,60,2400,5,480,Mon 09:00-17:00\n",
      ),
    });
    await page.getByText("Nothing was imported").waitFor();
    const report = await page.locator(".notice").innerText();
    expect(report).toContain("email");
    expect(report).toContain("time_zone");
    await page.screenshot({ path: join(artifacts, "agents.png"), fullPage: false });
    await page.close();
  });

  it("shows the sign-in page first and an agent only what an agent may see", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/queues`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.screenshot({ path: join(artifacts, "sign-in-phone.png") });
    const agent = demoLogins.find((login) => login.role === "agent")!.email;
    await signIn(page, baseUrl, agent);
    const navigation = await page.getByRole("navigation", { name: "Main" }).innerText();
    expect(navigation).toContain("Profile");
    expect(navigation).not.toContain("Queues");
    expect(navigation).not.toContain("Agents");
    await page.close();
  });
});
