import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogins } from "../../api/services/demo-seed";
import { artifacts, hasBrowser, signIn, useDemoAppInChromium } from "./harness";

const director = demoLogins.find((login) => login.role === "director")!.email;

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasBrowser)(
  "a solve's warnings on the Roster page in Chromium (npm start's server with the demo data)",
  () => {
    const demo = useDemoAppInChromium("shiftcast-solve-warnings-browser-");
    let browser: Browser;
    let baseUrl: string;
    beforeAll(() => {
      ({ browser, baseUrl } = demo());
    });

    it("names the days a period runs past the queue's forecast while the solve runs, and in the solve review after a reload", async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await signIn(page, baseUrl, director);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roster" }).click();
      await page.getByRole("heading", { name: "Generate a roster" }).waitFor();
      for (const other of ["Chat – EMEA", "Email – APAC"])
        await page.getByRole("checkbox", { name: new RegExp(other) }).uncheck();
      await page.getByRole("button", { name: "Create a 6-week forecast" }).click({ timeout: 120_000 });
      await page.getByText(/^forecast to /).waitFor({ timeout: 120_000 });

      // The forecast covers six weeks from the end of the demo history; two weeks from five weeks after the default first day run past it.
      const firstDay = page.getByLabel(/^First day/);
      await firstDay.fill(plusDays(await firstDay.inputValue(), 28));
      await page.getByLabel("Weeks").selectOption("2");
      await page.getByText("forecast does not cover the period").waitFor();
      await page.getByLabel("Time limit (seconds)").fill("3");
      await page.getByRole("button", { name: "3. Generate roster" }).click();
      await page.getByRole("heading", { name: /^Solving/ }).waitFor();
      const warnings = page.getByTestId("solve-warnings");
      await warnings.waitFor({ timeout: 30_000 });
      expect(await warnings.innerText()).toMatch(
        /^1 warning\s+no stored forecast of Voice – Americas covers \S+ to \S+ \(\d+ intervals\); they carry no requirement/,
      );
      expect(await warnings.locator("li").getAttribute("data-code")).toBe("intervals_without_forecast");
      const message = await warnings.locator("li").innerText();
      await page.screenshot({ path: join(artifacts, "roster-solve-warnings.png") });

      // Once the job has its result the solve review shows the warning from it, once, and still after a reload.
      await page.getByRole("heading", { name: "Solve review" }).waitFor({ timeout: 120_000 });
      await expect.poll(() => page.getByTestId("solve-warnings").count(), { timeout: 30_000 }).toBe(1);
      await page.reload();
      await page.getByRole("heading", { name: "Solve review" }).waitFor({ timeout: 60_000 });
      const reloaded = page.getByTestId("solve-warnings");
      await reloaded.waitFor({ timeout: 30_000 });
      expect(await reloaded.locator("li[data-code=intervals_without_forecast]").innerText()).toBe(message);
      await page.screenshot({ path: join(artifacts, "roster-solve-warnings-reloaded.png") });
      await page.close();
    }, 300_000);
  },
);
